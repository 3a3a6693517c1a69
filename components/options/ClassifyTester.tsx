import { useMemo, useState } from 'preact/hooks';
import { classify, type DepartmentMapping } from '../../lib/classify';
import { useT } from '../context';
import { TesterResults, type TesterRow } from './TesterResults';

export const MAX_TESTER_LINES = 2000;

/** The wording lib/classify/mappings.ts gives every reason that came from a department mapping. */
const DEPARTMENT_MAPPING_WHY = 'department mapping:';

function linesOf(input: string): { lines: string[]; total: number } {
  const all = input
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return { lines: all.slice(0, MAX_TESTER_LINES), total: all.length };
}

/**
 * Lets an administrator check a whole call-type list against the classifier and the current
 * mappings before officers meet it. Results follow mapping edits, so add-then-look works.
 * Nothing pasted here is stored.
 */
export function ClassifyTester({ mappings }: { mappings: readonly DepartmentMapping[] }) {
  const t = useT();
  const [input, setInput] = useState('');
  const [tested, setTested] = useState<{ lines: string[]; total: number } | null>(null);

  const rows = useMemo<TesterRow[]>(
    () =>
      (tested?.lines ?? []).map((text) => {
        const categories = classify({ text }, { mappings });
        return { text, categories, byMapping: categories[0]?.why.startsWith(DEPARTMENT_MAPPING_WHY) ?? false };
      }),
    [tested, mappings],
  );

  const recognised = rows.filter((row) => row.categories.length > 0).length;
  const mapped = rows.filter((row) => row.byMapping).length;

  return (
    <section class="vsp-card" aria-labelledby="vsp-tester-heading" data-testid="classify-tester">
      <h2 id="vsp-tester-heading" class="vsp-options-heading">
        {t('optionsTesterHeading')}
      </h2>
      <p class="vsp-muted">{t('optionsTesterIntro', { max: MAX_TESTER_LINES })}</p>
      <form
        class="vsp-form"
        onSubmit={(event) => {
          event.preventDefault();
          setTested(linesOf(input));
        }}
      >
        <div class="vsp-field">
          <label class="vsp-label" for="vsp-tester-input">
            {t('optionsTesterInputLabel')}
          </label>
          <textarea
            id="vsp-tester-input"
            class="vsp-input vsp-textarea vsp-code"
            rows={8}
            spellcheck={false}
            value={input}
            data-testid="tester-input"
            onInput={(event) => setInput(event.currentTarget.value)}
          />
        </div>
        <div class="vsp-actions">
          <button type="submit" class="vsp-button" data-testid="tester-run">
            {t('optionsTesterRun')}
          </button>
        </div>
      </form>
      <div role="status" data-testid="tester-summary">
        {tested === null ? null : tested.total === 0 ? (
          <p>{t('optionsTesterNothing')}</p>
        ) : (
          <>
            {tested.total > tested.lines.length ? <p data-testid="tester-cut">{t('optionsTesterCut', { max: MAX_TESTER_LINES, total: tested.total })}</p> : null}
            <p>{t('optionsTesterCounts', { lines: rows.length, recognised, none: rows.length - recognised, mapped })}</p>
          </>
        )}
      </div>
      {rows.length > 0 ? <TesterResults rows={rows} /> : null}
    </section>
  );
}
