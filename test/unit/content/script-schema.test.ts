import { describe, expect, it } from 'vitest';
import { parseRightsScript } from '../../../lib/content/script-schema';
import { describeErrors, formatPath } from '../../../lib/content/validation-errors';
import { validScriptJson } from './fixtures';

function errorsOf(json: unknown) {
  const result = parseRightsScript(json);
  if (result.ok) throw new Error('expected the script to be rejected');
  return result.errors;
}

describe('parseRightsScript', () => {
  it('accepts a valid script', () => {
    const result = parseRightsScript(validScriptJson());
    expect(result.ok).toBe(true);
  });

  it('points at a source id that is not in sources', () => {
    const json = validScriptJson();
    const sections = json.sections as { sourceIds: string[] }[];
    sections[1]!.sourceIds = ['src', 'tx-56a-401'];
    expect(errorsOf(json)).toContainEqual({ path: 'sections[1].sourceIds[1]', message: "'tx-56a-401' is not in sources" });
    expect(describeErrors(errorsOf(json))).toContain("sections[1].sourceIds[1]: 'tx-56a-401' is not in sources");
  });

  it('names the field for bad values', () => {
    const json = validScriptJson();
    json.jurisdiction = 'Texas';
    json.language = 'Spanish';
    json.lastReviewed = '22/11/2026';
    (json.sources as { url: string }[])[0]!.url = 'ftp://example.org';
    (json.sections as { kind: string }[])[0]!.kind = 'intro';
    (json.sections as { categories: string[] }[])[1]!.categories = ['theft'];
    const paths = errorsOf(json).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'jurisdiction',
        'language',
        'lastReviewed',
        'sources[0].url',
        'sections[0].kind',
        'sections[1].categories[0]',
      ]),
    );
    expect(errorsOf(json).find((e) => e.path === 'jurisdiction')!.message).toMatch(/US-CA/);
  });

  it('requires at least one source per section and rejects unknown fields', () => {
    const json = validScriptJson();
    (json.sections as { sourceIds: string[] }[])[0]!.sourceIds = [];
    (json as Record<string, unknown>).extra = true;
    const errors = errorsOf(json);
    expect(errors).toContainEqual({ path: 'sections[0].sourceIds', message: 'every section must cite at least one source' });
    expect(errors.some((e) => e.path === '(root)' && /extra/.test(e.message))).toBe(true);
  });

  it('rejects duplicate ids, add-ons without categories and base sections with categories', () => {
    const json = validScriptJson();
    const sections = json.sections as Record<string, unknown>[];
    sections[1]!.categories = [];
    sections.push({ ...sections[0]!, categories: ['robbery'] });
    const errors = errorsOf(json);
    expect(errors).toContainEqual({ path: 'sections[2].id', message: "duplicate section id 'intro'" });
    expect(errors).toContainEqual({ path: 'sections[1].categories', message: 'an add-on section must list at least one category' });
    expect(errors.some((e) => e.path === 'sections[2].categories')).toBe(true);
  });

  it('validates reviewStatus as draft or reviewed-by-on', () => {
    const json = validScriptJson();
    json.reviewStatus = { status: 'reviewed', by: 'County Counsel' };
    expect(errorsOf(json).some((e) => e.path.startsWith('reviewStatus'))).toBe(true);
    json.reviewStatus = { status: 'reviewed', by: 'County Counsel', on: '2026-11-20' };
    expect(parseRightsScript(json).ok).toBe(true);
  });

  it('formats paths', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['sections', 3, 'sourceIds', 0])).toBe('sections[3].sourceIds[0]');
  });
});
