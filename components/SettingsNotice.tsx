import { usePanelStore, useT } from './context';

/**
 * Tells an administrator which settings were ignored and why. Everything valid still applies,
 * so this is a status, not an alarm.
 */
export function SettingsNotice() {
  const t = useT();
  const { problems } = usePanelStore().admin.value;
  if (problems.length === 0) return null;
  return (
    <section class="vsp-card vsp-notice" role="status" data-testid="settings-problems">
      <h2 class="vsp-card-title">{t('settingsProblemsHeading')}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path}\n${problem.message}`}>{t('settingsProblem', { path: problem.path || '—', message: problem.message })}</li>
        ))}
      </ul>
    </section>
  );
}
