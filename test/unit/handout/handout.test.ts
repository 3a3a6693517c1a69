import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHandout } from '../../../lib/handout/build-handout';
import { qrMatrix, qrSvgPath } from '../../../lib/handout/qr';
import { parseRightsScript } from '../../../lib/content/script-schema';
import { selectScript } from '../../../lib/content/select-script';
import { blankIncident, type Incident } from '../../../lib/store/types';

const load = (file: string) => {
  const parsed = parseRightsScript(JSON.parse(readFileSync(`public/content/scripts/${file}`, 'utf8')));
  if (!parsed.ok) throw new Error(file);
  return parsed.script;
};
const library = [load('US-CA.en.json'), load('US-CA.es.json')];

describe('buildHandout', () => {
  const incident: Incident = {
    ...blankIncident('26-1', 0),
    entries: [
      { itemId: 'referral-given', state: 'done' as const, at: 1, details: { referralId: 'a', name: 'Safe Haven', phone: '(503) 555-0142' } },
      { itemId: 'referral-given', state: 'done' as const, at: 2, details: { referralId: 'b', name: 'Taken back' } },
      { itemId: 'referral-given', state: 'not-done' as const, at: 3, details: { referralId: 'b', name: 'Taken back', cleared: true } },
    ],
    notes: [{ id: 'n', at: 4, text: 'SECRET NOTE' }],
    needs: { 'safety-now': true },
  };

  it('carries the victim’s language, case number, rights without officer actions, and only referrals still given', () => {
    const selection = selectScript(library, { jurisdiction: 'US-CA', categories: ['domestic-family-violence'], language: 'es' });
    const handout = buildHandout({ selection, incident, caseNumber: '26-1', language: 'es', now: new Date('2026-11-22T12:00:00Z'), liaison: { name: 'Unidad', phone: '(503) 555-0100' } });
    expect(handout).toMatchObject({ language: 'es', caseNumber: '26-1', date: '2026-11-22', missingScript: false, script: { id: 'us-ca-es' } });
    expect(handout.sections.map((section) => section.id)).toContain('domestic-violence-safety');
    expect(handout.sections.some((section) => section.id.startsWith('give-'))).toBe(false);
    expect(handout.sections.every((section) => section.citations.length > 0)).toBe(true);
    expect(handout.referrals).toEqual([{ id: 'a', name: 'Safe Haven', phone: '(503) 555-0142' }]);
    const json = JSON.stringify(handout);
    expect(json).not.toContain('SECRET NOTE');
    expect(json).not.toContain('safety-now');
  });

  it('says the script is missing rather than inventing rights, and makes a QR code only for https', () => {
    const handout = buildHandout({ selection: null, incident: null, language: 'en', now: new Date(), qrUrl: 'http://insecure.example' });
    expect(handout.missingScript).toBe(true);
    expect(handout.sections).toEqual([]);
    expect(handout.qr).toBeUndefined();
    expect(buildHandout({ selection: null, incident: null, language: 'en', now: new Date(), qrUrl: 'https://harbor.example/victims' }).qr?.url).toBe('https://harbor.example/victims');
  });
});

describe('QR code', () => {
  it('is deterministic, square, and has the three finder patterns', () => {
    const matrix = qrMatrix('https://harbor.example/victims');
    expect(qrMatrix('https://harbor.example/victims')).toEqual(matrix);
    const size = matrix.length;
    expect(size).toBeGreaterThanOrEqual(21);
    expect((size - 17) % 4).toBe(0);
    for (const [row, col] of [[0, 0], [0, size - 7], [size - 7, 0]] as const) {
      // A finder pattern: dark 7x7 ring, light ring, dark 3x3 centre.
      expect(matrix[row]![col]).toBe(true);
      expect(matrix[row + 6]![col + 6]).toBe(true);
      expect(matrix[row + 1]![col + 1]).toBe(false);
      expect(matrix[row + 3]![col + 3]).toBe(true);
    }
    expect(qrSvgPath([[true, false], [false, true]], 0)).toBe('M0 0h1v1h-1zM1 1h1v1h-1z');
  });
});
