import { describe, expect, it } from 'vitest';
import { isOpenAt, nextChange } from '../../../lib/referrals/schedule';
import { wallTimeToInstant } from '../../../lib/referrals/zoned-time';
import { referral } from './helpers';

const at = (iso: string) => new Date(iso);
const weekdays = { opensAt: '09:00', closesAt: '17:00', byday: 'MO,TU,WE,TH,FR' };

describe('isOpenAt', () => {
  const la = referral({ id: 'la', categories: ['robbery'], timeZone: 'America/Los_Angeles', schedules: [weekdays] });
  const ny = referral({ id: 'ny', categories: ['robbery'], timeZone: 'America/New_York', schedules: [weekdays] });

  it('reads hours in the service time zone, not the officer’s', () => {
    expect(isOpenAt(la, at('2026-03-04T17:30:00Z'))).toBe('open'); // Wed 09:30 PST
    expect(isOpenAt(la, at('2026-03-05T01:30:00Z'))).toBe('closed'); // Wed 17:30 PST
    expect(isOpenAt(ny, at('2026-03-04T15:00:00Z'))).toBe('open'); // 10:00 EST
    expect(isOpenAt(la, at('2026-03-04T15:00:00Z'))).toBe('closed'); // 07:00 PST
    expect(isOpenAt(la, at('2026-03-07T18:00:00Z'))).toBe('closed'); // Saturday
  });

  it('handles half-hour offsets', () => {
    const kolkata = referral({ id: 'in', categories: ['robbery'], timeZone: 'Asia/Kolkata', schedules: [weekdays] });
    expect(isOpenAt(kolkata, at('2026-03-04T03:30:00Z'))).toBe('open'); // 09:00 IST
    expect(isOpenAt(kolkata, at('2026-03-04T03:29:00Z'))).toBe('closed');
  });

  it('keeps hours that run past midnight with the day they start', () => {
    const fridayNight = referral({ id: 'n', categories: ['robbery'], timeZone: 'America/Chicago', schedules: [{ opensAt: '22:00', closesAt: '02:00', byday: 'FR' }] });
    expect(isOpenAt(fridayNight, at('2026-03-07T03:59:00Z'))).toBe('closed'); // Fri 21:59 CST
    expect(isOpenAt(fridayNight, at('2026-03-07T04:00:00Z'))).toBe('open'); // Fri 22:00
    expect(isOpenAt(fridayNight, at('2026-03-07T07:00:00Z'))).toBe('open'); // Sat 01:00, still Friday's shift
    expect(isOpenAt(fridayNight, at('2026-03-07T08:00:00Z'))).toBe('closed'); // Sat 02:00
    expect(isOpenAt(fridayNight, at('2026-03-08T05:00:00Z'))).toBe('closed'); // Sat 23:00
  });

  it('follows daylight saving changes', () => {
    const daily = referral({ id: 'd', categories: ['robbery'], timeZone: 'America/New_York', schedules: [{ opensAt: '09:00', closesAt: '17:00' }] });
    expect(isOpenAt(daily, at('2026-03-07T13:30:00Z'))).toBe('closed'); // 08:30 EST, before the change
    expect(isOpenAt(daily, at('2026-03-08T13:30:00Z'))).toBe('open'); // 09:30 EDT, after it
    expect(isOpenAt(daily, at('2026-11-01T13:30:00Z'))).toBe('closed'); // 08:30 EST after fall back
    expect(isOpenAt(daily, at('2026-11-01T14:00:00Z'))).toBe('open');
    const london = referral({ id: 'l', categories: ['robbery'], timeZone: 'Europe/London', schedules: [{ opensAt: '09:00', closesAt: '18:00', byday: 'SA,SU' }] });
    expect(isOpenAt(london, at('2026-03-29T08:30:00Z'))).toBe('open'); // 09:30 BST on the day clocks change
  });

  it('says open for 24/7 and unknown, never closed, when hours are missing', () => {
    expect(isOpenAt(referral({ id: 'a', categories: ['robbery'], is24x7: true }), at('2026-03-04T03:00:00Z'))).toBe('open');
    expect(isOpenAt(referral({ id: 'b', categories: ['robbery'] }), at('2026-03-04T17:30:00Z'))).toBe('unknown');
    expect(isOpenAt(referral({ id: 'c', categories: ['robbery'], schedules: [weekdays] }), at('2026-03-04T17:30:00Z'))).toBe('unknown');
  });

  it('respects valid_from / valid_to and a schedule’s own zone', () => {
    const summer = referral({
      id: 's',
      categories: ['robbery'],
      schedules: [{ ...weekdays, validFrom: '2026-06-01', validTo: '2026-08-31', timezone: 'America/Denver' }],
    });
    expect(isOpenAt(summer, at('2026-07-01T16:00:00Z'))).toBe('open'); // 10:00 MDT
    expect(isOpenAt(summer, at('2026-09-01T16:00:00Z'))).toBe('closed');
  });

  it('treats a temporarily closed service as closed', () => {
    expect(isOpenAt(referral({ id: 't', categories: ['robbery'], is24x7: true, status: 'temporarily closed' }), at('2026-03-04T17:30:00Z'))).toBe('closed');
  });
});

describe('nextChange', () => {
  it('finds the next closing and opening', () => {
    const la = referral({ id: 'la', categories: ['robbery'], timeZone: 'America/Los_Angeles', schedules: [weekdays] });
    expect(nextChange(la, at('2026-03-04T17:30:00Z'))).toEqual({ at: at('2026-03-05T01:00:00Z'), to: 'closed' });
    // Friday evening -> Monday 09:00
    expect(nextChange(la, at('2026-03-07T02:00:00Z'))).toEqual({ at: at('2026-03-09T16:00:00Z'), to: 'open' });
  });

  it('crosses the spring-forward gap', () => {
    const daily = referral({ id: 'd', categories: ['robbery'], timeZone: 'America/New_York', schedules: [{ opensAt: '09:00', closesAt: '17:00' }] });
    // Saturday 18:00 EST -> Sunday 09:00 EDT (13:00Z, not 14:00Z)
    expect(nextChange(daily, at('2026-03-07T23:00:00Z'))).toEqual({ at: at('2026-03-08T13:00:00Z'), to: 'open' });
    const nightly = referral({ id: 'n', categories: ['robbery'], timeZone: 'America/New_York', schedules: [{ opensAt: '22:00', closesAt: '02:30' }] });
    // 02:30 does not exist on 8 March; the shift ends when clocks read 03:30 EDT (07:30Z)
    expect(nextChange(nightly, at('2026-03-08T04:00:00Z'))).toEqual({ at: at('2026-03-08T07:30:00Z'), to: 'closed' });
  });

  it('is undefined for 24/7 and unknown hours', () => {
    expect(nextChange(referral({ id: 'a', categories: ['robbery'], is24x7: true }), at('2026-03-04T03:00:00Z'))).toBeUndefined();
    expect(nextChange(referral({ id: 'b', categories: ['robbery'] }), at('2026-03-04T03:00:00Z'))).toBeUndefined();
  });
});

describe('wallTimeToInstant', () => {
  it('takes the first of a repeated hour and moves a skipped one forward', () => {
    expect(wallTimeToInstant(2026, 11, 1, 90, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(wallTimeToInstant(2026, 3, 8, 150, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(wallTimeToInstant(2026, 7, 1, 600, 'Europe/London').toISOString()).toBe('2026-07-01T09:00:00.000Z');
  });
});
