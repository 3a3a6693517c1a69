import type { Classification } from '../../lib/classify';
import { categoryLabel } from '../../lib/taxonomy';
import { usePlatform } from '../context';

export interface TesterRow {
  text: string;
  categories: Classification[];
  /** The first category came from a department mapping. */
  byMapping: boolean;
}

/** One row per pasted line; every value is page or admin text, rendered as text. */
export function TesterResults({ rows }: { rows: readonly TesterRow[] }) {
  const { t, uiLanguage } = usePlatform();
  return (
    <table class="vsp-table" data-testid="tester-results">
      <caption>{t('optionsTesterCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('optionsColumnText')}</th>
          <th scope="col">{t('optionsColumnCategories')}</th>
          <th scope="col">{t('optionsColumnReason')}</th>
          <th scope="col">{t('optionsColumnDecidedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index} data-testid="tester-row" data-first-category={row.categories[0]?.id ?? 'none'}>
            <th scope="row" class="vsp-code">
              {row.text}
            </th>
            <td>
              {row.categories.length === 0 ? (
                <span class="vsp-muted">{t('optionsNoCategory')}</span>
              ) : (
                <ol class="vsp-cell-list">
                  {row.categories.map((category) => (
                    <li key={category.id}>{categoryLabel(category.id, uiLanguage)}</li>
                  ))}
                </ol>
              )}
            </td>
            <td>
              {/* One reason per category, in the same order, so they read side by side. */}
              {row.categories.length === 0 ? null : (
                <ol class="vsp-cell-list">
                  {row.categories.map((category) => (
                    <li key={category.id}>{category.why}</li>
                  ))}
                </ol>
              )}
            </td>
            <td>{t(row.byMapping ? 'optionsDecidedByMapping' : 'optionsDecidedByBuiltIn')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
