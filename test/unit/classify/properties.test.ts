import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classify';
import { isCategoryId } from '../../../lib/taxonomy';

// Strings built from police vocabulary, so the properties exercise real rule combinations too.
const WORDS = ['DV', 'DOM', 'ASLT', 'BATTERY', 'CHILD', 'U/14', 'RAPE', 'NO', 'NON', 'ALARM', 'SEX', 'OFFENDER', 'ELDER', 'THEFT', 'KIDNAP', 'TRAFFICKING', '273.5 PC', '13B', 'BG', '10-16', 'VIOL', 'ORDER', 'HATE', '(', ')', '-', '/', 'Violación', 'menor', 'ASAULT', 'W/O'];
const policeText = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((words) => words.join(' '));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), policeText, fc.string({ minLength: 900, maxLength: 3000 }));

describe('classify properties', () => {
  it('never throws and returns valid, sorted, unique categories with confidences in [0,1]', () => {
    fc.assert(
      fc.property(anyText, fc.option(anyText, { nil: undefined }), (text, code) => {
        const result = classify({ text, code });
        expect(Array.isArray(result)).toBe(true);
        const seen = new Set<string>();
        let previous = Number.POSITIVE_INFINITY;
        for (const c of result) {
          expect(isCategoryId(c.id)).toBe(true);
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
          expect(Math.round(c.confidence * 100) / 100).toBe(c.confidence);
          expect(c.confidence).toBeLessThanOrEqual(previous);
          expect(c.why.length).toBeGreaterThan(0);
          expect(seen.has(c.id)).toBe(false);
          previous = c.confidence;
          seen.add(c.id);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(classify({ text })).toEqual(classify({ text }));
      }),
      { numRuns: 200 },
    );
  });

  it('stays fast on hostile, citation-like input (no catastrophic backtracking)', () => {
    const alphabet = fc.constantFrom('2', '7', '3', '.', '5', '/', '(', 'a', ')', ' ', '-', 'p', 'c', 'v', 'dv', 'no ', 'viol ', 'ord ', 'ilcs ', 'sex ', '+', ':');
    const hostile = fc.array(alphabet, { minLength: 200, maxLength: 1000 }).map((parts) => parts.join(''));
    let slowest = 0;
    fc.assert(
      fc.property(hostile, (text) => {
        const start = performance.now();
        classify({ text, code: text.slice(0, 100) });
        slowest = Math.max(slowest, performance.now() - start);
      }),
      { numRuns: 150 },
    );
    expect(slowest).toBeLessThan(250);
    for (const text of ['273.5/'.repeat(170) + ' PC', '(a)'.repeat(330) + ' pc', '720-5/'.repeat(160), 'violation of '.repeat(80)]) {
      const start = performance.now();
      classify({ text });
      expect(performance.now() - start).toBeLessThan(250);
    }
  });

  it('survives hostile input: regex metacharacters, huge strings, odd types', () => {
    const hostile = ['(?:'.repeat(500), '\\'.repeat(2000), '[[[[', '\u0000\uffff\ud800', 'a'.repeat(100000), '𝔇𝔙 💥 ASSAULT'];
    for (const text of hostile) expect(() => classify({ text })).not.toThrow();
    expect(classify(null as never)).toEqual([]);
    expect(classify({ text: 42 as never, code: {} as never })).toEqual([]);
  });
});
