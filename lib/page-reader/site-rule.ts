import { isFieldLike, safeQueryAll, type QueryRoot } from './dom';
import { nameOfField } from './field-names';
import { asIdentifier, matchInlineCaseNumber } from './labels';
import type { SignalList } from './signals';
import type { CaseNumberSignal } from './types';
import { readValueAt } from './values';
import { isShown } from './visibility';

/**
 * Department site rules: selectors an administrator set for their RMS. They win over the label
 * heuristics. A selector that does not parse matches nothing rather than breaking the reader.
 */

function matchesIn(roots: QueryRoot[], selector: string | undefined): Element[] {
  if (!selector?.trim()) return [];
  const matched: Element[] = [];
  for (const root of roots) {
    for (const element of safeQueryAll(root, selector)) if (isShown(element)) matched.push(element);
  }
  return matched;
}

export interface SiteRuleIncident {
  /** The selector found a visible element (so the heuristics are not consulted). */
  matched: boolean;
  fields: Element[];
}

export function readSiteRuleIncident(roots: QueryRoot[], selector: string | undefined, signals: SignalList): SiteRuleIncident {
  const matched = matchesIn(roots, selector);
  const fields: Element[] = [];
  for (const element of matched) {
    const label = nameOfField(element, 'Incident type');
    for (const value of readValueAt(element)) {
      if (isFieldLike(value.element)) fields.push(value.element);
      signals.add(value.text, label, 'site-rule', /\b(?:code|statute|ncic|ucr|nibrs)\b/i.test(label), value.optionValue);
    }
  }
  return { matched: matched.length > 0, fields };
}

export function readSiteRuleCaseNumber(roots: QueryRoot[], selector: string | undefined): CaseNumberSignal | undefined {
  for (const element of matchesIn(roots, selector)) {
    for (const value of readValueAt(element)) {
      // The selector may point at a whole "Case # 2026-004417" line rather than the number.
      const inline = matchInlineCaseNumber(value.text);
      const identifier = inline?.value ?? asIdentifier(value.text);
      if (identifier) return { value: identifier, label: inline?.label ?? nameOfField(element, 'Case number') };
    }
  }
  return undefined;
}
