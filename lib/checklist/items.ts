import type { CategoryId } from '../taxonomy';
import type { ChecklistItem, ChecklistTemplate } from './template-schema';

export interface ApplicableItem {
  item: ChecklistItem;
  /** The template it came from (its title heads the group on screen). */
  templateId: string;
}

/**
 * The items for an incident: the templates for everyone first, then those for each recognised
 * category in template order; an item id appears once (the first template that lists it wins),
 * so "advocate called" under both sexual assault and DV is one tick.
 */
export function itemsFor(templates: readonly ChecklistTemplate[], categories: readonly CategoryId[]): ApplicableItem[] {
  const wanted = new Set(categories);
  const applies = (template: ChecklistTemplate) => !template.categories || template.categories.some((c) => wanted.has(c));
  const ordered = [...templates.filter((t) => !t.categories), ...templates.filter((t) => t.categories && applies(t))];
  const seen = new Set<string>();
  const items: ApplicableItem[] = [];
  for (const template of ordered) {
    for (const item of template.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push({ item, templateId: template.id });
    }
  }
  return items;
}
