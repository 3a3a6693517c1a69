import type { RightsScript, ScriptSection } from '../../../lib/content/script-schema';

/** Small hand-made scripts for selection tests, independent of the bundled content. */
export function section(id: string, kind: ScriptSection['kind'], categories?: ScriptSection['categories']): ScriptSection {
  return {
    id,
    kind,
    ...(categories ? { categories } : {}),
    title: id,
    requiredByLaw: true,
    paragraphs: [`${id} text`],
    sourceIds: ['src'],
  };
}

export function script(jurisdiction: string, language: string, sections: ScriptSection[]): RightsScript {
  return {
    id: `${jurisdiction.toLowerCase()}-${language}`,
    jurisdiction,
    language,
    title: `${jurisdiction} ${language}`,
    version: '1.0.0',
    effectiveDate: '2026-01-01',
    lastReviewed: '2026-11-22',
    reviewStatus: { status: 'draft' },
    sources: [{ id: 'src', citation: 'Test source', url: 'https://example.org/law' }],
    sections,
  };
}

export function validScriptJson(): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(
      script('US-TX', 'en', [section('intro', 'base'), section('dv', 'addon', ['domestic-family-violence'])]),
    ),
  ) as Record<string, unknown>;
}
