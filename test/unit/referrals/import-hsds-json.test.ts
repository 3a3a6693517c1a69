import { describe, expect, it } from 'vitest';
import { importHsdsJson } from '../../../lib/referrals/import-hsds-json';
import { toReferralView } from '../../../lib/referrals/referral-view';
import { fixture } from './helpers';

const services = JSON.parse(fixture('hsds-services.json')) as Record<string, unknown>[];

function withChange(index: number, change: Record<string, unknown>) {
  return services.map((s, i) => (i === index ? { ...s, ...change } : s));
}

describe('HSDS JSON import', () => {
  it('imports nested /services objects into normalised referrals', () => {
    const preview = importHsdsJson(fixture('hsds-services.json'));
    expect(preview.fatal).toBeUndefined();
    expect(preview.invalid).toEqual([]);
    expect(preview.valid).toHaveLength(2);
    const [harbor, centro] = preview.valid;
    expect(harbor).toMatchObject({
      id: 'svc-harbor-house',
      categories: ['domestic-family-violence'],
      serviceTypes: expect.arrayContaining(['emergency-shelter', 'hotline']),
      is24x7: true,
      timeZone: 'America/Los_Angeles',
      languages: ['en', 'es'],
      organization: { id: 'org-harbor', name: 'Harbor Family Services', url: 'https://example.org' },
      serviceArea: { counties: ['Harbor County'], postalCodes: ['97201'], national: false },
      dateVerified: '2026-02-01',
    });
    expect(harbor!.phones[1]).toMatchObject({ number: '555010', type: 'text' });
    expect(centro).toMatchObject({
      url: 'https://www.example.org/centro',
      categories: expect.arrayContaining(['adult-sexual-assault', 'child-physical-abuse-neglect', 'child-sexual-abuse']),
      serviceTypes: expect.arrayContaining(['counselling-support', 'advocacy-court']),
      schedules: [{ opensAt: '09:00', closesAt: '17:00', byday: 'MO,TU,WE,TH,FR', timezone: 'America/Los_Angeles' }],
      languages: ['es', 'vi'],
    });
    expect(centro!.phones[0]).toMatchObject({ number: '503-555-0111', extension: '204' });
  });

  it('accepts a paginated response and a list of pages', () => {
    const page = { total_items: 2, total_pages: 1, page_number: 1, size: 50, contents: services };
    expect(importHsdsJson(JSON.stringify(page)).valid).toHaveLength(2);
    expect(importHsdsJson([{ contents: [services[0]] }, { contents: [services[1]] }]).valid).toHaveLength(2);
    const partial = importHsdsJson({ total_items: 230, total_pages: 5, page_number: 1, contents: services });
    expect(partial.warnings[0]?.message).toMatch(/page 1 of 5/);
  });

  it('never stores or shows a shelter street address', () => {
    const preview = importHsdsJson(services);
    const harbor = preview.valid[0]!;
    expect(JSON.stringify(harbor)).not.toContain('Secret Lane');
    expect(harbor.locations[0]).toMatchObject({ confidential: true, latitude: 45.51, longitude: -122.68 });
    expect(preview.warnings.some((w) => /street address of confidential location/.test(w.message))).toBe(true);
    const view = toReferralView(harbor);
    expect(view.locations[0]).toEqual({ name: 'Harbor House', city: 'Harborview', region: 'OR', confidential: true });
    // A non-shelter keeps its street address for display.
    expect(toReferralView(preview.valid[1]!).locations[0]?.street).toBe('9 Main St');
  });

  it('honours an explicit confidential flag on any location', () => {
    const location = { id: 'l', name: 'Safe place', confidential: true, addresses: [{ address_1: '1 Hidden Rd', city: 'X', postal_code: 'SW1A 1AA' }] };
    const preview = importHsdsJson(withChange(1, { service_at_locations: [{ id: 's', location }] }));
    const view = toReferralView(preview.valid[1]!);
    expect(JSON.stringify(view)).not.toMatch(/Hidden Rd|SW1A/);
  });

  it.each([
    ['bad phone', { phones: [{ number: '555-12', type: 'voice' }] }, 'phones[0].number', "'555-12' is not a phone number"],
    ['bad URL', { url: 'htp:/example' }, 'url', "'htp:/example' is not a web address"],
    ['unknown category', { victimization_categories: ['burglery'] }, 'victimization_categories', "'burglery' is not a victimization category"],
    ['bad hours', { schedules: [{ opens_at: '25:00', closes_at: '17:00', byday: 'MO' }] }, 'schedules[0].opens_at', "'25:00' is not a time"],
    ['bad byday', { schedules: [{ opens_at: '09:00', closes_at: '17:00', byday: 'MO,XX' }] }, 'schedules[0].byday', "'XX' is not a day"],
    ['bad time zone', { timezone: 'PST' }, 'timezone', "'PST' is not a time zone name"],
    ['missing name', { name: '' }, 'name', 'is missing'],
    ['no contact', { phones: [], url: undefined, email: undefined }, 'phones', 'has no phone, web address or email'],
  ])('lists a service with a %s as invalid, with the field and a message', (_label, change, field, message) => {
    const preview = importHsdsJson(withChange(1, change));
    expect(preview.valid.map((r) => r.id)).toEqual(['svc-harbor-house']);
    expect(preview.invalid).toHaveLength(1);
    expect(preview.invalid[0]!.row).toBe(2);
    const error = preview.invalid[0]!.errors.find((e) => e.field === field);
    expect(error?.message).toContain(message);
  });

  it('rejects a service nothing can be recognised in, rather than hiding it', () => {
    const preview = importHsdsJson([{ id: 'x', name: 'Springfield Office', url: 'https://example.org', taxonomy_terms: [{ name: 'parking' }] }]);
    expect(preview.invalid[0]?.errors[0]).toMatchObject({ field: 'categories' });
  });

  it('flags duplicate ids on the second occurrence', () => {
    const preview = importHsdsJson([services[0], services[0]]);
    expect(preview.valid).toHaveLength(1);
    expect(preview.invalid[0]?.errors[0]?.message).toMatch(/already used by row 1/);
  });

  it('explains files that are not HSDS JSON', () => {
    expect(importHsdsJson('<html>').fatal).toMatch(/not JSON/);
    expect(importHsdsJson('{"foo": 1}').fatal).toMatch(/not an HSDS service list/);
  });

  it('warns about numeric UTC offsets instead of guessing daylight saving', () => {
    const preview = importHsdsJson(withChange(1, { schedules: [{ opens_at: '09:00', closes_at: '17:00', timezone: -8 }] }));
    expect(preview.warnings.some((w) => /UTC offset -8/.test(w.message))).toBe(true);
  });
});
