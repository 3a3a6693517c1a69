import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';
import { translatorFromFiles } from '../../../lib/i18n';
import { itemsFor } from '../../../lib/checklist/items';
import { buildReportSummary, type SummaryOptions } from '../../../lib/checklist/summary';
import { summaryWords } from '../../../lib/checklist/summary-words';
import { blankIncident, type Incident } from '../../../lib/store/types';
import { bundled } from './bundled';

const t = translatorFromFiles({ en, es }, 'en');

const incident: Incident = {
  ...blankIncident('26-1', 0),
  entries: [
    { itemId: 'rights-read', state: 'done', at: 1, details: { scriptId: 'us-ca-es', version: '1.0.0', language: 'es' } },
    { itemId: 'safety-plan', state: 'done', at: 2 },
    { itemId: 'safety-plan', state: 'not-done', at: 3, details: { cleared: true } },
    { itemId: 'injury-photos', state: 'declined', at: 4 },
    { itemId: 'referral-given', state: 'done', at: 5, details: { referralId: 'a', name: 'Safe Haven', phone: '(503) 555-0142' } },
    { itemId: 'referral-given', state: 'done', at: 6, details: { referralId: 'b', name: 'Legal Aid' } },
    { itemId: 'interpreter', state: 'done', at: 8, details: { language: 'Spanish', professional: true } },
    { itemId: 'lethality-assessment', state: 'done', at: 9, details: { screenId: 'example-dv-screen', answers: ['afraid-tonight=yes'], triggered: true } },
    { itemId: 'children-checked', state: 'n/a', at: 10 },
  ],
  notes: [{ id: 'n', at: 7, text: 'private words' }],
  followUps: [
    { id: 'f', due: '2026-11-25', what: 'Call back with case status', done: false },
    { id: 'g', due: '2026-11-23', what: 'Already done', done: true },
  ],
};
const items = itemsFor(bundled, ['domestic-family-violence'], 'en');
const options: SummaryOptions = { language: 'en', words: summaryWords(t), formatTime: (at) => `T${at}`, categoryLabels: ['Domestic or family violence'] };

describe('buildReportSummary', () => {
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
        '- T8 Interpreter used (Language: Spanish; Professional interpreter: Yes)',
        '- T9 Risk screen done (risk screen example-dv-screen, triggered)',
        '',
        'Declined by the victim:',
        '- T4 Photos of injuries taken, with consent',
        '',
        'Not applicable:',
        '- T10 Children in the home seen and safe',
        '',
        'Follow-ups:',
        '- 2026-11-25 Call back with case status',
      ].join('\n'),
    );
    // A cleared tick, notes, an item never ticked and the screen's answers stay out.
    expect(text).not.toContain('Safety plan');
    expect(text).not.toContain('private words');
    expect(text).not.toContain('afraid-tonight');
    expect(text).not.toContain('Compensation');
  });

  it('adds the notes only when asked', () => {
    expect(buildReportSummary(incident, items, { ...options, includeNotes: true })).toContain('Notes:\n- T7 private words');
  });

  it('leaves out the case line for a draft and names items the templates no longer list by id', () => {
    const draft: Incident = { ...blankIncident('draft-abc', 0), entries: [{ itemId: 'old-item', state: 'not-done', at: 1 }] };
    const text = buildReportSummary(draft, items, { ...options, categoryLabels: [] });
    expect(text).toBe(['VICTIM SERVICES PROVIDED', '', 'Not done:', '- T1 old-item'].join('\n'));
  });

  it('gives date and time in the department’s zone by default', () => {
    const at = Date.UTC(2026, 10, 22, 18, 5);
    const one: Incident = { ...blankIncident('26-2', 0), entries: [{ itemId: 'rights-card-given', state: 'done', at }] };
    const { formatTime: _unused, ...rest } = options;
    const la = buildReportSummary(one, items, { ...rest, timeZone: 'America/Los_Angeles' });
    expect(la).toMatch(/- 11\/22\/26, 10:05\sAM Written rights given/);
    const ny = buildReportSummary(one, items, { ...rest, timeZone: 'America/New_York' });
    expect(ny).toMatch(/1:05\sPM/);
  });

  it('speaks the officer’s language', () => {
    const text = buildReportSummary(incident, itemsFor(bundled, ['domestic-family-violence'], 'es'), {
      ...options,
      language: 'es',
      words: summaryWords(translatorFromFiles({ en, es }, 'es')),
    });
    expect(text).toContain('SERVICIOS PRESTADOS A LA VÍCTIMA');
    expect(text).toContain('Se usó un intérprete (Idioma: Spanish; Intérprete profesional: Sí)');
  });
});
