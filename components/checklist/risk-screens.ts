import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { parseRiskScreen, type RiskScreen } from '../../lib/content/risk-screen';
import type { Platform } from '../../lib/platform';
import type { PanelStore } from '../panel-store';

const BUNDLED = ['content/risk-screens/example-dv-screen.en.json', 'content/risk-screens/example-dv-screen.es.json'];

export interface RiskScreenStore {
  /** Screens for the incident's categories, one per id, in the victim's language when there is one. */
  readonly offered: ReadonlySignal<RiskScreen[]>;
  readonly problems: ReadonlySignal<string[]>;
  start(): () => void;
}

/** The bundled example plus the department's instruments, offered for the crimes they list. */
export function createRiskScreenStore(platform: Platform, panel: PanelStore): RiskScreenStore {
  const bundled = signal<RiskScreen[]>([]);
  const department = computed(() => {
    const screens: RiskScreen[] = [];
    const problems: string[] = [];
    panel.settings.value.riskScreens.forEach((raw, index) => {
      const parsed = parseRiskScreen(raw);
      if (parsed.ok) screens.push(parsed.screen);
      else problems.push(...parsed.errors.map((error) => `riskScreens[${index}].${error.path}: ${error.message}`));
    });
    return { screens, problems };
  });
  const offered = computed(() => {
    const categories = new Set(panel.categories.value.map((category) => category.id));
    const language = panel.victimLanguage.value.split('-')[0]!;
    // A department's screen replaces the example for the same crimes.
    const pool = department.value.screens.length > 0 ? department.value.screens : bundled.value;
    const byId = new Map<string, RiskScreen>();
    for (const screen of pool) {
      if (!screen.categories.some((category) => categories.has(category))) continue;
      const existing = byId.get(screen.id);
      if (!existing || screen.language.split('-')[0] === language) byId.set(screen.id, screen);
    }
    return [...byId.values()];
  });
  return {
    offered,
    problems: computed(() => department.value.problems),
    start() {
      return effect(() => {
        void Promise.all(BUNDLED.map((path) => platform.fetchContent(path).catch(() => null))).then((files) => {
          bundled.value = files.flatMap((file) => {
            const parsed = parseRiskScreen(file);
            return parsed.ok ? [parsed.screen] : [];
          });
        });
      });
    },
  };
}
