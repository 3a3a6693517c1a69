import type { Found } from './candidates';
import { displayedText, fieldsWithin, isFieldLike } from './dom';
import { labelBox, pairLabel, type ValueLocation } from './pairs';
import { isOutsideIncidentContent } from './regions';
import type { SignalList } from './signals';
import { readValueAt } from './values';
import { isShown } from './visibility';

export interface IncidentFindings {
  hasIncidentField: boolean;
  /** Fields whose values were read, so a watcher can notice script-set values later. */
  fields: Element[];
}

const MAX_DISPLAY_VALUE = 600;

/** Reads incident signals from the labels found on the page into `signals`. */
export function readIncidentFields(found: Found, signals: SignalList): IncidentFindings {
  const findings: IncidentFindings = { hasIncidentField: false, fields: [] };
  const done = new Set<Element>();

  const readLocation = (location: ValueLocation, label: string, isCode: boolean): boolean => {
    if (location.text !== undefined) {
      if (!isShown(location.element)) return false;
      signals.add(location.text, label, location.source, isCode);
      return true;
    }
    if (done.has(location.element)) return isShown(location.element);
    done.add(location.element);
    // Watched even while empty: a script may fill them later without any event.
    if (isFieldLike(location.element)) findings.fields.push(location.element);
    else findings.fields.push(...fieldsWithin(location.element));
    const values = readValueAt(location.element);
    const shown = values.length > 0 || isShown(location.element);
    for (const value of values) {
      // Long text beside a label-like word is prose, not a value (fields are only capped).
      if (!isFieldLike(value.element) && value.text.length > MAX_DISPLAY_VALUE) continue;
      signals.add(value.text, label, location.source, isCode, value.optionValue);
    }
    return shown;
  };

  for (const hit of found.labels) {
    try {
      if (isOutsideIncidentContent(hit.parent) || !isShown(hit.parent)) continue;
      const box = labelBox(hit.parent, hit.key);
      const pairing = pairLabel(box, hit.key, hit.node);
      if (!pairing.paired) continue;
      let anyShown = pairing.locations.length === 0;
      for (const location of pairing.locations) {
        if (readLocation(location, hit.match.label, hit.match.isCode)) anyShown = true;
      }
      if (anyShown) findings.hasIncidentField = true;
    } catch {
      // One odd label must not cost the rest of the page.
    }
  }

  for (const hit of found.fields) {
    try {
      if (isOutsideIncidentContent(hit.field) || done.has(hit.field)) continue;
      // aria-labelledby may sit on a group: read its field, or its text if it is short.
      if (!isFieldLike(hit.field) && fieldsWithin(hit.field).length === 0 && displayedText(hit.field, MAX_DISPLAY_VALUE + 1).length > MAX_DISPLAY_VALUE) continue;
      if (readLocation({ element: hit.field, source: 'label' }, hit.match.label, hit.match.isCode)) findings.hasIncidentField = true;
    } catch {
      // As above.
    }
  }

  for (const hit of found.inline) {
    try {
      if (isOutsideIncidentContent(hit.parent) || !isShown(hit.parent)) continue;
      findings.hasIncidentField = true;
      signals.add(hit.match.value, hit.match.label, 'text', /\b(?:code|statute|ncic|ucr|nibrs|iucr)\b/i.test(hit.match.label));
    } catch {
      // As above.
    }
  }
  return findings;
}
