import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTemplateCsv } from '../../../lib/referrals/import-template-csv';
import { importHsdsCsv } from '../../../lib/referrals/import-hsds-csv';
import { publicFile } from './helpers';

const HEADER =
  'name,categories,service types,phone,text line,website,languages,hours,24/7,service area counties,service area ZIPs,time zone,notes,last verified';
const GOOD = 'Harbor Advocates,domestic violence; sexual assault,advocacy,503-555-0142,,https://example.org,English; Vietnamese,Mo-Fr 09:00-17:00; Sa 10:00-14:00,no,Harbor County,97201,America/Los_Angeles,,2026-03-01';
const now = new Date('2026-06-01T12:00:00Z');

function rowWith(column: number, value: string): string {
  const cells = GOOD.split(',');
  cells[column] = value;
  return cells.join(',');
}

describe('department template import', () => {
  it('imports the shipped template, whose examples are marked and fictional', () => {
    const text = publicFile('template.csv');
    expect(text.split('\n')[0]).toBe(HEADER);
    const preview = importTemplateCsv(text, { now });
    expect(preview.invalid).toEqual([]);
    expect(preview.valid).toHaveLength(2);
    for (const referral of preview.valid) {
      expect(referral.name).toMatch(/^EXAMPLE /);
      for (const phone of referral.phones.filter((p) => p.type === 'voice')) expect(phone.number).toMatch(/555-01\d\d/);
    }
    expect(preview.valid[0]).toMatchObject({ is24x7: true, serviceTypes: ['hotline', 'emergency-shelter', 'advocacy-court'] });
    expect(preview.valid[1]).toMatchObject({ servesAnyCrime: true, phones: [{ extension: '12' }] });
  });

  it('reads a good row', () => {
    const preview = importTemplateCsv(`${HEADER}\n${GOOD}\n`, { now });
    expect(preview.valid[0]).toMatchObject({
      id: 'tpl-harbor-advocates',
      categories: ['domestic-family-violence', 'adult-sexual-assault'],
      serviceTypes: ['advocacy-court'],
      languages: ['en', 'vi'],
      schedules: [
        { opensAt: '09:00', closesAt: '17:00', byday: 'MO,TU,WE,TH,FR' },
        { opensAt: '10:00', closesAt: '14:00', byday: 'SA' },
      ],
      timeZone: 'America/Los_Angeles',
      dateVerified: '2026-03-01',
    });
  });

  it.each([
    [3, '555-12', 'phone', "'555-12' is not a phone number"],
    [3, '555-0142', 'phone', 'add the area code'],
    [5, 'htp:/example', 'website', "'htp:/example' is not a web address"],
    [1, 'domestic violence; burglery', 'categories', "'burglery' is not a victimization category we know"],
    [2, 'teleportation', 'service types', "'teleportation' is not a service type"],
    [7, 'Mo-Fx 09:00-17:00', 'hours', "'Mo-Fx 09:00-17:00' is not opening hours"],
    [7, 'Mo-Fr 9-5', 'hours', 'is not opening hours'],
    [0, '', 'name', 'is empty'],
    [6, 'Klingon', 'languages', "'Klingon' is not a language we know"],
    [8, 'maybe', '24/7', 'should be yes or no'],
    [10, '9720', 'service area ZIPs', "'9720' is not a ZIP code"],
    [11, 'PST', 'time zone', "'PST' is not a time zone name"],
    [13, '31/31/2026', 'last verified', 'is not a date'],
    [13, '2027-01-01', 'last verified', 'is in the future'],
  ])('column %i = %j is an error on %s', (column, value, field, message) => {
    const preview = importTemplateCsv(`${HEADER}\n${GOOD}\n${rowWith(column, value)}\n`, { now });
    expect(preview.valid).toHaveLength(1);
    expect(preview.invalid).toHaveLength(1);
    expect(preview.invalid[0]!.row).toBe(3);
    expect(preview.invalid[0]!.errors).toContainEqual(expect.objectContaining({ row: 3, field }));
    expect(preview.invalid[0]!.errors.find((e) => e.field === field)!.message).toContain(message);
  });

  it('lists every problem in a row, not just the first', () => {
    const row = 'Bad,burglery,,555-12,,htp:/x,,,,,,,,';
    const preview = importTemplateCsv(`${HEADER}\n${row}\n`, { now });
    expect(preview.invalid[0]!.errors.map((e) => e.field)).toEqual(['categories', 'phone', 'website']);
  });

  it('reports a wrong column count on its row and keeps the others', () => {
    const preview = importTemplateCsv(`${HEADER}\n${GOOD}\nToo,many,cells,503-555-0100,,,,,,,,,,,extra,extra\n${GOOD.replace('Harbor', 'Cedar')}\n`, { now });
    expect(preview.valid).toHaveLength(2);
    expect(preview.invalid[0]).toMatchObject({ row: 3, errors: [{ field: 'row' }] });
    expect(preview.invalid[0]!.errors[0]!.message).toMatch(/row 3 has 16 values but the header has 14 columns: a value with a comma in it needs quotes/);
  });

  it('explains an unterminated quote', () => {
    const preview = importTemplateCsv(`${HEADER}\n${GOOD}\n"Broken,domestic violence,,503-555-0100,,,,,,,,,,\n${GOOD}\n`, { now });
    expect(preview.valid).toHaveLength(1);
    expect(preview.invalid[0]!.row).toBe(3);
    expect(preview.invalid[0]!.errors[0]!.message).toMatch(/never closed/);
  });

  it('names missing required columns', () => {
    const preview = importTemplateCsv('name,website\nX,https://example.org\n');
    expect(preview.fatal).toMatch(/missing the columns 'categories', 'phone'/);
    expect(importTemplateCsv('').fatal).toMatch(/empty/);
  });

  it('reads BOM, CRLF and semicolon-separated files from European Excel', () => {
    const row = 'Harbor Advocates;"domestic violence, sexual assault";advocacy;503-555-0142;;https://example.org;English;"Mo-Fr 09:00-17:00; Sa 10:00-14:00";no;Harbor County;97201;America/Los_Angeles;;2026-03-01';
    const text = `\uFEFF${HEADER.replaceAll(',', ';')}\r\n${row}\r\n`;
    const preview = importTemplateCsv(text, { now });
    expect(preview.invalid).toEqual([]);
    expect(preview.valid[0]?.name).toBe('Harbor Advocates');
    expect(preview.warnings.some((w) => /';' between values/.test(w.message))).toBe(true);
  });

  it('accepts header variants and the department default time zone', () => {
    const preview = importTemplateCsv('Service Name,Category,Phone Number,Hours\nX,elder abuse,503-555-0100,Mon-Fri 9am-5pm\n', { defaultTimeZone: 'America/Denver' });
    expect(preview.valid[0]).toMatchObject({ categories: ['elder-abuse-neglect'], timeZone: 'America/Denver', schedules: [{ opensAt: '09:00', closesAt: '17:00' }] });
  });

  it('keeps ids unique when two rows share a name', () => {
    const preview = importTemplateCsv(`${HEADER}\n${GOOD}\n${GOOD}\n`, { now });
    expect(preview.valid.map((r) => r.id)).toEqual(['tpl-harbor-advocates', 'tpl-harbor-advocates-2']);
  });

  it('never throws on random text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '\n', '\r', ' ', '5', '-', '\uFEFF', 'é'), maxLength: 200 }), (text) => {
        const preview = importTemplateCsv(`${HEADER}\n${text}`);
        expect(Array.isArray(preview.valid)).toBe(true);
        importTemplateCsv(text);
        importHsdsCsv({ 'services.csv': text });
      }),
      { numRuns: 300 },
    );
  });

  it('never silently drops a row (property): every data row is valid or listed invalid', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(GOOD, rowWith(3, '555-12'), rowWith(1, 'nonsense'), 'a,b,c'), { minLength: 1, maxLength: 12 }), (rows) => {
        const preview = importTemplateCsv(`${HEADER}\n${rows.join('\n')}\n`, { now });
        expect(preview.valid.length + preview.invalid.length).toBe(rows.length);
      }),
    );
  });
});
