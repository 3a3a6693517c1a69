import type { Concept, Signal } from './concepts';
import { CALIFORNIA_CAD_SECTIONS, CALIFORNIA_PENAL_CODE } from './statutes/california';
import type { Span } from './statutes';
import type { StatuteMeaning } from './statutes/meaning';

/**
 * CAD call-type styles: California dispatch names calls by code section ("245", "187-SUSP",
 * "459HP", "415DV" = disturbance, domestic), and some agencies use 10-codes.
 *
 * 10-codes differ between agencies; only 10-16 (domestic disturbance) is shared widely enough to
 * use, and the reason says so, with lower confidence.
 */

const TEN_SIXTEEN = /(?<![\d-])10-16(?!\d)/;
const TEN_SIXTEEN_EVIDENCE = "10-16 (domestic disturbance in many agencies' 10-codes; codes vary by agency)";

// A number standing alone in the text, optionally with a suffix ("245dv", "211r", "288a").
const NUMBER_IN_TEXT = /(?<![\w$.\/-])(\d{3,5}(?:\.\d)?)([a-z]{0,4})(?![\d.]|\s?(?:gm|grams?|ft|feet|lbs|pounds|%|yrs?|years?|days?|hours?|mph)\b)/g;
const CODE_FIELD = /^\s*(?:au)?(\d{3,5}(?:\.\d{1,2})?)([a-z]{0,4})(?:\s*-\s*[a-z]+)?\s*$/;

export function findCadInText(text: string, claimed: readonly Span[]): Signal[] {
  const signals: Signal[] = [];
  if (!/\d/.test(text)) return signals;
  if (TEN_SIXTEEN.test(text)) signals.push(signal('DOMESTIC', TEN_SIXTEEN_EVIDENCE, false));
  NUMBER_IN_TEXT.lastIndex = 0;
  for (let m = NUMBER_IN_TEXT.exec(text); m; m = NUMBER_IN_TEXT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (claimed.some((s) => s.start < end && start < s.end)) continue;
    signals.push(...interpret(m[1] ?? '', m[2] ?? '', 'CAD'));
  }
  return signals;
}

/** A code field in CAD style ("245DV", "187-SUSP"); used when the description says nothing. */
export function findCadInCode(code: string): Signal[] {
  if (TEN_SIXTEEN.test(code) && code.trim().length <= 6) return [signal('DOMESTIC', TEN_SIXTEEN_EVIDENCE, false)];
  const m = CODE_FIELD.exec(code);
  return m ? interpret(m[1] ?? '', m[2] ?? '', 'CAD code') : [];
}

function interpret(number: string, suffix: string, source: string): Signal[] {
  const withSuffix = suffix ? CALIFORNIA_PENAL_CODE[number + suffix] : undefined;
  const meaning: StatuteMeaning | undefined = withSuffix ?? CALIFORNIA_CAD_SECTIONS[number];
  if (!meaning) return [];
  const shown = (withSuffix ? number + suffix : number).toUpperCase();
  const domestic = !withSuffix && suffix.startsWith('dv');
  const evidence = `${source} ${shown}${domestic ? 'DV' : ''}: Cal. code section ${shown} (${meaning.label})${domestic ? ' + DV suffix (domestic)' : ''}`;
  const out = meaning.concepts.map((c) => signal(c, evidence, false));
  if (domestic) out.push(signal('DOMESTIC', evidence, false));
  return out;
}

function signal(concept: Concept, evidence: string, weak: boolean): Signal {
  return { concept, evidence, fromText: false, negated: false, weak };
}
