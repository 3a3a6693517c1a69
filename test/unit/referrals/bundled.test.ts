import { describe, expect, it } from 'vitest';
import { loadBundledDirectory } from '../../../lib/referrals/directory';
import { matchReferrals } from '../../../lib/referrals/match';
import { parsePhone, parseTextLine } from '../../../lib/referrals/phone';
import { publicFile } from './helpers';

describe.each(['national-us.json', 'national-gb.json'])('bundled %s', (file) => {
  const json = JSON.parse(publicFile(file)) as unknown;
  const loaded = loadBundledDirectory(json, file);

  it('validates with the referral model', () => {
    expect(loaded.ok ? undefined : loaded.error).toBeUndefined();
  });

  const referrals = loaded.ok ? loaded.directory.referrals : [];

  it('gives every listing a source, a verification date, a national area and a way to reach it', () => {
    const ids = new Set<string>();
    for (const r of referrals) {
      expect(ids.has(r.id), r.id).toBe(false);
      ids.add(r.id);
      expect(r.sourceUrl, r.id).toMatch(/^https?:\/\//);
      expect(r.dateVerified, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.serviceArea.national, r.id).toBe(true);
      expect(r.phones.length > 0 || r.url !== undefined, r.id).toBe(true);
      for (const phone of r.phones) {
        const parsed = phone.type === 'text' ? parseTextLine(phone.number) : parsePhone(phone.number);
        expect(parsed.ok, `${r.id} ${phone.number}`).toBe(true);
      }
      // 24/7 claims must not carry hours, and hours must carry a zone, or 'open now' lies.
      if (r.schedules.length > 0) expect(r.timeZone ?? r.schedules[0]!.timezone, r.id).toBeTruthy();
    }
  });

  it('avoids the retired names and numbers the fact sheet warns about', () => {
    const text = publicFile(file);
    expect(text).not.toMatch(/press 3/i);
    expect(text).not.toMatch(/Action Fraud"/);
    expect(text).not.toContain('202-304-1200'); // retired Trevor text route
    expect(text).not.toMatch(/Operated by Polaris|\bPolaris runs/);
  });
});

describe('bundled US resources', () => {
  const loaded = loadBundledDirectory(JSON.parse(publicFile('national-us.json')), 'us');
  const directory = loaded.ok ? loaded.directory : undefined;

  it('lists no phone number for IC3', () => {
    expect(directory!.referrals.find((r) => r.id === 'us-fbi-ic3')!.phones).toEqual([]);
  });

  it('offers the National DV Hotline first for domestic violence', () => {
    const matches = matchReferrals(directory!, { categories: ['domestic-family-violence'], now: new Date('2026-11-22T12:00:00Z') });
    expect(matches[0]!.id).toBe('us-national-domestic-violence-hotline');
    expect(matches.map((m) => m.id)).toContain('us-victimconnect');
  });

  it('covers every area the brief names', () => {
    const ids = directory!.referrals.map((r) => r.id);
    for (const id of [
      'us-national-domestic-violence-hotline',
      'us-rainn-national-sexual-assault-hotline',
      'us-childhelp-national-child-abuse-hotline',
      'us-national-human-trafficking-hotline',
      'us-eldercare-locator',
      'us-victimconnect',
      'us-988-suicide-crisis-lifeline',
      'us-ftc-identitytheft-gov',
    ]) expect(ids).toContain(id);
  });
});
