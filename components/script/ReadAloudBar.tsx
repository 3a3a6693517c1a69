import type { ReadAloud, ReadAloudState } from '../../lib/speech/read-aloud';
import { usePlatform } from '../context';

/** Play, pause, skip, back, stop and speed: big targets, one row, usable with gloves. */
export function ReadAloudBar({ reader, state, languageName, onPlay }: { reader: ReadAloud; state: ReadAloudState; languageName: string; onPlay: () => void }) {
  const { t } = usePlatform();
  return (
    <div class="vsp-readaloud" role="group" aria-label={t('speechControls')} data-testid="read-aloud">
      <div class="vsp-actions">
        {state.status === 'speaking' ? (
          <button type="button" class="vsp-button" onClick={() => reader.pause()} data-testid="speech-pause">
            {t('speechPause')}
          </button>
        ) : state.status === 'paused' ? (
          <button type="button" class="vsp-button" onClick={() => reader.resume()} data-testid="speech-resume">
            {t('speechResume')}
          </button>
        ) : (
          <button type="button" class="vsp-button" onClick={onPlay} data-testid="speech-play">
            {t('speechPlay', { language: languageName })}
          </button>
        )}
        <button type="button" class="vsp-button vsp-button--quiet" disabled={state.status === 'idle'} onClick={() => reader.back()} aria-label={t('speechBackLabel')}>
          {t('speechBack')}
        </button>
        <button type="button" class="vsp-button vsp-button--quiet" disabled={state.status === 'idle'} onClick={() => reader.skip()} aria-label={t('speechSkipLabel')}>
          {t('speechSkip')}
        </button>
        <button type="button" class="vsp-button vsp-button--quiet" disabled={state.status === 'idle' && !state.position} onClick={() => reader.stop()} data-testid="speech-stop">
          {t('speechStop')}
        </button>
      </div>
      <label class="vsp-rate">
        <span>{t('speechRate', { rate: state.rate.toFixed(1) })}</span>
        <input type="range" min="0.5" max="1.5" step="0.1" value={state.rate} onInput={(event) => reader.setRate(Number((event.currentTarget as HTMLInputElement).value))} />
      </label>
      <p role="status" aria-live="polite" class={`vsp-small ${state.problem ? 'vsp-error' : 'vsp-muted'}`} data-testid="speech-status">
        {state.problem === 'no-voice'
          ? t('speechNoVoice', { language: languageName })
          : state.problem === 'failed'
            ? t('speechFailed')
            : state.status === 'speaking'
              ? t('speechReading')
              : state.status === 'paused'
                ? t('speechPaused')
                : ''}
      </p>
    </div>
  );
}
