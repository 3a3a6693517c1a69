import { describe, expect, it } from 'vitest';
import { selectScript } from '../../../lib/content/select-script';
import { buildHandout, type HandoutInput } from '../../../lib/handout/build-handout';
import { qrMatrix } from '../../../lib/handout/qr';
import { given, incidentWith, library } from './fixtures';

const NOW = new Date(2026, 10, 22, 12, 0); // local time: the date printed is the officer's day
const liaison = { name: 'Harbor County Victim Services Unit', phone: '(503) 555-0100', hours: 'Mo–Fr 8–5' };

function input(overrides: Partial<HandoutInput> = {}): HandoutInput {
  return {
    selection: selectScript(library, { jurisdiction: 'US-CA', categories: ['domestic-family-violence'], language: 'es' }),
    incident: incidentWith([]),
    caseNumber: '26-1',
    language: 'es',
    liaison,
    now: NOW,
    ...overrides,
  };
}

describe('buildHandout: rights', () => {
  it('carries the rights in the victim’s language, with citations and the script’s version, but no officer actions', () => {
    const handout = buildHandout(input());
    expect(handout).toMatchObject({ language: 'es', requestedLanguage: 'es', languageFallback: false, caseNumber: '26-1', date: '2026-11-22', missingScript: false, missingCaseNumber: false, missingLiaison: false });
    expect(handout.rights?.script).toEqual({ id: 'us-ca-es', version: expect.any(String), title: expect.stringContaining('California'), lastReviewed: '2026-11-22', jurisdiction: 'US-CA', language: 'es' });
    const ids = handout.rights!.sections.map((section) => section.id);
    expect(ids).toContain('introduction');
    expect(ids).toContain('domestic-violence-safety');
    expect(ids).not.toContain('sexual-assault-rights'); // an add-on for another category
    expect(ids.some((id) => id.startsWith('give-'))).toBe(false); // officer actions are for the officer
    expect(handout.rights!.sections[0]!.title).toBe('Sobre los Derechos de Marsy');
    for (const section of handout.rights!.sections) {
      expect(section.citations.length).toBeGreaterThan(0);
      for (const citation of section.citations) expect(citation.url).toMatch(/^https?:\/\//);
    }
  });

  it('adds the federal baseline, in the same language, when the selection has one', () => {
    const selection = selectScript(library, { jurisdiction: 'US-CA', categories: [], language: 'es', federalBaseline: true });
    const handout = buildHandout(input({ selection }));
    expect(handout.federalRights?.script).toMatchObject({ id: 'us-es', language: 'es' });
    expect(handout.federalRights!.sections.map((section) => section.id)).toContain('dignity');
    expect(buildHandout(input()).federalRights).toBeUndefined();
  });

  it('flags a missing script instead of inventing rights', () => {
    for (const selection of [null, selectScript(library, { jurisdiction: 'GB-SCT', categories: [], language: 'es' })]) {
      const handout = buildHandout(input({ selection }));
      expect(handout.missingScript).toBe(true);
      expect(handout.rights).toBeUndefined();
      expect(handout.federalRights).toBeUndefined();
      expect(handout.language).toBe('es');
    }
  });

  it('prints in the script’s language and says so when the victim’s language has no script', () => {
    const selection = selectScript(library, { jurisdiction: 'US-CA', categories: [], language: 'fr' });
    const handout = buildHandout(input({ selection, language: 'fr' }));
    expect(handout).toMatchObject({ language: 'en', requestedLanguage: 'fr', languageFallback: true });
  });

  it('flags a missing case number and liaison rather than filling them in', () => {
    const handout = buildHandout(input({ caseNumber: '  ', liaison: undefined }));
    expect(handout).toMatchObject({ missingCaseNumber: true, missingLiaison: true });
    expect(handout.caseNumber).toBeUndefined();
    expect(handout.liaison).toBeUndefined();
  });
});

describe('buildHandout: referrals given', () => {
  it('lists only referrals whose latest entry is "done", in the order first given, with their contact details only', () => {
    const incident = incidentWith([
      given(1, 'haven', 'Safe Haven', { phone: '(503) 555-0142', website: 'https://haven.example' }),
      given(2, 'legal', 'Legal Aid'),
      { itemId: 'referral-given', state: 'not-done', at: 3, details: { referralId: 'legal', name: 'Legal Aid', cleared: true } },
      given(4, 'crisis', 'Crisis Line', { textLine: '741741' }),
      { itemId: 'referral-given', state: 'declined', at: 5, details: { referralId: 'crisis', name: 'Crisis Line' } },
      given(6, 'crisis', 'Crisis Line', { textLine: '741741' }), // given again: latest wins
      { itemId: 'safety-plan', state: 'done', at: 7, details: { referralId: 'not-a-referral', name: 'Not a referral' } },
      { itemId: 'referral-given', state: 'done', at: 8, details: { referralId: 'nameless' } },
    ]);
    const handout = buildHandout(input({ incident }));
    expect(handout.referrals).toEqual([
      { referralId: 'haven', name: 'Safe Haven', phone: '(503) 555-0142', website: 'https://haven.example' },
      { referralId: 'crisis', name: 'Crisis Line', textLine: '741741' },
    ]);
  });

  it('prints only the given referrals the officer kept, never adding one that was not given', () => {
    const incident = incidentWith([given(1, 'haven', 'Safe Haven'), given(2, 'legal', 'Legal Aid')]);
    expect(buildHandout(input({ incident, includeReferralIds: ['legal', 'never-given'] })).referrals.map((r) => r.referralId)).toEqual(['legal']);
    expect(buildHandout(input({ incident, includeReferralIds: [] })).referrals).toEqual([]);
    expect(buildHandout(input({ incident: null })).referrals).toEqual([]);
  });

  it('never carries notes, needs answers, follow-ups, categories or other checklist items', () => {
    const incident = incidentWith([given(1, 'haven', 'Safe Haven'), { itemId: 'injury-photos', state: 'declined', at: 2 }]);
    const json = JSON.stringify(buildHandout(input({ incident })));
    for (const secret of ['SECRET NOTE', 'PRIVATE NEED', 'safety-now', 'housing', 'PRIVATE FOLLOW-UP', 'injury-photos', 'domestic-family-violence', 'shelter']) {
      expect(json, secret).not.toContain(secret);
    }
  });
});

describe('buildHandout: QR code', () => {
  it('is made only for an https address, which is normalised', () => {
    const qr = buildHandout(input({ qrUrl: 'https://Harbor.example/victims', qrMatrix })).qr;
    expect(qr?.url).toBe('https://harbor.example/victims');
    expect(qr?.matrix.length).toBeGreaterThanOrEqual(21);
    for (const qrUrl of [undefined, '', 'http://harbor.example/victims', 'javascript:alert(1)', 'https://', 'not a url', 'https://user:pw@harbor.example/']) {
      expect(buildHandout(input({ qrUrl, qrMatrix })).qr, String(qrUrl)).toBeUndefined();
    }
    // Until the encoder has loaded there is no code, rather than a wrong one.
    expect(buildHandout(input({ qrUrl: 'https://harbor.example/victims' })).qr).toBeUndefined();
  });

  it('keeps the department name when given', () => {
    expect(buildHandout(input({ department: ' Harbor County Sheriff ' })).department).toBe('Harbor County Sheriff');
    expect(buildHandout(input()).department).toBeUndefined();
  });
});
