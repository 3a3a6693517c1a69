import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, normalise, normaliseForEquality, originalSpan } from '../../../lib/classify/normalise';

describe('normalise', () => {
  it('lowercases, strips accents and keeps shorthand punctuation', () => {
    expect(normalise('Violación – AGRESIÓN W/ ARMA').text).toBe("violacion - agresion w/ arma");
    expect(normalise('ASLT-DV; 415DV').text).toBe('aslt-dv  415dv');
  });

  it('fixes common misspellings and still quotes the original words', () => {
    const norm = normalise('ASAULT W/ KNIFE');
    expect(norm.text).toBe('assault w/ knife');
    expect(originalSpan(norm, 0, 7)).toBe('ASAULT');
    expect(originalSpan(norm, 8, 16)).toBe('W/ KNIFE');
  });

  it('caps the input before any work', () => {
    expect(normalise('x'.repeat(MAX_INPUT_CHARS * 3)).text).toHaveLength(MAX_INPUT_CHARS);
  });

  it('compares department codes case- and space-insensitively', () => {
    expect(normaliseForEquality('  Dom   Viol ')).toBe(normaliseForEquality('DOM VIOL'));
  });
});
