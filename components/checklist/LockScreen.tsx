import { useEffect, useState } from 'preact/hooks';
import { usePanelStore, usePlatform } from '../context';
import { useIncidentSession } from './context';

/**
 * Shown instead of the checklist and notes while incident records are locked. Nothing about a
 * victim is rendered here; a wrong PIN only says so and when to try again.
 */
export function LockScreen() {
  const { t } = usePlatform();
  const session = useIncidentSession();
  const panel = usePanelStore();
  const [pin, setPin] = useState('');
  const [nowMs, setNowMs] = useState(Date.now());
  const problem = session.unlockProblem.value;
  const retryAt = problem && 'retryAt' in problem ? problem.retryAt : null;
  useEffect(() => {
    if (!retryAt) return;
    const timer = setInterval(() => setNowMs(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [retryAt]);
  const waitSeconds = retryAt ? Math.max(0, Math.ceil((retryAt - nowMs) / 1000)) : 0;
  const choosing = !session.pinSet.value && panel.settings.value.pinRequired;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (await session.unlock(pin)) setPin('');
  };

  return (
    <form class="vsp-lock" onSubmit={submit} data-testid="lock-screen">
      <p>{choosing ? t('lockChoosePin') : session.pinSet.value ? t('lockLocked') : t('lockLockedNoPin')}</p>
      {session.pinSet.value || choosing ? (
        <div class="vsp-detail">
          <label for="vsp-pin">{choosing ? t('lockNewPin') : t('lockPin')}</label>
          <input id="vsp-pin" class="vsp-input" type="password" inputMode="numeric" autocomplete="off" value={pin} onInput={(event) => setPin((event.currentTarget as HTMLInputElement).value)} />
        </div>
      ) : null}
      {problem ? (
        <p role="alert" class="vsp-error" data-testid="lock-problem">
          {problem.kind === 'other'
            ? t('lockFailed', { reason: problem.message })
            : problem.kind === 'pin-required'
              ? t('lockPinRequired')
              : waitSeconds > 0
                ? t('lockWrongPinWait', { seconds: String(waitSeconds) })
                : t('lockWrongPin')}
        </p>
      ) : null}
      <button type="submit" class="vsp-button" disabled={waitSeconds > 0 || ((session.pinSet.value || choosing) && pin.length < 4)} data-testid="unlock">
        {t('lockUnlock')}
      </button>
    </form>
  );
}
