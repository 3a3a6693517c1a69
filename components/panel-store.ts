import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { recogniseReading, type Recognition } from '../lib/incident/recognise';
import type { PageState, Platform } from '../lib/platform';
import { DEFAULT_ADMIN_OPTIONS, type AdminOptionsState } from '../lib/settings/admin-options';
import { defaultSettings } from '../lib/settings/defaults';
import type { DepartmentSettings } from '../lib/settings/schema';
import type { CategoryId } from '../lib/taxonomy';

export interface ShownCategory {
  id: CategoryId;
  confidence?: number;
  why?: string;
  chosenByOfficer: boolean;
}

export interface PanelStore {
  readonly page: ReadonlySignal<PageState>;
  /** Department admin options (code mappings, site rules, teach tools) and their problems. */
  readonly admin: ReadonlySignal<AdminOptionsState>;
  readonly recognition: ReadonlySignal<Recognition>;
  /** Which incident the panel is on: the case number, else the page. */
  readonly incidentKey: ReadonlySignal<string | undefined>;
  /** What the panel acts on: the officer's correction if there is one, else what was recognised. */
  readonly categories: ReadonlySignal<ShownCategory[]>;
  /** Every department setting in effect (policy > local options > defaults). */
  readonly settings: ReadonlySignal<DepartmentSettings>;
  /**
   * The language the victim reads and hears (scripts, handout, referral language filter), chosen
   * per incident by the officer; separate from the officer's UI language.
   */
  readonly victimLanguage: ReadonlySignal<string>;
  setVictimLanguage(language: string): void;
  correct(categories: CategoryId[]): void;
  undoCorrection(): void;
  /** Starts following the page; returns the function that stops it. */
  start(): () => void;
}

const NOTHING: Recognition = { signals: [], categories: [] };

/** One store per mounted panel: two panels (or two widgets) never share state. */
export function createPanelStore(platform: Platform): PanelStore {
  const page = signal<PageState>({ kind: 'connecting' });
  const admin = signal<AdminOptionsState>({ options: DEFAULT_ADMIN_OPTIONS, problems: [] });
  // Corrections are per incident (case number, else page), so switching tabs and back, or
  // popping the panel out, keeps the officer's choice.
  const corrections = signal<ReadonlyMap<string, CategoryId[]>>(new Map());

  const recognition = computed(() =>
    page.value.kind === 'reading' ? recogniseReading(page.value.page.reading, admin.value.options.mappings) : NOTHING,
  );
  const incidentKey = computed(() => {
    const state = page.value;
    if (state.kind !== 'reading') return undefined;
    const caseNumber = state.page.reading?.caseNumber?.value;
    return caseNumber ? `case:${caseNumber}` : `page:${state.page.url}`;
  });
  const settings = computed<DepartmentSettings>(
    () => (admin.value.effective?.values as DepartmentSettings | undefined) ?? defaultSettings(),
  );
  // Chosen per incident: switching to another report starts again from the department default.
  const chosenLanguages = signal<ReadonlyMap<string, string>>(new Map());
  const victimLanguage = computed(() => {
    const key = incidentKey.value;
    return chosenLanguages.value.get(key ?? '') || settings.value.defaultVictimLanguage;
  });
  const categories = computed<ShownCategory[]>(() => {
    const key = incidentKey.value;
    const corrected = key ? corrections.value.get(key) : undefined;
    if (corrected) return corrected.map((id) => ({ id, chosenByOfficer: true }));
    return recognition.value.categories.map(({ id, confidence, why }) => ({ id, confidence, why, chosenByOfficer: false }));
  });

  const setCorrection = (value: CategoryId[] | undefined) => {
    const key = incidentKey.value;
    if (!key) return;
    // Shown at once; the platform keeps it for the other panel on this incident (pop-out).
    const next = new Map(corrections.value);
    if (value) next.set(key, value);
    else next.delete(key);
    corrections.value = next;
    void platform.saveCorrection(key, value).catch(() => {});
  };

  return {
    page,
    admin,
    recognition,
    incidentKey,
    categories,
    settings,
    victimLanguage,
    setVictimLanguage: (language) => {
      const key = incidentKey.value ?? '';
      chosenLanguages.value = new Map(chosenLanguages.value).set(key, language);
    },
    correct: (ids) => setCorrection([...new Set(ids)]),
    undoCorrection: () => setCorrection(undefined),
    start: () => {
      const stopAdmin = platform.watchAdminOptions((state) => (admin.value = state));
      const stopCorrections = platform.watchCorrections((saved) => (corrections.value = new Map(Object.entries(saved))));
      const stopPage = platform.watchPage((state) => (page.value = state));
      return () => {
        stopPage();
        stopAdmin();
        stopCorrections();
      };
    },
  };
}
