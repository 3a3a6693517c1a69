import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Platform } from '../../lib/platform';
import type { AdminOptionsState } from '../../lib/settings/admin-options';
import { defaultSettings } from '../../lib/settings/defaults';
import type { DepartmentSettings } from '../../lib/settings/schema';
import type { CategoryId } from '../../lib/taxonomy';
import { createScriptStore, type ScriptStore } from '../script/script-store';

/**
 * What the advocate chose (where, what crime, which language), over the department settings.
 * Nothing comes from a page and nothing is recorded: reader mode is for reading rights aloud.
 */
export interface ReaderState {
  readonly settings: ReadonlySignal<DepartmentSettings>;
  /** The advocate's pick, else the department's jurisdiction; undefined until either exists. */
  readonly jurisdiction: ReadonlySignal<string | undefined>;
  readonly categories: ReadonlySignal<CategoryId[]>;
  readonly language: ReadonlySignal<string>;
  /** The department's languages plus every language the chosen jurisdiction has a script in. */
  readonly languages: ReadonlySignal<string[]>;
  readonly scripts: ScriptStore;
  chooseJurisdiction(jurisdiction: string | undefined): void;
  toggleCategory(id: CategoryId): void;
  chooseLanguage(language: string): void;
  start(): () => void;
}

export function createReaderState(platform: Platform): ReaderState {
  const settings = signal<DepartmentSettings>(defaultSettings());
  const chosenJurisdiction = signal<string | undefined>(undefined);
  const categories = signal<CategoryId[]>([]);
  const chosenLanguage = signal<string | undefined>(undefined);
  const jurisdiction = computed(() => chosenJurisdiction.value ?? settings.value.jurisdiction);
  const language = computed(() => chosenLanguage.value ?? settings.value.defaultVictimLanguage);
  const scripts = createScriptStore(platform, {
    jurisdiction,
    categories,
    victimLanguage: language,
    officerLanguage: platform.uiLanguage,
    federalBaseline: computed(() => settings.value.federalBaseline),
    departmentScripts: computed(() => settings.value.scripts),
  });
  const languages = computed(() => {
    const here = jurisdiction.value;
    const offered = scripts.catalogue.value.filter((entry) => entry.jurisdiction === here).map((entry) => entry.language);
    return [...new Set([...settings.value.languages, ...offered])];
  });

  return {
    settings,
    jurisdiction,
    categories,
    language,
    languages,
    scripts,
    chooseJurisdiction: (value) => void (chosenJurisdiction.value = value || undefined),
    toggleCategory(id) {
      const current = categories.value;
      categories.value = current.includes(id) ? current.filter((c) => c !== id) : [...current, id];
    },
    chooseLanguage: (value) => void (chosenLanguage.value = value),
    start() {
      const stopSettings = platform.watchAdminOptions((admin: AdminOptionsState) => {
        settings.value = (admin.effective?.values as DepartmentSettings | undefined) ?? defaultSettings();
      });
      const stopScripts = scripts.start();
      return () => {
        stopSettings();
        stopScripts();
      };
    },
  };
}
