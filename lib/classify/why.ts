import type { Signal } from './concepts';

/**
 * The reason shown to the officer: the words (or codes) that led to a category, quoted from the
 * incident text, e.g. "'DOM VIOL' + 'BATTERY' in 'DOM VIOL - BATTERY'" or
 * "Cal. Penal Code 273.5 (corporal injury to spouse/cohabitant)".
 */
const MAX_QUOTED = 80;

export function explain(signals: readonly Signal[], original: string): string {
  const parts: string[] = [];
  let quotesText = false;
  for (const s of signals) {
    const part = s.fromText ? `'${s.evidence}'` : s.evidence;
    if (!parts.includes(part)) parts.push(part);
    if (s.fromText) quotesText = true;
  }
  const shown = parts.slice(0, 4).join(' + ');
  const context = original.replace(/\s+/g, ' ').trim();
  // Quoting the whole text after a fragment that already is the whole text adds nothing.
  if (!quotesText || parts.length === 0 || (parts.length === 1 && parts[0] === `'${context}'`)) return shown;
  const quoted = context.length > MAX_QUOTED ? `${context.slice(0, MAX_QUOTED - 1)}…` : context;
  return `${shown} in '${quoted}'`;
}
