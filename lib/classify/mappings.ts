// zod/mini: this schema ships in the panel, where classic zod would cost ~20 kB gzip.
import * as z from '../zod';
import { CATEGORY_IDS, type CategoryId } from '../taxonomy';
import { normaliseForEquality } from './normalise';

/**
 * Department mappings: a department's own codes or wording mapped to a category. They win over
 * the built-in rules. "exact" compares code or text after normalisation (case, spacing,
 * accents); "pattern" is a case-insensitive regular expression source.
 */
export interface DepartmentMapping {
  match: string;
  kind: 'exact' | 'pattern';
  category: CategoryId;
  note?: string;
}

export const departmentMappingSchema = z
  .object({
    match: z.string().check(z.trim(), z.minLength(1, 'match must not be empty'), z.maxLength(500, 'match is too long (500 characters at most)')),
    kind: z.enum(['exact', 'pattern']),
    category: z.enum(CATEGORY_IDS),
    note: z.optional(z.string().check(z.maxLength(500))),
  })
  .check(
    z.superRefine((mapping, ctx) => {
      if (mapping.kind !== 'pattern') return;
      const problem = regexProblem(mapping.match);
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          path: ['match'],
          message: `invalid regular expression "${mapping.match}": ${problem}`,
          input: mapping.match,
        });
      }
    }),
  );

export const departmentMappingsSchema = z.array(departmentMappingSchema);

function regexProblem(source: string): string | null {
  try {
    new RegExp(source, 'i');
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Engines prefix their own copy of the pattern ("Invalid regular expression: /x/i: ..."); keep the cause.
    return message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
  }
}

// Compiled once per mapping object; null marks a pattern that does not compile (skipped, never thrown).
const compiled = new WeakMap<DepartmentMapping, RegExp | string | null>();

function matcherFor(mapping: DepartmentMapping): RegExp | string | null {
  const cached = compiled.get(mapping);
  if (cached !== undefined) return cached;
  let matcher: RegExp | string | null = null;
  if (typeof mapping.match === 'string' && mapping.match.trim() !== '') {
    if (mapping.kind === 'pattern') {
      try {
        matcher = new RegExp(mapping.match, 'i');
      } catch {
        matcher = null;
      }
    } else if (mapping.kind === 'exact') {
      matcher = normaliseForEquality(mapping.match);
    }
  }
  if (typeof mapping === 'object' && mapping !== null) compiled.set(mapping, matcher);
  return matcher;
}

export interface MappingHit {
  category: CategoryId;
  why: string;
}

export function applyMappings(mappings: readonly DepartmentMapping[], text: string, code: string): MappingHit[] {
  const hits: MappingHit[] = [];
  let normalisedText: string | null = null;
  let normalisedCode: string | null = null;
  for (const mapping of mappings) {
    if (!mapping || !(CATEGORY_IDS as readonly string[]).includes(mapping.category)) continue;
    const matcher = matcherFor(mapping);
    if (matcher === null) continue;
    let matched: boolean;
    if (typeof matcher === 'string') {
      normalisedText ??= normaliseForEquality(text);
      normalisedCode ??= normaliseForEquality(code);
      matched = matcher === normalisedText || (normalisedCode !== '' && matcher === normalisedCode);
    } else {
      matched = matcher.test(text) || (code !== '' && matcher.test(code));
    }
    if (matched && !hits.some((h) => h.category === mapping.category)) {
      const label = mapping.note?.trim() ? mapping.note.trim() : `${mapping.kind} '${mapping.match}'`;
      hits.push({ category: mapping.category, why: `department mapping: ${label}` });
    }
  }
  return hits;
}
