/**
 * Folds text for comparison: lower case, accents removed, punctuation collapsed to single spaces,
 * so "Centro de Mujeres Latinas" matches "centro de mujeres latinas" and "Niños" matches "ninos".
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Splits a spreadsheet cell that holds a list ("a; b, c | d"). */
export function splitList(value: string | undefined, separators: RegExp = /[;,|\n]/): string[] {
  if (!value) return [];
  return value
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
