import { useRef } from 'preact/hooks';
import type { ReadAloud, ReadAloudState } from '../../lib/speech/read-aloud';
import { usePlatform } from '../context';

/**
 * Play, pause, skip, back, stop and speed: big targets, usable with gloves. Start and stop are
 * announced politely in one status line; the sentence highlight itself is never announced.
 */
export function ReadAloudBar({ reader, state, languageName, onPlay }: { reader: ReadAloud; state: ReadAloudState; languageName: string; onPlay: () => void }) {
  const { t } = usePlatform();
  // "Stopped" only makes sense once something was read; a fresh bar says nothing.
  const started = useRef(false);
  if (state.status !== 'idle') started.current = true;
  const noVoice = state.problem === 'no-voice' || !state.voiceAvailable;
  const idle = state.status === 'idle';

  let status = '';
  if (noVoice) status = t('speechNoVoice', { language: languageName });
  else if (state.problem === 'failed') status = t('speechFailed');
  else if (state.status === 'speaking') status = t('speechReading');
  else if (state.status === 'paused') status = t('speechPaused');
  else if (started.current) status = t('speechStopped');

  return (
    <div class="vsp-readaloud" role="group" aria-label={t('speechControls')} data-testid="read-aloud" data-language={state.language}>
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
          <button type="button" class="vsp-button" onClick={onPlay} disabled={noVoice} data-testid="speech-play">
            {t('speechPlay', { language: languageName })}
          </button>
        )}
        <button type="button" class="vsp-button vsp-button--quiet" disabled={idle} onClick={() => reader.back()} aria-label={t('speechBackLabel')} data-testid="speech-back">
          {t('speechBack')}
        </button>
        <button type="button" class="vsp-button vsp-button--quiet" disabled={idle} onClick={() => reader.skipSentence()} aria-label={t('speechNextSentenceLabel')} data-testid="speech-next-sentence">
          {t('speechNextSentence')}
        </button>
        <button type="button" class="vsp-button vsp-button--quiet" disabled={idle} onClick={() => reader.skip()} aria-label={t('speechSkipLabel')} data-testid="speech-skip">
          {t('speechSkip')}
        </button>
        <button type="button" class="vsp-button vsp-button--quiet" disabled={idle && !state.position} onClick={() => reader.stop()} data-testid="speech-stop">
          {t('speechStop')}
        </button>
      </div>
      <label class="vsp-rate">
        <span>{t('speechRate', { rate: state.rate.toFixed(1) })}</span>
        <input
          type="range"
          min="0.5"
          max="1.5"
          step="0.1"
          value={state.rate}
          onChange={(event) => reader.setRate(Number(event.currentTarget.value))}
          data-testid="speech-rate"
        />
      </label>
      <p role="status" aria-live="polite" class={`vsp-small ${noVoice || state.problem ? 'vsp-error' : 'vsp-muted'}`} data-testid="speech-status">
        {status}
      </p>
    </div>
  );
}
