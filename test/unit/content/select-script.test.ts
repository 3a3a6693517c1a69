import { describe, expect, it } from 'vitest';
import { selectScript } from '../../../lib/content/select-script';
import { script, section } from './fixtures';

const federal = (lang: string) =>
  script('US', lang, [
    section('fed-intro', 'base'),
    section('fed-rights', 'base'),
    section('fed-id-theft', 'addon', ['identity-theft-fraud']),
    section('fed-inform', 'officer-action'),
  ]);

const texas = (lang: string) =>
  script('US-TX', lang, [
    section('intro', 'base'),
    section('rights', 'base'),
    section('protective-orders', 'addon', ['domestic-family-violence', 'stalking-harassment']),
    section('exam', 'addon', ['adult-sexual-assault']),
    section('address', 'addon', ['domestic-family-violence', 'adult-sexual-assault']),
    section('give-notice', 'officer-action'),
    section('give-dv-notice', 'officer-action', ['domestic-family-violence']),
  ]);

const library = [federal('en'), federal('es'), texas('en'), texas('es')];
const ids = (r: ReturnType<typeof selectScript>) => r.sections.map((s) => s.section.id);

describe('selectScript', () => {
  it('uses the jurisdiction and language asked for, base first and officer actions last', () => {
    const r = selectScript(library, { jurisdiction: 'US-TX', categories: ['domestic-family-violence'], language: 'es' });
    expect(r.script?.id).toBe('us-tx-es');
    expect(r.fellBackToFederal).toBe(false);
    expect(r.languageFallback).toBe(false);
    expect(ids(r)).toEqual(['intro', 'rights', 'protective-orders', 'address', 'give-notice', 'give-dv-notice']);
  });

  it('takes the union of add-ons, each once, in the script order whatever the category order', () => {
    const a = selectScript(library, {
      jurisdiction: 'US-TX',
      categories: ['adult-sexual-assault', 'stalking-harassment', 'domestic-family-violence'],
      language: 'en',
    });
    const b = selectScript(library, {
      jurisdiction: 'US-TX',
      categories: ['domestic-family-violence', 'adult-sexual-assault', 'stalking-harassment', 'adult-sexual-assault'],
      language: 'en',
    });
    expect(ids(a)).toEqual(['intro', 'rights', 'protective-orders', 'exam', 'address', 'give-notice', 'give-dv-notice']);
    expect(ids(b)).toEqual(ids(a));
    const address = a.sections.find((s) => s.section.id === 'address')!;
    expect(address.forCategories.sort()).toEqual(['adult-sexual-assault', 'domestic-family-violence']);
  });

  it('reports categories that no add-on covers', () => {
    const r = selectScript(library, { jurisdiction: 'US-TX', categories: ['robbery', 'adult-sexual-assault'], language: 'en' });
    expect(r.uncoveredCategories).toEqual(['robbery']);
    expect(ids(r)).not.toContain('give-dv-notice');
  });

  it('falls back visibly to the federal script for a U.S. state without one', () => {
    const r = selectScript(library, { jurisdiction: 'us-wy', categories: ['identity-theft-fraud'], language: 'en' });
    expect(r.script?.jurisdiction).toBe('US');
    expect(r.fellBackToFederal).not.toBe(false);
    expect(r.fellBackToFederal && r.fellBackToFederal.reason).toMatch(/US-WY/);
    expect(ids(r)).toEqual(['fed-intro', 'fed-rights', 'fed-id-theft', 'fed-inform']);
  });

  it('falls back to English and says so when the language is missing', () => {
    const r = selectScript(library, { jurisdiction: 'US-TX', categories: [], language: 'vi' });
    expect(r.script?.language).toBe('en');
    expect(r.languageFallback && r.languageFallback.reason).toMatch(/"vi"/);
  });

  it('matches a regional tag to its language without a fallback notice', () => {
    const r = selectScript(library, { jurisdiction: 'US-TX', categories: [], language: 'es-MX' });
    expect(r.script?.language).toBe('es');
    expect(r.languageFallback).toBe(false);
  });

  it('returns no script, with a reason, outside any installed jurisdiction', () => {
    const r = selectScript(library, { jurisdiction: 'CA-ON', categories: ['robbery'], language: 'en' });
    expect(r.script).toBeNull();
    expect(r.noScriptReason).toMatch(/CA-ON/);
    expect(r.sections).toEqual([]);
  });

  it('finds a script through alsoCovers', () => {
    const gb = { ...script('GB-ENG', 'en', [section('code', 'base')]), alsoCovers: ['GB-WLS'] };
    const r = selectScript([gb], { jurisdiction: 'GB-WLS', categories: [], language: 'en' });
    expect(r.script?.jurisdiction).toBe('GB-ENG');
    expect(r.fellBackToFederal).toBe(false);
  });

  it('appends the federal base rights as a separate part only when asked', () => {
    const without = selectScript(library, { jurisdiction: 'US-TX', categories: [], language: 'es' });
    expect(without.federalBaseline).toBeNull();
    const r = selectScript(library, { jurisdiction: 'US-TX', categories: [], language: 'es', federalBaseline: true });
    expect(r.federalBaseline?.script.id).toBe('us-es');
    expect(r.federalBaseline?.sections.map((s) => s.section.id)).toEqual(['fed-intro', 'fed-rights']);
    const fallback = selectScript(library, { jurisdiction: 'US-WY', categories: [], language: 'en', federalBaseline: true });
    expect(fallback.federalBaseline).toBeNull();
  });

  it('is pure: the library is not changed and the same request gives the same answer', () => {
    const before = JSON.stringify(library);
    const request = { jurisdiction: 'US-TX', categories: ['domestic-family-violence'] as const, language: 'en' };
    const first = selectScript(library, { ...request, categories: [...request.categories] });
    const second = selectScript(library, { ...request, categories: [...request.categories] });
    expect(second).toEqual(first);
    expect(JSON.stringify(library)).toBe(before);
  });
});
