import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classify';
import { ids, top } from './helpers';

describe('NIBRS offense and relationship codes', () => {
  it('reads a NIBRS code in the code field', () => {
    expect(top('', '13A')).toBe('adult-physical-assault');
    expect(top('', '64B')).toBe('human-trafficking-labor');
    expect(top('', '09C')).toBe('none');
  });

  it('turns an assault by an intimate partner into domestic violence', () => {
    const [first, second] = classify({ text: 'NIBRS 13B + relationship BG' });
    expect(first?.id).toBe('domestic-family-violence');
    expect(first?.why).toContain('NIBRS 13B');
    expect(first?.why).toContain('relationship BG');
    expect(first?.why).toContain('intimate partner');
    expect(second?.id).toBe('adult-physical-assault');
  });

  it('recognises relationship codes after the offense code and family relationships', () => {
    expect(ids('13A XS')).toEqual(['domestic-family-violence', 'adult-physical-assault']);
    expect(ids('', '13B/PA')).toEqual(['domestic-family-violence', 'adult-physical-assault']);
    expect(ids('11A SE')[0]).toBe('domestic-family-violence');
    expect(ids('09A', undefined)[0]).toBe('homicide-survivors');
  });

  it('does not read ordinary words or addresses as codes', () => {
    expect(ids('13B of the building')).toEqual(['adult-physical-assault']);
    expect(top('NOISE COMPLAINT APT 13B')).toBe('none');
  });
});

describe('statute citations', () => {
  it.each([
    ['273.5 PC', 'domestic-family-violence'],
    ['PC 243(e)(1)', 'domestic-family-violence'],
    ['261.5', 'child-sexual-abuse'],
    ['23152(A) VC', 'dui-dwi'],
    ['20001(A) VC', 'other-vehicular'],
    ['646.9 PC', 'stalking-harassment'],
    ['288(A) PC', 'child-sexual-abuse'],
    ['368(B)(1) PC', 'elder-abuse-neglect'],
    ['664/187(A) PC', 'adult-physical-assault'],
    ['300 W.I.C.', 'child-physical-abuse-neglect'],
    ['PC 22.01', 'adult-physical-assault'],
    ['TX PC §22.04', 'child-physical-abuse-neglect'],
    ['Tex. Penal Code 20A.02', 'human-trafficking-sex'],
    ['F.S. 784.03', 'adult-physical-assault'],
    ['784.048', 'stalking-harassment'],
    ['Fla. Stat. 827.03', 'child-physical-abuse-neglect'],
    ['720 ILCS 5/12-3.2', 'domestic-family-violence'],
    ['720-5/12-3.2', 'domestic-family-violence'],
    ['720 ILCS 5/12-7.3', 'stalking-harassment'],
    ['PL 120.00', 'adult-physical-assault'],
    ['130.35', 'adult-sexual-assault'],
    ['NYPL 135.45', 'kidnapping-custodial'],
    ['18 USC 1591', 'human-trafficking-sex'],
    ['18 2252A(A)(5) US', 'child-pornography'],
  ])('%s -> %s', (citation, expected) => {
    expect(top(citation)).toBe(expected);
  });

  it('names the statute in the reason', () => {
    const [first] = classify({ text: 'BATTERY', code: '273.5 PC' });
    expect(first?.id).toBe('domestic-family-violence');
    expect(first?.why).toContain('Cal. Penal Code 273.5 (corporal injury to spouse/cohabitant)');
  });

  it('treats offender registration as no victim, whatever the section text says', () => {
    expect(ids('290 VIOL: SEXUAL GRATIFICATION')).toEqual([]);
    expect(ids('FAIL TO REGISTER', '290.018(B) PC')).toEqual([]);
  });

  it('keeps decimal sections distinct from their integer part', () => {
    expect(top('', '246.3 PC')).toBe('none'); // negligent discharge, not 246 shooting at a dwelling
    expect(top('', '459.5 PC')).toBe('other'); // shoplifting, not burglary
  });
});

describe('CAD call types', () => {
  it.each([
    ['415DV', 'domestic-family-violence'],
    ['245DV', 'domestic-family-violence'],
    ['ASLT-DV', 'domestic-family-violence'],
    ['--DV - VERBAL ARGUMENT', 'domestic-family-violence'],
    ['DVIP', 'domestic-family-violence'],
    ['242 BATTERY JUST OCCURRED', 'adult-physical-assault'],
    ['245 SUSP GONE', 'adult-physical-assault'],
    ['261 REPORT', 'adult-sexual-assault'],
    ['288', 'child-sexual-abuse'],
    ['187-SUSP', 'homicide-survivors'],
    ['459 IN PROGRESS', 'burglary'],
  ])('%s -> %s', (text, expected) => {
    expect(top(text)).toBe(expected);
  });

  it('uses 10-16 as domestic, with lower confidence and a caveat in the reason', () => {
    const [first] = classify({ text: '10-16 AT LOCATION' });
    expect(first?.id).toBe('domestic-family-violence');
    expect(first?.confidence).toBeLessThan(0.7);
    expect(first?.why).toMatch(/codes vary by agency/);
  });

  it('reads a CAD code only when there is no description to go by', () => {
    expect(top('', '245DV')).toBe('domestic-family-violence');
    expect(top('', '187')).toBe('homicide-survivors');
    // Another agency's numbering: the description decides.
    expect(top('PUBLIC PEACE VIOLATION - RECKLESS CONDUCT', '470')).toBe('none');
  });

  it('does not treat suffixed alarm and casing calls as crimes', () => {
    expect(ids('ROBBERY ALARM', '211A')).toEqual([]);
    expect(ids('BURGLARY CASER', '459C')).toEqual([]);
  });
});
