import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { ScriptIndexEntry } from '../../lib/content/load-scripts';
import { mergeLibraries } from '../../lib/content/merge-library';
import type { RightsScript } from '../../lib/content/script-schema';
import { selectScript, type SelectedScript } from '../../lib/content/select-script';
import type { Platform } from '../../lib/platform';
import type { CategoryId } from '../../lib/taxonomy';

export interface ScriptProblem {
  /** Which script or file: "scripts[1]" for a department script, a file name for a bundled one. */
  where: string;
  path: string;
  message: string;
}

export interface CatalogueEntry {
  jurisdiction: string;
  language: string;
}

export interface ScriptInputs {
  jurisdiction: ReadonlySignal<string | undefined>;
  categories: ReadonlySignal<CategoryId[]>;
  victimLanguage: ReadonlySignal<string>;
  officerLanguage: string;
  federalBaseline: ReadonlySignal<boolean>;
  /** Department scripts (policy or options), validated here. */
  departmentScripts: ReadonlySignal<readonly unknown[]>;
}

export interface ScriptStore {
  readonly loading: ReadonlySignal<boolean>;
  readonly problems: ReadonlySignal<ScriptProblem[]>;
  /** Every jurisdiction with a script (bundled index + department), for the reader's picker. */
  readonly jurisdictions: ReadonlySignal<string[]>;
  /** Every script on offer as jurisdiction × language (bundled index + valid department scripts). */
  readonly catalogue: ReadonlySignal<CatalogueEntry[]>;
  /** null when no jurisdiction is set: the panel asks the department to set one, never guesses. */
  readonly forVictim: ReadonlySignal<SelectedScript | null>;
  /** The same selection in the officer's language, for the side-by-side view. */
  readonly forOfficer: ReadonlySignal<SelectedScript | null>;
  start(): () => void;
}

type ScriptLoading = typeof import('../../lib/content/script-loading');

/**
 * Rights scripts for the jurisdiction in effect: the bundled ones for that jurisdiction (and the
 * federal fallback) fetched from the package, merged with the department's own, then selected for
 * the incident's categories in the victim's and the officer's languages.
 */
export function createScriptStore(platform: Platform, inputs: ScriptInputs): ScriptStore {
  const library = signal<RightsScript[]>([]);
  const indexEntries = signal<ScriptIndexEntry[]>([]);
  const loading = signal(true);
  const problems = signal<ScriptProblem[]>([]);
  // The schemas and loaders arrive with start(), alongside the scripts they check.
  const checker = signal<ScriptLoading | null>(null);

  const department = computed(() => {
    const scripts: RightsScript[] = [];
    const found: ScriptProblem[] = [];
    const check = checker.value;
    if (!check) return { scripts, problems: found };
    inputs.departmentScripts.value.forEach((raw, index) => {
      const parsed = check.parseRightsScript(raw);
      if (parsed.ok) scripts.push(parsed.script);
      else {
        // Name the script by its position and, when it has one, its id: the admin finds it either way.
        const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? ` (${raw.id})` : '';
        for (const error of parsed.errors) found.push({ where: `scripts[${index}]${id}`, path: error.path, message: error.message });
      }
    });
    return { scripts, problems: found };
  });

  const merged = computed(() => mergeLibraries(library.value, department.value.scripts).library);
  const select = (language: string) => {
    const jurisdiction = inputs.jurisdiction.value;
    if (!jurisdiction) return null;
    return selectScript(merged.value, {
      jurisdiction,
      categories: inputs.categories.value,
      language,
      federalBaseline: inputs.federalBaseline.value,
    });
  };

  const catalogue = computed<CatalogueEntry[]>(() => {
    const all = [...indexEntries.value, ...department.value.scripts];
    const seen = new Map(all.map(({ jurisdiction, language }) => [`${jurisdiction}|${language}`, { jurisdiction, language }]));
    return [...seen.values()];
  });

  return {
    loading,
    catalogue,
    problems: computed(() => [...problems.value, ...department.value.problems]),
    jurisdictions: computed(() => [...new Set(catalogue.value.map((entry) => entry.jurisdiction))].sort()),
    forVictim: computed(() => (loading.value ? null : select(inputs.victimLanguage.value))),
    forOfficer: computed(() => (loading.value ? null : select(inputs.officerLanguage))),
    start() {
      let generation = 0;
      const loader = import('../../lib/content/script-loading').then((module) => {
        checker.value = module;
        return module;
      });
      return effect(() => {
        const jurisdiction = inputs.jurisdiction.value;
        const mine = ++generation;
        loading.value = true;
        void (async () => {
          const fetchJson = (path: string) => platform.fetchContent(path);
          const found: ScriptProblem[] = [];
          let scripts: RightsScript[] = [];
          let load: ScriptLoading;
          try {
            load = await loader;
          } catch (error) {
            // The widget's chunk could not be fetched: said like a missing index, never a crash.
            if (mine !== generation) return;
            problems.value = [{ where: 'index.json', path: '(file)', message: String(error) }];
            loading.value = false;
            return;
          }
          const index = await load.loadScriptIndex(fetchJson).catch((error: unknown) => ({ ok: false as const, errors: [{ path: '(file)', message: String(error) }] }));
          if (index.ok) {
            if (mine === generation) indexEntries.value = index.index.scripts;
            if (jurisdiction) {
              const loaded = await load.loadScripts(fetchJson, load.entriesFor(index.index, jurisdiction));
              scripts = loaded.scripts;
              for (const failure of loaded.failures) for (const error of failure.errors) found.push({ where: failure.file, path: error.path, message: error.message });
            }
          } else {
            for (const error of index.errors) found.push({ where: 'index.json', path: error.path, message: error.message });
          }
          if (mine !== generation) return;
          library.value = scripts;
          problems.value = found;
          loading.value = false;
        })();
      });
    },
  };
}
