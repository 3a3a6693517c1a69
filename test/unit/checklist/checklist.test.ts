import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itemsFor } from '../../../lib/checklist/items';
import { buildReportSummary, type SummaryWords } from '../../../lib/checklist/summary';
import { checklistFileSchema, mergeTemplates, parseDepartmentTemplates, type ChecklistTemplate } from '../../../lib/checklist/template-schema';
import { DEFAULT_SERVICE_MAP } from '../../../lib/store';
import { blankIncident, type Incident } from '../../../lib/store/types';

const bundled = checklistFileSchema.parse(JSON.parse(readFileSync('public/content/checklists/default.json', 'utf8'))).templates;

describe('bundled checklist templates', () => {
  it('have English and Spanish for every label, and use the service ids report counts know', () => {
    for (const template of bundled) {
      for (const item of template.items) {
        expect(item.label.en, item.id).toBeTruthy();
        expect(item.label.es, item.id).toBeTruthy();
        expect(item.label.es).not.toBe(item.label.en);
      }
    }
    const ids = new Set(bundled.flatMap((template) => template.items.map((item) => item.id)));
    for (const id of ['rights-read', 'rights-card-given', 'referral-given', 'compensation-info-given', 'interpreter', 'safety-plan', 'protection-order-info', 'lethality-assessment', 'emergency-shelter', 'advocate-called']) {
      expect(ids.has(id), id).toBe(true);
      expect(DEFAULT_SERVICE_MAP[id], id).toBeDefined();
    }
  });
});

describe('itemsFor', () => {
  it('lists everyone’s items first, then each matching category’s, each item once', () => {
    const ids = itemsFor(bundled, ['domestic-family-violence', 'stalking-harassment']).map((applicable) => applicable.item.id);
    expect(ids[0]).toBe('rights-read');
    expect(ids).toContain('safety-plan');
    expect(ids).toContain('stalking-log');
    expect(ids.filter((id) => id === 'protection-order-info')).toHaveLength(1);
    expect(ids).not.toContain('forensic-exam-offered');
    expect(itemsFor(bundled, []).every((applicable) => applicable.templateId === 'everyone')).toBe(true);
  });
});

describe('department templates', () => {
  it('replace a bundled template by id, add new ones, and report bad ones by path', () => {
    const own = parseDepartmentTemplates([
      { id: 'everyone', title: { en: 'Ours' }, items: [{ id: 'rights-read', label: { en: 'Marsy card given' } }] },
      { id: 'burglary', categories: ['burglary'], title: { en: 'Burglary' }, items: [{ id: 'lock-repair', label: { en: 'Lock repair fund explained' } }] },
      { id: 'Bad Id', title: { es: 'solo español' }, items: [] },
    ]);
    expect(own.templates.map((template) => template.id)).toEqual(['everyone', 'burglary']);
    expect(own.problems.map((problem) => problem.path)).toEqual(expect.arrayContaining(['checklistTemplates[2].id', 'checklistTemplates[2].title', 'checklistTemplates[2].items']));
    const merged: ChecklistTemplate[] = mergeTemplates(bundled, own.templates);
    expect(merged[0]!.title.en).toBe('Ours');
    expect(merged.at(-1)!.id).toBe('burglary');
  });
});

describe('buildReportSummary', () => {
  const words: SummaryWords = {
    heading: 'VICTIM SERVICES PROVIDED',
    caseNumber: (value) => `Case: ${value}`,
    categories: (list) => `Victimization: ${list}`,
    done: 'Done:',
    declined: 'Declined by the victim:',
    notApplicable: 'Not applicable:',
    notDone: 'Not done:',
    script: (id, version, language) => `script ${id} v${version}, ${language}`,
    followUps: 'Follow-ups:',
    notes: 'Notes:',
  };
  const incident: Incident = {
    ...blankIncident('26-1', 0),
    entries: [
      { itemId: 'rights-read', state: 'done' as const, at: 1, details: { scriptId: 'us-ca-es', version: '1.0.0', language: 'es' } },
      { itemId: 'safety-plan', state: 'done' as const, at: 2 },
      { itemId: 'safety-plan', state: 'not-done' as const, at: 3, details: { cleared: true } },
      { itemId: 'injury-photos', state: 'declined' as const, at: 4 },
      { itemId: 'referral-given', state: 'done' as const, at: 5, details: { referralId: 'a', name: 'Safe Haven', phone: '(503) 555-0142' } },
      { itemId: 'referral-given', state: 'done' as const, at: 6, details: { referralId: 'b', name: 'Legal Aid' } },
    ],
    notes: [{ id: 'n', at: 7, text: 'private words' }],
    followUps: [{ id: 'f', due: '2026-11-25', what: 'Call back with case status', done: false }],
  };
  const items = itemsFor(bundled, ['domestic-family-violence']);
  const options = { language: 'en', words, formatTime: (at: number) => `T${at}`, categoryLabels: ['Domestic or family violence'] };

  it('says what was done and when, what was declined, each referral and the script version; nothing unrecorded', () => {
    const text = buildReportSummary(incident, items, options);
    expect(text).toBe(
      [
        'VICTIM SERVICES PROVIDED',
        'Case: 26-1',
        'Victimization: Domestic or family violence',
        '',
        'Done:',
        '- T1 Rights read to the victim (script us-ca-es v1.0.0, es)',
        '- T5 Referrals given: Safe Haven ((503) 555-0142)',
        '- T6 Referrals given: Legal Aid',
        '',
        'Declined by the victim:',
        '- T4 Photos of injuries taken, with consent',
        '',
        'Follow-ups:',
        '- 2026-11-25 Call back with case status',
      ].join('\n'),
    );
    expect(text).not.toContain('private words');
    expect(text).not.toContain('Safety plan');
  });

  it('adds the notes only when asked', () => {
    expect(buildReportSummary(incident, items, { ...options, includeNotes: true })).toContain('Notes:\n- T7 private words');
  });
});
