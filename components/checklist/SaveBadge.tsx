import { usePlatform } from '../context';
import type { SaveState } from './incident-session';

/**
 * "Saved" appears only once the store has committed; a failure says what happened and that the
 * text on screen is kept. Polite live region: the officer hears it without losing their place.
 * `announce={false}` for a second badge showing the same write, so it is not heard twice.
 */
export function SaveBadge({ state, testId, announce = true }: { state: SaveState; testId: string; announce?: boolean }) {
  const { t } = usePlatform();
  let text = '';
  if (state.kind === 'saving') text = t('checklistSaving');
  else if (state.kind === 'saved') text = t('checklistSaved');
  else if (state.kind === 'failed')
    text = state.reason === 'storage-full' ? t('checklistStorageFull', { seconds: String(Math.round((state.retryInMs ?? 0) / 1000)) }) : t('checklistSaveFailed', { reason: state.message });
  return (
    <p role={announce ? 'status' : undefined} aria-live={announce ? 'polite' : 'off'} class={`vsp-save vsp-small ${state.kind === 'failed' ? 'vsp-error' : 'vsp-muted'}`} data-testid={testId} data-state={state.kind}>
      {text}
    </p>
  );
}
