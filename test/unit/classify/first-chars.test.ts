import { describe, expect, it } from 'vitest';
import { firstChars } from '../../../lib/classify/first-chars';

describe('firstChars', () => {
  it('collects the first characters of alternatives and optional prefixes', () => {
    expect([...(firstChars(String.raw`(?:dog|cat)\W+fight`) ?? [])].sort()).toEqual(['c', 'd']);
    expect([...(firstChars(String.raw`(?:teen\W+)?dating`) ?? [])].sort()).toEqual(['d', 't']);
    expect([...(firstChars(String.raw`(?<!financial\W)exploit`) ?? [])]).toEqual(['e']);
  });

  it('falls back to "any character" for syntax it does not follow', () => {
    expect(firstChars('.foo')).toBeNull();
    expect(firstChars('(unbalanced')).toBeNull();
  });
});
