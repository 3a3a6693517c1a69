import { findNarrativeField } from './narrative';
import type { SiteRule } from './types';

/**
 * Appends the panel's summary to the report narrative. Only ever called on the officer's click
 * ("Insert into report"), and careful with the page: the officer's own text is kept (the summary
 * goes after it), focus and the caret stay where they were, and the page's framework hears the
 * same input/change events a person's typing makes, so it saves the new value.
 */
export type InsertOutcome = 'inserted' | 'no-field';

export const MAX_SUMMARY_LENGTH = 20_000;

export function insertSummary(doc: Document, text: string, siteRule?: SiteRule): InsertOutcome {
  const field = findNarrativeField(doc, siteRule);
  if (!field) return 'no-field';
  const summary = text.slice(0, MAX_SUMMARY_LENGTH);
  const view = doc.defaultView;
  if (view && field instanceof view.HTMLTextAreaElement) {
    const next = joinText(field.value, summary);
    // React and similar frameworks track the value through the prototype's setter; assigning
    // `field.value` directly would be overwritten by their stale copy on the next render.
    const setter = Object.getOwnPropertyDescriptor(view.HTMLTextAreaElement.prototype, 'value')?.set;
    if (setter) setter.call(field, next);
    else field.value = next;
  } else {
    // contenteditable: plain text nodes only, never markup built from the summary.
    const lines = summary.split('\n');
    if ((field.textContent ?? '').trim()) field.appendChild(doc.createElement('br'));
    lines.forEach((line, index) => {
      if (index > 0) field.appendChild(doc.createElement('br'));
      field.appendChild(doc.createTextNode(line));
    });
  }
  const EventCtor = view?.Event ?? Event;
  field.dispatchEvent(new EventCtor('input', { bubbles: true }));
  field.dispatchEvent(new EventCtor('change', { bubbles: true }));
  return 'inserted';
}

function joinText(existing: string, addition: string): string {
  if (!existing.trim()) return addition;
  return `${existing.replace(/\s+$/, '')}\n\n${addition}`;
}
