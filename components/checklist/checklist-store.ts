import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { itemsFor, type ApplicableItem } from '../../lib/checklist/items';
import { loadChecklistTemplates } from '../../lib/checklist/load';
import type { ChecklistTemplate, TemplateProblem } from '../../lib/checklist/template-schema';
import type { Platform } from '../../lib/platform';
import type { PanelStore } from '../panel-store';

export interface ChecklistStore {
  readonly templates: ReadonlySignal<ChecklistTemplate[]>;
  readonly problems: ReadonlySignal<TemplateProblem[]>;
  /** The items for the incident's categories, in order, each once. */
  readonly items: ReadonlySignal<ApplicableItem[]>;
  start(): () => void;
}

/** Templates (bundled + department) and the items that apply to the incident on screen. */
export function createChecklistStore(platform: Platform, panel: PanelStore): ChecklistStore {
  const templates = signal<ChecklistTemplate[]>([]);
  const problems = signal<TemplateProblem[]>([]);
  // Labels in the officer's UI language: the checklist is the officer's, not the victim's.
  const items = computed(() => itemsFor(templates.value, panel.categories.value.map((category) => category.id), platform.uiLanguage));
  return {
    templates,
    problems,
    items,
    start() {
      let generation = 0;
      // Reloaded when the department's templates change (policy or options).
      return effect(() => {
        const department = panel.settings.value.checklistTemplates;
        const mine = ++generation;
        void loadChecklistTemplates((path) => platform.fetchContent(path), department).then((loaded) => {
          if (mine !== generation) return;
          templates.value = loaded.templates;
          problems.value = loaded.problems;
        });
      });
    },
  };
}
