import { usePlatform } from '../context';
import type { ScriptProblem } from './script-store';

/** Department scripts that failed validation, by path: shown beside the script, never instead of it. */
export function ScriptProblems({ problems }: { problems: readonly ScriptProblem[] }) {
  const { t } = usePlatform();
  if (problems.length === 0) return null;
  return (
    <ul class="vsp-problems vsp-small" data-testid="script-problems">
      {problems.map((problem) => (
        <li key={`${problem.where}${problem.path}${problem.message}`}>{t('scriptProblem', { where: problem.where, path: problem.path, message: problem.message })}</li>
      ))}
    </ul>
  );
}
