/**
 * Splits an offence code off the text RMS screens show ("13B - SIMPLE ASSAULT",
 * "273.5 PC - CORPORAL INJURY", "PC 273.5 CORPORAL INJURY SPOUSE"). The whole text is kept as the
 * signal; the code goes beside it so the classifier can use code tables.
 */

// Statute abbreviations that precede or follow a section number.
const STATUTE = '(?:P\\.?C\\.?|V\\.?C\\.?|H\\s?&\\s?S|HS|W\\s?&\\s?I|WI|B\\s?&\\s?P|BP|PEN|RCW|ORS|ARS|MCL|NRS|G\\.?S\\.?|CGS|ILCS|ORC|F\\.?S\\.?|KRS|CRS|HRS|RSA|TCA|MGL|USC|CCR|MC|LMC)';

// A token that carries a digit: "13B", "273.5", "720-5/9-1", "10-16", "A-15", "192(A)(1)".
const CODE_TOKEN = '(?=[^\\s]*\\d)[A-Z0-9§][\\w.()/&§-]*';

const SEPARATED = new RegExp(`^(${CODE_TOKEN}(?:\\s+${STATUTE})?)\\s*[-–—:|]\\s+(.*[A-Z].*)$`, 'i');
const STATUTE_FIRST = new RegExp(`^(${STATUTE}\\s*§?\\s*\\d[\\w.()/-]*)\\s*[-–—:|]?\\s+(.*[A-Z].*)$`, 'i');
const CODE_FIRST = new RegExp(`^(${CODE_TOKEN}(?:\\s+${STATUTE}(?=\\s))?)\\s+([A-Z].*)$`, 'i');
const WHOLE_CODE = new RegExp(`^${CODE_TOKEN}$`, 'i');
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
const MAX_CODE_LENGTH = 24;

function plausible(code: string | undefined, description: string | undefined): code is string {
  if (!code || code.length > MAX_CODE_LENGTH || ORDINAL.test(code)) return false;
  // A description needs words, not just another number.
  return !description || /[A-Z]{2}/i.test(description);
}

/** The code part of an incident value, if it has one. */
export function splitCode(text: string): string | undefined {
  for (const pattern of [SEPARATED, STATUTE_FIRST, CODE_FIRST]) {
    const match = pattern.exec(text);
    const code = match?.[1]?.trim();
    if (plausible(code, match?.[2])) return code;
  }
  // A bare code such as a CAD call type "415DV" or "10-16".
  if (text.length <= 12 && WHOLE_CODE.test(text) && !ORDINAL.test(text)) return text;
  return undefined;
}

/**
 * The code for a value read from `labelIsCode` fields (NIBRS Code, Statute...): the split-off
 * code, or the whole value when it is short enough to be one.
 */
export function codeFor(text: string, labelIsCode: boolean, optionValue?: string): string | undefined {
  const split = splitCode(text);
  if (split) return split;
  if (labelIsCode) {
    if (optionValue && WHOLE_CODE.test(optionValue) && optionValue.length <= MAX_CODE_LENGTH) return optionValue;
    if (text.length <= 40) return text;
  }
  return undefined;
}
