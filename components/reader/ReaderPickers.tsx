import type { Translate } from '../../lib/i18n';
import { CATEGORY_IDS, categoryLabel } from '../../lib/taxonomy';
import type { ReaderState } from './reader-state';

/** Where and what: jurisdiction (only those with a script) and the kinds of crime, by label. */
export function ReaderPickers({ state, t, uiLanguage }: { state: ReaderState; t: Translate; uiLanguage: string }) {
  const chosen = state.categories.value;
  return (
    <section class="vsp-card" aria-labelledby="vsp-reader-choose">
      <h2 id="vsp-reader-choose" class="vsp-card-title">
        {t('readerChoose')}
      </h2>
      <label class="vsp-inline-field">
        <span>{t('readerJurisdiction')}</span>
        <select
          class="vsp-input vsp-select"
          value={state.jurisdiction.value ?? ''}
          onChange={(event) => state.chooseJurisdiction(event.currentTarget.value)}
          data-testid="reader-jurisdiction"
        >
          <option value="">{t('readerPickJurisdiction')}</option>
          {state.scripts.jurisdictions.value.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </label>
      <fieldset class="vsp-reader-categories">
        <legend>{t('readerCategories')}</legend>
        {CATEGORY_IDS.map((id) => (
          <label key={id} class="vsp-checkbox">
            <input type="checkbox" checked={chosen.includes(id)} onChange={() => state.toggleCategory(id)} data-category={id} />
            {categoryLabel(id, uiLanguage)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
