import { describe, expect, it } from 'vitest';
import { commitImport, emptyDirectory, staleListings } from '../../../lib/referrals/directory';
import { importHsdsJson } from '../../../lib/referrals/import-hsds-json';
import type { ImportPreview } from '../../../lib/referrals/model';
import { directoryOf, fixture, referral } from './helpers';

const now = new Date('2026-11-22T12:00:00Z');

describe('commitImport', () => {
  const previous = directoryOf([referral({ id: 'old', categories: ['robbery'] })]);
  const snapshot = JSON.stringify(previous);

  it('replaces the directory with the valid rows of a preview', () => {
    const preview = importHsdsJson(fixture('hsds-services.json'), { name: 'county.json' });
    const result = commitImport(previous, preview, now);
    expect(result.ok).toBe(true);
    expect(result.directory.referrals.map((r) => r.id)).toEqual(['svc-harbor-house', 'svc-centro']);
    expect(result.directory).toMatchObject({ importedAt: now.toISOString(), source: { kind: 'hsds-json', name: 'county.json' } });
    expect(JSON.stringify(previous)).toBe(snapshot);
  });

  it('shares no objects with the preview', () => {
    const preview = importHsdsJson(fixture('hsds-services.json'));
    const result = commitImport(previous, preview, now);
    preview.valid[0]!.name = 'changed later';
    expect(result.directory.referrals[0]!.name).not.toBe('changed later');
  });

  it.each<[string, ImportPreview]>([
    ['a fatal reading error', { valid: [], invalid: [], warnings: [], source: { kind: 'template-csv' }, fatal: 'The file is empty' }],
    ['no valid rows', { valid: [], invalid: [{ row: 2, errors: [{ message: 'x' }] }], warnings: [], source: { kind: 'template-csv' } }],
    ['duplicate ids', { valid: [referral({ id: 'a', categories: ['robbery'] }), referral({ id: 'a', categories: ['arson'] })], invalid: [], warnings: [], source: { kind: 'template-csv' } }],
    ['a referral the schema rejects', { valid: [{ ...referral({ id: 'b', categories: ['robbery'] }), url: 'not a url' }], invalid: [], warnings: [], source: { kind: 'template-csv' } }],
  ])('keeps the previous directory untouched on %s', (_label, preview) => {
    const result = commitImport(previous, preview, now);
    expect(result.ok).toBe(false);
    expect(result.directory).toBe(previous);
    expect(JSON.stringify(previous)).toBe(snapshot);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
  });
});

describe('staleListings', () => {
  it('flags listings not verified in the last 12 months, or never', () => {
    const directory = directoryOf([
      referral({ id: 'fresh', categories: ['robbery'], dateVerified: '2026-01-10' }),
      referral({ id: 'exactly-a-year', categories: ['robbery'], dateVerified: '2025-11-22' }),
      referral({ id: 'old', categories: ['robbery'], dateVerified: '2025-11-21' }),
      referral({ id: 'assured-only', categories: ['robbery'], assuredDate: '2024-01-01' }),
      referral({ id: 'never', categories: ['robbery'] }),
    ]);
    expect(staleListings(directory, now)).toEqual([
      { id: 'old', name: 'old', dateVerified: '2025-11-21', reason: 'verified over 12 months ago' },
      { id: 'assured-only', name: 'assured-only', dateVerified: '2024-01-01', reason: 'verified over 12 months ago' },
      { id: 'never', name: 'never', reason: 'never verified' },
    ]);
    expect(staleListings(emptyDirectory(), now)).toEqual([]);
  });
});
