import { useState } from 'preact/hooks';
import { departmentMappingSchema, type DepartmentMapping } from '../../lib/classify';
import type { Translate } from '../../lib/i18n';
import { CATEGORY_IDS, categoryLabel, isCategoryId } from '../../lib/taxonomy';
import { usePlatform } from '../context';
import { SaveStatus, useSaver } from './SaveStatus';

export function sameMapping(a: DepartmentMapping, b: DepartmentMapping): boolean {
  return a.match === b.match && a.kind === b.kind && a.category === b.category && (a.note ?? '') === (b.note ?? '');
}

type Issue = { code: string; path: ReadonlyArray<PropertyKey>; message: string };

/** The schema's messages are English and technical; the common ones get the admin's language. */
function describeIssue(issue: Issue, t: Translate): string {
  const field = issue.path[0];
  if (field === 'match' && issue.code === 'too_small') return t('optionsMatchRequired');
  if (field === 'match' && issue.code === 'too_big') return t('optionsMatchTooLong');
  if (field === 'note' && issue.code === 'too_big') return t('optionsNoteTooLong');
  if (field === 'category') return t('optionsCategoryRequired');
  // e.g. `invalid regular expression "(": Unterminated group`: the engine's reason is the useful part.
  return issue.message;
}

type Validation = { mapping: DepartmentMapping } | { problems: string[] };

/** The same schema that reads stored options decides, so the form can never save what would be dropped. */
function validate(
  form: { match: string; kind: DepartmentMapping['kind']; category: string; note: string },
  existing: readonly DepartmentMapping[],
  t: Translate,
): Validation {
  const note = form.note.trim();
  const parsed = departmentMappingSchema.safeParse({ match: form.match, kind: form.kind, category: form.category, ...(note ? { note } : {}) });
  if (!parsed.success) return { problems: [...new Set(parsed.error.issues.map((issue) => describeIssue(issue, t)))] };
  const mapping = parsed.data as DepartmentMapping;
  if (existing.some((other) => sameMapping(other, mapping))) return { problems: [t('optionsMappingDuplicate')] };
  return { mapping };
}

/** Adds one mapping; nothing invalid is ever passed to the platform. */
export function AddMappingForm({ mappings }: { mappings: readonly DepartmentMapping[] }) {
  const { t, uiLanguage } = usePlatform();
  const saver = useSaver();
  const [match, setMatch] = useState('');
  const [kind, setKind] = useState<DepartmentMapping['kind']>('exact');
  const [category, setCategory] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<string[]>([]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = validate({ match, kind, category, note }, mappings, t);
    setErrors('problems' in result ? result.problems : []);
    if ('problems' in result) return saver.reset();
    const { mapping } = result;
    if (await saver.save((current) => ({ ...current, mappings: [...current.mappings, mapping] }))) {
      setMatch('');
      setNote('');
    }
  };

  const invalid = errors.length > 0;
  return (
    <form class="vsp-form" onSubmit={(event) => void submit(event)} noValidate data-testid="mapping-form">
      <h3 class="vsp-subtitle">{t('optionsAddMappingHeading')}</h3>
      <div class="vsp-field">
        <label class="vsp-label" for="vsp-mapping-match">
          {t('optionsMatchLabel')}
        </label>
        <input
          id="vsp-mapping-match"
          class="vsp-input vsp-code"
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={match}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid ? 'vsp-mapping-hint vsp-mapping-errors' : 'vsp-mapping-hint'}
          data-testid="mapping-match"
          onInput={(event) => setMatch(event.currentTarget.value)}
        />
        <p id="vsp-mapping-hint" class="vsp-muted vsp-small">
          {t('optionsMatchHint')}
        </p>
      </div>
      <div class="vsp-field">
        <label class="vsp-label" for="vsp-mapping-kind">
          {t('optionsKindLabel')}
        </label>
        <select
          id="vsp-mapping-kind"
          class="vsp-select"
          value={kind}
          data-testid="mapping-kind"
          onChange={(event) => setKind(event.currentTarget.value === 'pattern' ? 'pattern' : 'exact')}
        >
          <option value="exact">{t('optionsKindExact')}</option>
          <option value="pattern">{t('optionsKindPattern')}</option>
        </select>
      </div>
      <div class="vsp-field">
        <label class="vsp-label" for="vsp-mapping-category">
          {t('optionsCategoryLabel')}
        </label>
        <select
          id="vsp-mapping-category"
          class="vsp-select"
          value={category}
          data-testid="mapping-category"
          onChange={(event) => setCategory(isCategoryId(event.currentTarget.value) ? event.currentTarget.value : '')}
        >
          <option value="">{t('optionsCategoryPlaceholder')}</option>
          {CATEGORY_IDS.map((id) => (
            <option key={id} value={id}>
              {categoryLabel(id, uiLanguage)}
            </option>
          ))}
        </select>
      </div>
      <div class="vsp-field">
        <label class="vsp-label" for="vsp-mapping-note">
          {t('optionsNoteLabel')}
        </label>
        <input id="vsp-mapping-note" class="vsp-input" type="text" autocomplete="off" value={note} data-testid="mapping-note" onInput={(event) => setNote(event.currentTarget.value)} />
      </div>
      {invalid ? (
        <div id="vsp-mapping-errors" role="alert" class="vsp-error" data-testid="mapping-errors">
          <p>{t('optionsMappingErrorsHeading')}</p>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="vsp-actions">
        <button type="submit" class="vsp-button" data-testid="mapping-add" disabled={saver.state.kind === 'saving'}>
          {t('optionsAddMapping')}
        </button>
      </div>
      <SaveStatus state={saver.state} testId="mapping-save" />
    </form>
  );
}
