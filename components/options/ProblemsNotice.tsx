import type { SettingsProblem } from '../../lib/settings/admin-options';
import { useT } from '../context';

/** Saved settings that were ignored. Everything valid still applies, so a status, not an alarm. */
export function ProblemsNotice({ problems }: { problems: readonly SettingsProblem[] }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <section class="vsp-card vsp-notice" role="status" aria-labelledby="vsp-options-problems-heading" data-testid="options-problems">
      <h2 id="vsp-options-problems-heading" class="vsp-options-heading">
        {t('optionsProblemsHeading')}
      </h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path}\n${problem.message}`}>{t('optionsProblem', { path: problem.path || '—', message: problem.message })}</li>
        ))}
      </ul>
    </section>
  );
}
