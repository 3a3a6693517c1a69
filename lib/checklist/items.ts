import type { CategoryId } from '../taxonomy';
import { localise, type ChecklistItem, type ChecklistTemplate } from './template-schema';

export interface ApplicableItem {
  item: ChecklistItem;
  /** The template it came from (its title heads the group on screen). */
  templateId: string;
  /** The label and hint in the requested language (falling back to English). */
  label: string;
  hint?: string;
}

/**
 * The items for an incident: the templates for everyone first, then those for each recognised
 * category in template order; an item id appears once (the first template that lists it wins),
 * so "advocate called" under both sexual assault and homicide survivors is one tick.
 */
export function itemsFor(
  templates: readonly ChecklistTemplate[],
  categories: readonly CategoryId[],
  language = 'en',
): ApplicableItem[] {
  const wanted = new Set(categories);
  const applies = (template: ChecklistTemplate) => !template.categories || template.categories.some((c) => wanted.has(c));
  const ordered = [...templates.filter((t) => !t.categories), ...templates.filter((t) => t.categories && applies(t))];
  const seen = new Set<string>();
  const items: ApplicableItem[] = [];
  for (const template of ordered) {
    for (const item of template.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      const applicable: ApplicableItem = { item, templateId: template.id, label: localise(item.label, language) };
      if (item.hint) applicable.hint = localise(item.hint, language);
      items.push(applicable);
    }
  }
  return items;
}
