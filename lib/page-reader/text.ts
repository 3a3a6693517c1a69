export const DEFAULT_MAX_VALUE_LENGTH = 300;

/** Collapses every run of whitespace (including non-breaking spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Keeps a value within `max` characters, ellipsis included, so panels and messages stay small. */
export function capLength(text: string, max: number): string {
  const limit = Math.max(1, Math.floor(max));
  if (text.length <= limit) return text;
  return `${text.slice(0, limit - 1).trimEnd()}…`;
}

/** The value as shown to people: collapsed and capped. */
export function tidyValue(text: string, max: number): string {
  return capLength(collapseWhitespace(text), max);
}

/**
 * A label as the officer reads it: without the required-field asterisks, trailing colon or
 * decoration, so "* Incident  Type :" and "INCIDENT TYPE" compare equal after lowercasing.
 */
export function tidyLabel(text: string): string {
  return collapseWhitespace(text.replace(/[*†‡]/g, ' '))
    .replace(/^[\s:：.\-–—|]+/, '')
    .replace(/[\s:：\-–—|]+$/, '')
    .trim();
}
