import { describe, expect, it } from 'vitest';
import { applyDownload, directoryAge, shouldFetch } from '../../../lib/referrals/remote-directory';
import { emptyDirectory } from '../../../lib/referrals/directory';
import { directoryOf, fixture, referral } from './helpers';

const now = new Date('2026-11-22T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe('shouldFetch', () => {
  it('fetches at most daily unless forced', () => {
    expect(shouldFetch(undefined, now)).toBe(true);
    expect(shouldFetch(hoursAgo(23), now)).toBe(false);
    expect(shouldFetch(hoursAgo(24), now)).toBe(true);
    expect(shouldFetch(hoursAgo(1), now, { force: true })).toBe(true);
    expect(shouldFetch(new Date(now.getTime() + 3_600_000), now)).toBe(true); // clock moved back
  });
});

describe('applyDownload', () => {
  const good = { ...directoryOf([referral({ id: 'kept', categories: ['robbery'] })]), etag: '"v1"' };

  it('keeps the previous directory on 304', () => {
    expect(applyDownload(good, { status: 304, bodyText: '' }, { now })).toEqual({ kind: 'unchanged', directory: good });
  });

  it('replaces with a good download and records the etag and URL', () => {
    const outcome = applyDownload(good, { status: 200, etag: '"v2"', bodyText: fixture('hsds-services.json') }, { now, url: 'https://dept.example.org/directory.json' });
    expect(outcome.kind).toBe('replaced');
    expect(outcome.directory).toMatchObject({ etag: '"v2"', source: { kind: 'remote', url: 'https://dept.example.org/directory.json' } });
    expect(outcome.directory!.referrals).toHaveLength(2);
  });

  it.each([
    ['non-JSON', { status: 200, bodyText: '<html>Maintenance</html>' }, /could not be read: The file is not JSON/],
    ['JSON that is not HSDS', { status: 200, bodyText: '{"error":"nope"}' }, /not an HSDS service list/],
    ['zero valid services', { status: 200, bodyText: JSON.stringify([{ id: 'x', name: 'No contact', victimization_categories: ['robbery'] }]) }, /no usable services \(1 invalid\)/],
    ['an empty list', { status: 200, bodyText: '[]' }, /no usable services/],
    ['an empty body', { status: 200, bodyText: '' }, /empty/],
    ['a server error', { status: 503, bodyText: 'busy' }, /answered 503/],
  ])('never replaces a good directory with %s', (_label, response, message) => {
    const outcome = applyDownload(good, response, { now });
    expect(outcome.kind).toBe('rejected');
    expect(outcome.directory).toBe(good);
    if (outcome.kind === 'rejected') {
      expect(outcome.error).toMatch(message);
      expect(outcome.error).toMatch(/Keeping the directory from/);
    }
  });

  it('explains a 304 with nothing saved', () => {
    const outcome = applyDownload(undefined, { status: 304, bodyText: '' }, { now });
    expect(outcome).toMatchObject({ kind: 'rejected', directory: undefined });
  });
});

describe('directoryAge', () => {
  it('says how long ago the directory was updated', () => {
    const at = (iso: string) => ({ ...emptyDirectory(), importedAt: iso });
    expect(directoryAge(at('2026-11-19T11:00:00Z'), now).text).toBe('last updated 3 days ago');
    expect(directoryAge(at('2026-11-21T11:00:00Z'), now).text).toBe('last updated 1 day ago');
    expect(directoryAge(at('2026-11-22T07:00:00Z'), now).text).toBe('last updated 5 hours ago');
    expect(directoryAge(at('2026-11-22T11:59:30Z'), now).text).toBe('last updated just now');
  });
});
