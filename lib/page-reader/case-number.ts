import type { Found } from './candidates';
import { asIdentifier } from './labels';
import { labelBox, pairLabel } from './pairs';
import { isOutsideCaseContent } from './regions';
import type { CaseNumberSignal } from './types';
import { readValueAt } from './values';
import { isShown } from './visibility';

/**
 * The case/report number: the first labelled value that looks like an identifier (has a digit,
 * short, not a sentence). A column of numbers in a list of calls names no single case, so a
 * column header only counts when the table has one row.
 */
export function readCaseNumber(found: Found): CaseNumberSignal | undefined {
  for (const hit of found.labels) {
    try {
      if (isOutsideCaseContent(hit.parent) || !isShown(hit.parent)) continue;
      const pairing = pairLabel(labelBox(hit.parent, hit.key), hit.key, hit.node);
      if (pairing.locations.length !== 1) continue;
      const location = pairing.locations[0];
      if (!location) continue;
      const texts = location.text !== undefined ? [location.text] : readValueAt(location.element).map((value) => value.text);
      for (const text of texts) {
        const value = asIdentifier(text);
        if (value) return { value, label: hit.match.label };
      }
    } catch {
      // Try the next label.
    }
  }
  for (const hit of found.fields) {
    try {
      if (isOutsideCaseContent(hit.field)) continue;
      for (const value of readValueAt(hit.field)) {
        const identifier = asIdentifier(value.text);
        if (identifier) return { value: identifier, label: hit.match.label };
      }
    } catch {
      // Try the next field.
    }
  }
  for (const hit of found.inline) {
    try {
      if (isOutsideCaseContent(hit.parent) || !isShown(hit.parent)) continue;
      return { value: hit.match.value, label: hit.match.label };
    } catch {
      // Try the next line.
    }
  }
  return undefined;
}
