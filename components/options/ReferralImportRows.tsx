import type { Translate } from '../../lib/i18n';
import type { ImportIssue, InvalidRow } from '../../lib/referrals/model';
import { usePlatform } from '../context';

/** How many rows to list; a file with thousands of bad rows has one mistake repeated. */
const LISTED = 200;

/**
 * "Row 14, phone: '555-12' is not a phone number (Harbor House)": where, which field, what is
 * wrong, so the person can find the row in their spreadsheet and fix it.
 */
export function describeIssue(issue: ImportIssue, t: Translate, json: boolean): string {
  const where = issue.row === undefined ? '' : t(json ? 'importItem' : 'importRow', { row: String(issue.row) });
  const file = issue.file ? `${issue.file} ` : '';
  const head = [`${file}${where}`.trim(), issue.field].filter(Boolean).join(', ');
  return head ? `${head}: ${issue.message}` : issue.message;
}

export function ReferralImportRows({ rows, json, testId }: { rows: readonly InvalidRow[]; json: boolean; testId: string }) {
  const { t } = usePlatform();
  return (
    <>
      <ul class="vsp-error vsp-small vsp-import-rows" data-testid={testId}>
        {rows.slice(0, LISTED).map((row) => (
          <li key={`${row.file ?? ''}:${row.row}`}>
            {row.errors.map((issue) => describeIssue({ ...issue, row: issue.row ?? row.row, ...(row.file && !issue.file ? { file: row.file } : {}) }, t, json)).join('; ')}
            {row.name ? ` (${row.name})` : ''}
          </li>
        ))}
      </ul>
      {rows.length > LISTED ? <p class="vsp-small">{t('importRowsMore', { count: String(rows.length - LISTED) })}</p> : null}
    </>
  );
}
