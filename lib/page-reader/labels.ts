import { collapseWhitespace, tidyLabel } from './text';

/**
 * The label vocabulary of RMS and CAD screens. Matching is on whole labels (after tidying), never
 * on words inside longer text, so a menu item "Sexual Assault Unit" or a link "Offense Reports"
 * is not mistaken for a field.
 */

// Words that qualify a field without changing what it holds ("Final Call Type", "Case Offense").
const QUALIFIER =
  '(?:initial|final|primary|secondary|original|current|reported|occurred|case|incident|call|cad|event|main|most\\s+serious|additional|arrest|booking|report)';

const INCIDENT_CORE = [
  'incident\\s+(?:types?|codes?)',
  'types?\\s+of\\s+(?:incident|call|crime|offen[cs]e|event|occurrence)',
  'nature(?:\\s+of\\s+(?:the\\s+)?(?:call|incident|complaint))?(?:\\s+codes?)?',
  'call\\s+nature',
  '(?:call|cfs|event|complaint|occurrence|problem)\\s+types?(?:\\s+codes?)?',
  'offen[cs]es?(?:\\s+(?:codes?|descriptions?|desc|types?|titles?|names?))?',
  'charges?(?:\\s+(?:codes?|descriptions?|desc))?',
  'statutes?(?:\\s+(?:codes?|descriptions?|desc|numbers?|no|#|cites?|citations?))?',
  'violations?(?:\\s+(?:codes?|descriptions?))?',
  '(?:ncic|ucr|nibrs|iucr)(?:\\s+(?:offen[cs]e\\s+)?(?:codes?|descriptions?|offen[cs]es?))?',
  'crimes?(?:\\s+(?:types?|codes?|descriptions?|categor(?:y|ies)|class(?:ification)?))?',
  'classifications?',
  'situation(?:\\s+(?:codes?|types?))?',
].join('|');

// "Initial Incident" is a call type on some CAD screens; a bare "Incident" is usually a number.
const INCIDENT_LABEL_SOURCE = `(?:${QUALIFIER}\\s+)*(?:${INCIDENT_CORE})|(?:initial|final|occurred|reported)\\s+incident`;
const INCIDENT_LABEL = new RegExp(`^(?:${INCIDENT_LABEL_SOURCE})$`);
const CODE_LABEL = /\b(?:codes?|statutes?|ncic|ucr|nibrs|iucr)\b/;

const CASE_LABEL_SOURCE =
  '(?:(?:agency|department|dept|police|cad|rms|primary|master|original)\\s+)?' +
  '(?:(?:case|report|incident|cad|event|occurrence|occ|file|complaint|cfs|dr|rd|ir)\\s*(?:#|no|nr|num|number|id)|' +
  'case|crime\\s+ref(?:erence)?(?:\\s*(?:#|no|number))?|oca(?:\\s*#)?)';
const CASE_LABEL = new RegExp(`^(?:${CASE_LABEL_SOURCE})$`);

const NARRATIVE_LABEL =
  /^(?:(?:case|incident|report|officer|offen[cs]e|event|call|additional|brief|supplemental|investigative)\s+)*(?:narratives?|synopsis|details?|remarks?|summary|comments?)(?:\s+(?:text|section))?$/;

const MAX_LABEL_LENGTH = 60;

/** Lowercased, punctuation-light form used only for matching. */
export function labelKey(raw: string): string {
  return collapseWhitespace(
    tidyLabel(raw)
      .toLowerCase()
      .replace(/^\d{1,2}[.)]\s+/, '')
      .replace(/\(s\)/g, 's')
      .replace(/\./g, ' ')
      .replace(/#/g, ' # ')
      .replace(/[:：]/g, ' '),
  );
}


function matchesIncidentKey(key: string): boolean {
  if (INCIDENT_LABEL.test(key)) return true;
  // "Offense/Incident Type", "Initial/Final Call Type": any side of a slash may be the label.
  if (!key.includes('/')) return false;
  return key.split('/').some((part) => INCIDENT_LABEL.test(part.trim()));
}

export function matchIncidentLabel(raw: string): LabelMatch | null {
  if (raw.length > MAX_LABEL_LENGTH * 2) return null;
  const label = tidyLabel(raw);
  if (!label || label.length > MAX_LABEL_LENGTH) return null;
  const key = labelKey(label);
  if (!matchesIncidentKey(key)) return null;
  return { label, isCode: CODE_LABEL.test(key) };
}

export function matchCaseNumberLabel(raw: string): string | null {
  if (raw.length > MAX_LABEL_LENGTH * 2) return null;
  const label = tidyLabel(raw);
  if (!label || label.length > MAX_LABEL_LENGTH) return null;
  return CASE_LABEL.test(labelKey(label)) ? label : null;
}

export function matchNarrativeLabel(raw: string): string | null {
  if (raw.length > MAX_LABEL_LENGTH * 2) return null;
  const label = tidyLabel(raw);
  if (!label || label.length > MAX_LABEL_LENGTH) return null;
  return NARRATIVE_LABEL.test(labelKey(label)) ? label : null;
}

/** True for text that reads as a field label rather than a value (so it is never taken as one). */
export function looksLikeLabel(raw: string): boolean {
  const text = raw.trim();
  if (/[:：]\s*\*?$/.test(text) && text.length <= MAX_LABEL_LENGTH) return true;
  return matchIncidentLabel(text) !== null || matchCaseNumberLabel(text) !== null;
}

// "Incident Type: DOM VIOL - BATTERY" in one text node. The colon is required: without it a
// sentence that merely starts with "Offense" would be taken for a field.
const INLINE_INCIDENT = new RegExp(
  `^[\\s*]*((?:${INCIDENT_LABEL_SOURCE.replace(/\\s\+/g, '[\\s.]+')})(?:\\s*\\(s\\))?)[\\s*]*[:：]\\s*(\\S[\\s\\S]*)$`,
  'i',
);

export interface InlineMatch {
  label: string;
  value: string;
}

export function matchInlineIncident(text: string): InlineMatch | null {
  const match = INLINE_INCIDENT.exec(text);
  if (!match) return null;
  const value = collapseWhitespace(match[2] ?? '');
  if (!value) return null;
  return { label: tidyLabel(match[1] ?? ''), value };
}

// An identifier: has a digit, no sentence-like spacing.
const IDENTIFIER = /^#?\s*([A-Z0-9][A-Z0-9\-/._:]*(?: [A-Z0-9\-/._:]+){0,2})$/i;
const MAX_IDENTIFIER_LENGTH = 32;

/** The identifier in `raw` when it looks like a case/report number, else null. */
export function asIdentifier(raw: string): string | null {
  const text = collapseWhitespace(raw);
  if (!text || text.length > MAX_IDENTIFIER_LENGTH + 2 || !/\d/.test(text)) return null;
  const match = IDENTIFIER.exec(text);
  const value = match?.[1]?.trim();
  if (!value || value.length > MAX_IDENTIFIER_LENGTH) return null;
  return value;
}

// "Case # 2026-004417", "Report No.: 26-11873": the label needs a marker (#, No., Number or a
// colon) so a heading like "Case 2026 Summary" is not read as a number.
const INLINE_CASE = new RegExp(
  '^[\\s*]*((?:(?:agency|department|dept|police|cad|rms|primary|master|original)\\s+)?' +
    '(?:case|report|incident|cad|event|occurrence|occ|file|complaint|cfs|dr|rd|ir|crime\\s+ref(?:erence)?|oca))' +
    '(\\s*(?:#|no\\.?|nr\\.?|num\\.?|number|id)?\\s*[:：]?)\\s*(#?\\s*[A-Z0-9][A-Z0-9\\-/._:]*)\\s*$',
  'i',
);

export function matchInlineCaseNumber(text: string): InlineMatch | null {
  if (text.length > MAX_LABEL_LENGTH + MAX_IDENTIFIER_LENGTH) return null;
  const match = INLINE_CASE.exec(text);
  if (!match) return null;
  const marker = (match[2] ?? '').trim();
  const rawValue = match[3] ?? '';
  if (!marker && !rawValue.startsWith('#')) return null;
  const value = asIdentifier(rawValue);
  if (!value) return null;
  const label = tidyLabel(`${match[1] ?? ''} ${marker.replace(/[:：]/g, '')}${rawValue.startsWith('#') ? ' #' : ''}`);
  return { label, value };
}

/** A label found for one kind of field. */
export interface LabelMatch {
  /** The label as displayed, tidied ("Incident Type"). */
  label: string;
  /** Code fields ("NIBRS Code", "Statute") hold a code: the value also goes into `code`. */
  isCode: boolean;
}

/**
 * One kind of field the reader looks for. `prefilter` is a cheap test on raw text (does it start
 * with a word of this vocabulary?) so most of a page's text is dismissed without tidying it.
 */
export interface Vocabulary {
  prefilter: RegExp;
  matchLabel(text: string): LabelMatch | null;
  matchInline?(text: string): InlineMatch | null;
}

export const INCIDENT_VOCABULARY: Vocabulary = {
  prefilter:
    /^[\s*\d.)]*(?:incident|types?\b|nature|call|cfs|event|complaint|occurrence|problem|offen|charge|statute|violation|ncic|ucr|nibrs|iucr|crime|classif|situation|initial|final|primary|secondary|original|current|reported|occurred|case|main|most|additional|arrest|booking|report)/i,
  matchLabel: matchIncidentLabel,
  matchInline: matchInlineIncident,
};

export const CASE_NUMBER_VOCABULARY: Vocabulary = {
  prefilter: /^[\s*\d.)]*(?:agency|department|dept|police|cad|rms|primary|master|original|case|report|incident|event|occurrence|occ|file|complaint|cfs|dr|rd|ir|crime|oca)\b/i,
  matchLabel: (text) => {
    const label = matchCaseNumberLabel(text);
    return label ? { label, isCode: false } : null;
  },
  matchInline: matchInlineCaseNumber,
};

export const NARRATIVE_VOCABULARY: Vocabulary = {
  prefilter: /^[\s*\d.)]*(?:case|incident|report|officer|offen|event|call|additional|brief|supplemental|investigative|narrative|synopsis|detail|remark|summar|comment)/i,
  matchLabel: (text) => {
    const label = matchNarrativeLabel(text);
    return label ? { label, isCode: false } : null;
  },
};
