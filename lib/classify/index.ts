import type { CategoryId } from '../taxonomy';
import { findCadInCode, findCadInText } from './cad';
import { QUALIFIERS, type Signal } from './concepts';
import { applyMappings, type DepartmentMapping } from './mappings';
import { findNibrs, numericNibrsCode } from './nibrs';
import { MAX_INPUT_CHARS, normalise } from './normalise';
import { rank } from './rules';
import { scanText } from './scan';
import { findStatutes } from './statutes';
import { CALIFORNIA_CAD_SECTIONS, CALIFORNIA_PENAL_CODE } from './statutes/california';

export { departmentMappingSchema, departmentMappingsSchema, type DepartmentMapping } from './mappings';
export { MAX_INPUT_CHARS } from './normalise';

export interface ClassifyInput {
  text: string;
  code?: string;
}

export interface Classification {
  id: CategoryId;
  /** 0..1, rounded to 2 decimals. */
  confidence: number;
  /** Human-readable reason, quoting the words or codes that led to the category. */
  why: string;
}

export interface ClassifyOptions {
  mappings?: readonly DepartmentMapping[];
}

const MAX_CODE_CHARS = 100;

/**
 * Recognises the kinds of victimization in an incident type (offense literal, statute citation,
 * CAD call type, NIBRS code...). Best first; [] when there is no individual victim. Never throws.
 */
export function classify(input: ClassifyInput, options?: ClassifyOptions): Classification[] {
  try {
    const text = asString(input?.text).slice(0, MAX_INPUT_CHARS);
    const code = asString(input?.code).slice(0, MAX_CODE_CHARS);
    const mappings = Array.isArray(options?.mappings) ? options.mappings : [];
    const builtIn = classifyBuiltIn(text, code);
    if (mappings.length === 0) return builtIn;
    const mapped: Classification[] = applyMappings(mappings, text, code).map((h) => ({ id: h.category, confidence: 1, why: h.why }));
    if (mapped.length === 0) return builtIn;
    return [...mapped, ...builtIn.filter((c) => !mapped.some((m) => m.id === c.id))];
  } catch {
    return [];
  }
}

function asString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  try {
    return String(value);
  } catch {
    return '';
  }
}

function classifyBuiltIn(text: string, code: string): Classification[] {
  const signals = textSignals(text);
  // A bare code is read on its own only when there is no wording to go by: a description the
  // vocabulary does not know is better left unclassified than guessed from another agency's table.
  if (code.trim() !== '') signals.push(...codeSignals(code, !/\p{L}/u.test(text)));
  return rank(signals, text);
}

function textSignals(text: string): Signal[] {
  if (text.trim() === '') return [];
  const norm = normalise(text);
  const statutes = findStatutes(norm.text);
  const nibrs = findNibrs(norm, false);
  const cad = findCadInText(norm.text, [...statutes.spans, ...nibrs.spans]);
  return [...scanText(norm), ...statutes.signals, ...nibrs.signals, ...cad];
}

function recognisesSomething(signals: readonly Signal[]): boolean {
  return signals.some((s) => !QUALIFIERS.has(s.concept));
}

/**
 * The code field. Citations ("273.5 PC", "720-5/12-3.2") and NIBRS codes ("13B") are unambiguous
 * and always count. Bare numbers ("245", "100") mean different things in different agencies'
 * code tables (IUCR 0510 is not NIBRS 510), so they are used only when there is no text.
 */
function codeSignals(code: string, noText: boolean): Signal[] {
  const norm = normalise(code);
  const statutes = findStatutes(norm.text);
  const nibrs = findNibrs(norm, true);
  const words = scanText(norm).map((s) => ({ ...s, fromText: false, evidence: `code '${s.evidence}'` }));
  const strong = [...statutes.signals, ...nibrs.signals, ...words];
  if (!noText || recognisesSomething(strong)) return strong;
  const cad = findCadInCode(norm.text);
  if (cad.length > 0) return [...strong, ...cad];
  const numeric = numericNibrsCode(norm.text);
  // Three-digit numbers that are also California sections (220, 240, 270, 290...) are ambiguous.
  const bare = norm.text.trim();
  if (numeric && !CALIFORNIA_CAD_SECTIONS[bare] && !CALIFORNIA_PENAL_CODE[bare]) {
    const evidence = `NIBRS ${bare} (${numeric.label})`;
    return [...strong, ...numeric.concepts.map((concept) => ({ concept, evidence, fromText: false, negated: false, weak: false }))];
  }
  return strong;
}
