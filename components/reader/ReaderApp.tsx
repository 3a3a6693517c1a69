import { computed, signal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { Platform } from '../../lib/platform';
import type { AdminOptionsState } from '../../lib/settings/admin-options';
import { defaultSettings } from '../../lib/settings/defaults';
import type { DepartmentSettings } from '../../lib/settings/schema';
import { CATEGORY_IDS, categoryLabel, type CategoryId } from '../../lib/taxonomy';
import { PlatformContext } from '../context';
import { languageName } from '../script/language-name';
import { RightsScriptView } from '../script/RightsScriptView';
import { createScriptStore } from '../script/script-store';

/**
 * Advocate reader mode: no RMS page and no incident record. The advocate picks where, what and
 * which language, and reads the rights aloud (or lets the device read them) in large type.
 */
export function ReaderApp({ platform }: { platform: Platform }) {
  const { t, uiLanguage } = platform;
  const state = useMemo(() => {
    const settings = signal<DepartmentSettings>(defaultSettings());
    const jurisdiction = signal<string | undefined>(undefined);
    const categories = signal<CategoryId[]>([]);
    const language = signal('en');
    const store = createScriptStore(platform, {
      jurisdiction: computed(() => jurisdiction.value ?? settings.value.jurisdiction),
      categories,
      victimLanguage: language,
      officerLanguage: uiLanguage,
      federalBaseline: computed(() => settings.value.federalBaseline),
      departmentScripts: computed(() => settings.value.scripts),
    });
    return { settings, jurisdiction, categories, language, store };
  }, [platform, uiLanguage]);
  useEffect(() => {
    const stopSettings = platform.watchAdminOptions((admin: AdminOptionsState) => {
      const values = (admin.effective?.values as DepartmentSettings | undefined) ?? defaultSettings();
      state.settings.value = values;
      if (state.language.peek() === 'en') state.language.value = values.defaultVictimLanguage;
    });
    const stopStore = state.store.start();
    return () => {
      stopSettings();
      stopStore();
    };
  }, [platform, state]);

  const chosenJurisdiction = state.jurisdiction.value ?? state.settings.value.jurisdiction ?? '';
  const forVictim = state.store.forVictim.value;
  const toggle = (id: CategoryId) => {
    const current = state.categories.value;
    state.categories.value = current.includes(id) ? current.filter((c) => c !== id) : [...current, id];
  };

  return (
    <PlatformContext.Provider value={platform}>
      <div class="vsp-app vsp-reader" lang={uiLanguage}>
        <header class="vsp-header">
          <h1 class="vsp-title">{t('readerTitle')}</h1>
        </header>
        <main class="vsp-main vsp-reader-main">
          <section class="vsp-card" aria-labelledby="vsp-reader-choose">
            <h2 id="vsp-reader-choose" class="vsp-card-title">
              {t('readerChoose')}
            </h2>
            <div class="vsp-reader-pickers">
              <label class="vsp-inline-field">
                <span>{t('readerJurisdiction')}</span>
                <select class="vsp-input vsp-select" value={chosenJurisdiction} onChange={(event) => (state.jurisdiction.value = (event.currentTarget as HTMLSelectElement).value || undefined)} data-testid="reader-jurisdiction">
                  <option value="">{t('readerPickJurisdiction')}</option>
                  {state.store.jurisdictions.value.map((code) => (
                    <option key={code} value={code}>
                      {code}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <fieldset class="vsp-needs">
              <legend class="vsp-subheading">{t('readerCategories')}</legend>
              <div class="vsp-need-grid">
                {CATEGORY_IDS.filter((id) => id !== 'other').map((id) => (
                  <label key={id} class="vsp-checkbox vsp-need">
                    <input type="checkbox" checked={state.categories.value.includes(id)} onChange={() => toggle(id)} data-category={id} />
                    {categoryLabel(id, uiLanguage)}
                  </label>
                ))}
              </div>
            </fieldset>
          </section>
          <section class="vsp-card" aria-labelledby="vsp-reader-script">
            <h2 id="vsp-reader-script" class="vsp-card-title">
              {t('scriptHeading')}
            </h2>
            {!chosenJurisdiction ? (
              <p>{t('readerPickFirst')}</p>
            ) : state.store.loading.value || !forVictim ? (
              <p class="vsp-muted">{t('scriptLoading')}</p>
            ) : !forVictim.script ? (
              <p>{t('scriptMissing', { jurisdiction: chosenJurisdiction })}</p>
            ) : (
              <RightsScriptView
                forVictim={forVictim}
                forOfficer={state.store.forOfficer.value}
                victimLanguage={state.language.value}
                languages={[...new Set([...state.settings.value.languages, 'en', 'es'])]}
                onLanguage={(language) => (state.language.value = language)}
                readAloud={state.settings.value.features.readAloud}
                large
              />
            )}
            <p class="vsp-muted vsp-small">{t('readerNoRecord', { language: languageName(state.language.value, uiLanguage) })}</p>
          </section>
        </main>
      </div>
    </PlatformContext.Provider>
  );
}
