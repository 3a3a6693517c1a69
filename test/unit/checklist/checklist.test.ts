import { describe, expect, it } from 'vitest';
import { itemsFor } from '../../../lib/checklist/items';
import { loadChecklistTemplates } from '../../../lib/checklist/load';
import { neededNow, NEEDS_ASSESSMENT } from '../../../lib/checklist/needs';
import { checklistTemplateSchema, mergeTemplates, parseDepartmentTemplates, type ChecklistTemplate } from '../../../lib/checklist/template-schema';
import { NEED_IDS } from '../../../lib/referrals/service-types';
import { DEFAULT_SERVICE_MAP } from '../../../lib/store';
import { ENTRY_IDS } from '../../../components/session-context';
import { bundled } from './bundled';

describe('bundled checklist templates', () => {
  it('have English and a real Spanish text for every label and hint', () => {
    for (const template of bundled) {
      expect(template.source?.title, template.id).toBeTruthy();
      for (const item of template.items) {
        for (const text of [item.label, item.hint, item.why, ...(item.details ?? []).map((field) => field.label)]) {
          if (!text) continue;
          expect(text.es, item.id).toBeTruthy();
          expect(text.es).not.toBe(text.en);
        }
      }
    }
  });

  it('use the ids that report counts and the other features record', () => {
    const ids = new Set(bundled.flatMap((template) => template.items.map((item) => item.id)));
    for (const id of ['rights-read', 'rights-card-given', 'referral-given', 'compensation-info-given', 'interpreter', 'safety-plan', 'protection-order-info', 'lethality-assessment', 'emergency-shelter', 'advocate-called']) {
      expect(ids.has(id), id).toBe(true);
      expect(DEFAULT_SERVICE_MAP[id], id).toBeDefined();
    }
    expect(ids.has(ENTRY_IDS.rightsRead) && ids.has(ENTRY_IDS.rightsWritten) && ids.has(ENTRY_IDS.referralGiven)).toBe(true);
  });

  it('cover the crimes the brief names', () => {
    const covered = new Set(bundled.flatMap((template) => template.categories ?? []));
    for (const category of ['domestic-family-violence', 'adult-sexual-assault', 'child-physical-abuse-neglect', 'elder-abuse-neglect', 'homicide-survivors', 'identity-theft-fraud', 'human-trafficking-sex'] as const) {
      expect(covered.has(category), category).toBe(true);
    }
  });

  it('give the interpreter item its details and the "never a child" guidance', () => {
    const interpreter = bundled[0]!.items.find((item) => item.id === 'interpreter')!;
    expect(interpreter.details!.map((field) => `${field.id}:${field.kind}`)).toEqual(['language:text', 'professional:yes-no']);
    expect(interpreter.hint!.en).toMatch(/never ask a child/i);
    const consent = bundled[0]!.items.find((item) => item.id === 'advocate-consent')!;
    expect(consent.details!.map((field) => field.id)).toEqual(['who', 'scope', 'expires']);
  });
});

describe('template schema', () => {
  const problemsOf = (raw: unknown) => parseDepartmentTemplates([raw]).problems;

  it('names the bad field of a department template, by path', () => {
    expect(problemsOf({ id: 'x', title: { en: 'X' }, items: [{ id: 'a', label: { en: 'A' } }, { id: 'a', label: { en: 'B' } }] })).toEqual([
      { path: 'checklistTemplates[0].items', message: 'an item id appears twice in this template' },
    ]);
    expect(problemsOf({ id: 'x', categories: ['burglary', 'nope'], title: { en: 'X' }, items: [{ id: 'a', label: { en: 'A' } }] })[0]).toMatchObject({
      path: 'checklistTemplates[0].categories[1]',
      message: 'not a category id from lib/taxonomy.ts',
    });
    expect(problemsOf({ id: 'x', title: { en: 'X' }, reviewed: 'last week', items: [{ id: 'a', label: { en: 'A' }, source: { title: 'S', url: 'not a url' } }] }).map((p) => p.path)).toEqual([
      'checklistTemplates[0].reviewed',
      'checklistTemplates[0].items[0].source.url',
    ]);
    expect(problemsOf({ id: 'x', title: { en: 'X' }, items: [{ id: 'a', label: { en: 'A' }, details: [{ id: 'd', kind: 'colour', label: { en: 'D' } }] }] })[0]!.path).toBe(
      'checklistTemplates[0].items[0].details[0].kind',
    );
    expect(problemsOf({ id: 'x', title: { en: 'X' }, items: [{ id: 'a', label: { en: 'A' }, colour: 'red' }] })[0]!.path).toBe('checklistTemplates[0].items[0]');
  });

  it('accepts sources, why and a review date', () => {
    const parsed = checklistTemplateSchema.safeParse({
      id: 'ours',
      title: { en: 'Ours', es: 'Nuestra' },
      reviewed: '2026-01-31',
      source: { title: 'General order 4.12', url: 'https://example.org/go-4-12' },
      items: [{ id: 'a', label: { en: 'A' }, why: { en: 'Because.' }, source: { title: 'Policy' } }],
    });
    expect(parsed.success).toBe(true);
  });

  it('replaces a bundled template by id, adds new ones, and skips bad ones with their problems', () => {
    const own = parseDepartmentTemplates([
      { id: 'everyone', title: { en: 'Ours' }, items: [{ id: 'rights-read', label: { en: 'Marsy card given' } }] },
      { id: 'burglary', categories: ['burglary'], title: { en: 'Burglary' }, items: [{ id: 'lock-repair', label: { en: 'Lock repair fund explained' } }] },
      { id: 'Bad Id', title: { es: 'solo español' }, items: [] },
    ]);
    expect(own.templates.map((template) => template.id)).toEqual(['everyone', 'burglary']);
    expect(own.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['checklistTemplates[2].id', 'checklistTemplates[2].title', 'checklistTemplates[2].items']),
    );
    const merged: ChecklistTemplate[] = mergeTemplates(bundled, own.templates);
    expect(merged[0]!.title.en).toBe('Ours');
    expect(merged.filter((template) => template.id === 'everyone')).toHaveLength(1);
    expect(merged.at(-1)!.id).toBe('burglary');
    expect(merged).toHaveLength(bundled.length + 1);
  });

  it('loads the bundled file and the department’s, reporting what it could not use', async () => {
    const loaded = await loadChecklistTemplates(async () => ({ templates: bundled }), [{ id: 'x' }]);
    expect(loaded.templates).toHaveLength(bundled.length);
    expect(loaded.problems.some((problem) => problem.path === 'checklistTemplates[0].title')).toBe(true);
    const broken = await loadChecklistTemplates(async () => {
      throw new Error('404');
    }, []);
    expect(broken).toMatchObject({ templates: [], problems: [{ path: 'content/checklists/default.json', message: '404' }] });
  });
});

describe('itemsFor', () => {
  it('lists everyone’s items first, then each matching category’s, each item once', () => {
    const ids = itemsFor(bundled, ['domestic-family-violence', 'stalking-harassment']).map((applicable) => applicable.item.id);
    expect(ids[0]).toBe('rights-read');
    expect(ids.indexOf('follow-up-set')).toBeLessThan(ids.indexOf('lethality-assessment'));
    expect(ids.indexOf('safety-plan')).toBeLessThan(ids.indexOf('stalking-log'));
    expect(ids.filter((id) => id === 'protection-order-info')).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('forensic-exam-offered');
    expect(itemsFor(bundled, []).every((applicable) => applicable.templateId === 'everyone')).toBe(true);
  });

  it('keeps the first template’s wording for an item two crimes share', () => {
    const items = itemsFor(bundled, ['homicide-survivors', 'adult-sexual-assault']);
    const advocate = items.filter((applicable) => applicable.item.id === 'advocate-called');
    expect(advocate).toHaveLength(1);
    expect(advocate[0]!.templateId).toBe('sexual-assault');
  });

  it('gives labels and hints in the language asked for, falling back to English', () => {
    const es = itemsFor(bundled, [], 'es-MX');
    expect(es.find((applicable) => applicable.item.id === 'interpreter')).toMatchObject({ label: 'Se usó un intérprete', hint: expect.stringContaining('Nunca') });
    expect(itemsFor(bundled, [], 'uk')[0]!.label).toBe('Rights read to the victim');
  });
});

describe('needs assessment', () => {
  it('asks about every need the referral matcher understands, and passes on the yeses', () => {
    expect(NEEDS_ASSESSMENT.map((question) => question.id)).toEqual([...NEED_IDS]);
    expect(neededNow({ medical: true, transport: false, 'safety-now': true, unknown: true })).toEqual(['safety-now', 'medical']);
  });
});
