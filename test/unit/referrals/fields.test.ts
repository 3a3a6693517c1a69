import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHours } from '../../../lib/referrals/hours';
import { parseLanguage } from '../../../lib/referrals/languages';
import { parsePhone, parseTextLine } from '../../../lib/referrals/phone';
import { interpretTerm } from '../../../lib/referrals/vocabulary';
import { parseWebAddress } from '../../../lib/referrals/web-address';

describe('parsePhone', () => {
  it.each([
    ['1-800-799-7233', '+18007997233'],
    ['(503) 555-0142', '+15035550142'],
    ['503.555.0142 ext. 12', '+15035550142'],
    ['1-800-799-SAFE', '+18007997233'],
    ['+44 20 7008 0151', '+442070080151'],
    ['0808 2000 247', '08082000247'],
    ['08 08 16 89 111', '08081689111'],
    ['0800 1111', '08001111'],
    ['116 123', '116123'],
    ['988', '988'],
    ['711', '711'],
  ])('accepts %s', (input, dial) => {
    const parsed = parsePhone(input);
    expect(parsed.ok && parsed.value.dial).toBe(dial);
  });

  it('reads extensions', () => {
    const parsed = parsePhone('503-555-0142 x204');
    expect(parsed.ok && parsed.value.extension).toBe('204');
  });

  it.each(['555-12', '12345', '555-0142', 'call us', '0000', '+0 123', '1-800-799-7233-99', '555'])('rejects %s', (input) => {
    expect(parsePhone(input).ok).toBe(false);
  });

  it('accepts SMS short codes only for text lines', () => {
    expect(parsePhone('741741').ok).toBe(false);
    expect(parseTextLine('741741').ok).toBe(true);
    const start = parseTextLine('Text START to 88788');
    expect(start.ok && start.value).toMatchObject({ keyword: 'START', dial: '88788' });
    expect(parseTextLine('555-12').ok).toBe(false);
  });

  it('never throws (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parsePhone(s);
        parseTextLine(s);
      }),
    );
  });
});

describe('parseHours', () => {
  it('reads the template forms', () => {
    expect(parseHours('24/7')).toEqual({ ok: true, is24x7: true, schedules: [] });
    expect(parseHours('Mo-Fr 09:00-17:00; Sa 10:00-14:00')).toMatchObject({ ok: true, schedules: [{ byday: 'MO,TU,WE,TH,FR' }, { byday: 'SA', opensAt: '10:00' }] });
    expect(parseHours('Fr-Mo 22:00-02:00')).toMatchObject({ schedules: [{ byday: 'MO,FR,SA,SU', opensAt: '22:00', closesAt: '02:00' }] });
    expect(parseHours('Mon, Wed 9am-12:30pm, 1pm-5pm')).toMatchObject({ schedules: [{ byday: 'MO,WE', closesAt: '12:30' }, { opensAt: '13:00', closesAt: '17:00' }] });
    expect(parseHours('daily 08:00-20:00')).toMatchObject({ schedules: [{ opensAt: '08:00' }] });
  });

  it.each(['Mo-Fx 09:00-17:00', 'Mo-Fr 25:00-26:00', 'weekdays', 'Mo-Fr 9-5'])('rejects %s with an example', (input) => {
    const parsed = parseHours(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain("'Mo-Fr 09:00-17:00; Sa 10:00-14:00' or '24/7'");
  });
});

describe('vocabulary', () => {
  it('maps taxonomy terms and plain words, longest phrase first', () => {
    expect(interpretTerm('Domestic Violence Shelter')).toEqual({ categories: ['domestic-family-violence'], anyCrime: false, serviceTypes: ['emergency-shelter'] });
    expect(interpretTerm('Sexual Assault Counseling')).toMatchObject({ categories: ['adult-sexual-assault'], serviceTypes: ['counselling-support'] });
    expect(interpretTerm('Crime Victim Compensation')).toMatchObject({ anyCrime: true, serviceTypes: ['compensation'] });
    expect(interpretTerm('Legal Aid')).toMatchObject({ serviceTypes: ['legal-aid-protective-orders'] });
    expect(interpretTerm('child sexual abuse').categories).toEqual(['child-sexual-abuse']);
    expect(interpretTerm('Child Abuse').categories).toEqual(['child-physical-abuse-neglect', 'child-sexual-abuse']);
    expect(interpretTerm('elder-abuse-neglect').categories).toEqual(['elder-abuse-neglect']);
    expect(interpretTerm('parking')).toEqual({ categories: [], anyCrime: false, serviceTypes: [] });
  });
});

describe('languages and web addresses', () => {
  it('reads names and codes', () => {
    expect(parseLanguage('Vietnamese')).toEqual({ ok: true, value: 'vi' });
    expect(parseLanguage('zh-hant')).toEqual({ ok: true, value: 'zh-Hant' });
    expect(parseLanguage('ASL')).toEqual({ ok: true, value: 'ase' });
    expect(parseLanguage('Englsh').ok).toBe(false);
  });

  it('accepts http(s) and bare hosts only', () => {
    expect(parseWebAddress('example.org/x')).toEqual({ ok: true, value: 'https://example.org/x' });
    expect(parseWebAddress('javascript:alert(1)').ok).toBe(false);
    expect(parseWebAddress('ftp://example.org').ok).toBe(false);
    expect(parseWebAddress('https://exa mple.org').ok).toBe(false);
  });
});
