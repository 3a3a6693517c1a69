import type { ApplicableItem } from '../../lib/checklist/items';
import type { ItemState } from '../../lib/checklist/state';
import { localise, type ChecklistTemplate } from '../../lib/checklist/template-schema';
import { ChecklistItemRow } from './ChecklistItemRow';

interface Group {
  templateId: string;
  items: ApplicableItem[];
}

/** Consecutive items from one template, in checklist order. */
function groupsOf(items: readonly ApplicableItem[]): Group[] {
  const groups: Group[] = [];
  for (const applicable of items) {
    const last = groups[groups.length - 1];
    if (last && last.templateId === applicable.templateId) last.items.push(applicable);
    else groups.push({ templateId: applicable.templateId, items: [applicable] });
  }
  return groups;
}

/**
 * The items under their template's title ("For every victim", "Domestic or dating violence"), so
 * the officer sees why an item is there.
 */
export function ChecklistGroups(props: {
  items: readonly ApplicableItem[];
  templates: readonly ChecklistTemplate[];
  states: ReadonlyMap<string, ItemState>;
  language: string;
  /** Rows are keyed by incident too, so typed details never carry over to another incident. */
  incidentKey: string;
}) {
  const titles = new Map(props.templates.map((template) => [template.id, localise(template.title, props.language)]));
  return (
    <>
      {groupsOf(props.items).map((group) => {
        const headingId = `vsp-group-${group.templateId}`;
        return (
          <section key={group.templateId} class="vsp-item-group" aria-labelledby={headingId} data-template-id={group.templateId}>
            <h3 id={headingId} class="vsp-subheading">
              {titles.get(group.templateId) ?? group.templateId}
            </h3>
            <ul class="vsp-items">
              {group.items.map((applicable) => (
                <ChecklistItemRow
                  key={`${props.incidentKey}:${applicable.item.id}`}
                  applicable={applicable}
                  state={props.states.get(applicable.item.id)}
                  language={props.language}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
