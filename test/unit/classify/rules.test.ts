import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classify';
import { ids, top } from './helpers';

describe('precedence', () => {
  it('puts domestic wording before the assault it qualifies, with both reasons', () => {
    const result = classify({ text: 'DOM VIOL - BATTERY' });
    expect(result.map((c) => c.id)).toEqual(['domestic-family-violence', 'adult-physical-assault']);
    expect(result[0]?.why).toBe("'DOM VIOL' + 'BATTERY' in 'DOM VIOL - BATTERY'");
  });

  it('reads partner and family relationships as domestic when there is a harm', () => {
    expect(ids('ASSAULT BY EX-BOYFRIEND')[0]).toBe('domestic-family-violence');
    expect(ids('THREATS FROM HUSBAND')[0]).toBe('domestic-family-violence');
    expect(top('MARRY SPOUSE OF ANOTHER')).toBe('none');
  });

  it('puts spousal rape under domestic violence with sexual assault next', () => {
    expect(ids('RAPE OF SPOUSE')).toEqual(['domestic-family-violence', 'adult-sexual-assault']);
  });

  it('makes protective-order violations domestic unless stated otherwise', () => {
    expect(ids('VIOLATION OF PROTECTIVE ORDER')).toEqual(['domestic-family-violence', 'stalking-harassment']);
    expect(ids('COURT ORDER VIOLATION (NON DV)')).toEqual(['stalking-harassment']);
    expect(ids('VIOLATION OF STALKING NO CONTACT ORDER')[0]).toBe('stalking-harassment');
  });

  it('respects negation within the clause', () => {
    expect(ids('DISTURBANCE - DV - NO ASSAULT')).toEqual(['domestic-family-violence']);
    expect(ids('NON-INJURY COLLISION')).toEqual([]);
    expect(ids('CRIMINAL THREATS - NO WEAPON SEEN')).toEqual(['stalking-harassment']);
  });

  it('ranks threats with a weapon as an assault first', () => {
    expect(ids('THREATENING WITH A KNIFE')).toEqual(['adult-physical-assault', 'stalking-harassment']);
  });

  it('treats extortion as financial first, the threat second', () => {
    expect(ids('EXTORTION BY THREAT')[0]).toBe('identity-theft-fraud');
  });

  it('keeps "other" for crimes that fit no specific category', () => {
    expect(ids('THEFT OF BICYCLE')).toEqual(['other']);
    expect(ids('CRIMINAL DAMAGE TO VEHICLE')).toEqual(['other']);
    expect(ids('TRESPASS ON PRIVATE PROPERTY')).toEqual(['other']);
    expect(ids('THEFT FROM ELDERLY WOMAN')[0]).toBe('elder-abuse-neglect');
  });

  it('treats justifiable homicide as no victimization', () => {
    expect(ids('JUSTIFIABLE HOMICIDE - POLICE')).toEqual([]);
  });

  it('puts vehicular manslaughter under homicide and vehicular', () => {
    expect(ids('VEHICULAR MANSLAUGHTER')).toEqual(['homicide-survivors', 'other-vehicular']);
    expect(ids('DUI VEH MANSLAUGHTER')).toEqual(['homicide-survivors', 'dui-dwi', 'other-vehicular']);
  });
});

describe('child victims', () => {
  it.each([
    ['SEXUAL ASSAULT - VICTIM UNDER 14', 'child-sexual-abuse'],
    ['RAPE OF A 15 YEAR OLD', 'child-sexual-abuse'],
    ['LEWD ACT WITH CHILD', 'child-sexual-abuse'],
    ['ORAL COP:-16 YRS', 'child-sexual-abuse'],
    ['STATUTORY RAPE', 'child-sexual-abuse'],
    ['FONDLING - JUVENILE', 'child-sexual-abuse'],
    ['INDECENT EXPOSURE TO MINOR', 'child-sexual-abuse'],
    ['CHILD ABUSE', 'child-physical-abuse-neglect'],
    ['CHILD NEGLECT - NO FOOD IN HOME', 'child-physical-abuse-neglect'],
    ['CHILD ENDANGERMENT - DRUGS IN REACH', 'child-physical-abuse-neglect'],
    ['BATTERY ON A CHILD', 'child-physical-abuse-neglect'],
    ['CHILD PORNOGRAPHY - POSSESSION', 'child-pornography'],
    ['OBSCENE MATTER DEPICTING MINOR', 'child-pornography'],
    ['SHOWING OBSCENE MATERIAL TO A MINOR', 'child-sexual-abuse'],
  ])('%s -> %s', (text, expected) => {
    expect(top(text)).toBe(expected);
  });

  it('does not make a victim of a child mentioned in a non-victim offence', () => {
    expect(ids('SALE OF ALCOHOL TO MINOR')).toEqual([]);
    expect(ids('MISSING CHILD')).toEqual([]);
    expect(ids('RUNAWAY JUVENILE RETURNED')).toEqual([]);
    expect(ids('CHILD SUPPORT - NON PAYMENT')).toEqual([]);
    expect(ids('BATTERY OF AN UNBORN CHILD')).toEqual(['adult-physical-assault']);
  });

  it('recognises teen dating violence', () => {
    expect(ids('DATING VIOLENCE - VICTIM 16 YOA')).toEqual(['teen-dating', 'domestic-family-violence']);
  });

  it('puts custody offences under custodial kidnapping', () => {
    expect(top('INTERFERENCE WITH CUSTODY')).toBe('kidnapping-custodial');
    expect(top('CHILD ABDUCTION BY STRANGER')).toBe('kidnapping-noncustodial');
  });
});

describe('multi-label', () => {
  it('returns every victimization it recognises, best first, once each', () => {
    const result = ids('KIDNAPPING AND SEX TRAFFICKING OF A MINOR');
    expect(result).toContain('kidnapping-noncustodial');
    expect(result).toContain('human-trafficking-sex');
    expect(result).toContain('child-sexual-abuse');
    expect(new Set(result).size).toBe(result.length);
  });

  it('combines hate with the underlying crime', () => {
    expect(ids('HATE CRIME - ASSAULT')).toEqual(['hate-crime', 'adult-physical-assault']);
  });

  it('combines elder abuse with the financial crime', () => {
    expect(ids('FINANCIAL EXPLOITATION OF ELDER')).toEqual(['elder-abuse-neglect', 'identity-theft-fraud']);
  });
});

describe('no individual victim', () => {
  it.each([
    'TRAFFIC STOP',
    'TRAFFIC VIOLATION - SPEEDING',
    'WARRANT SERVICE',
    'NARCOTICS POSSESSION',
    'POSSESSION OF CONTROLLED SUBSTANCE',
    'ALARM - RESIDENTIAL BURGLARY',
    'PANIC ALARM - COMMERCIAL',
    'SEX OFFENDER REGISTRATION VIOLATION',
    'FAIL TO REGISTER AS SEX OFFENDER',
    'VIOLATION OF PAROLE',
    'ESCAPE FROM JAIL',
    'SUSPICIOUS VEHICLE',
    'WELFARE CHECK',
    'NOISE COMPLAINT - PARTY',
    'FALSE POLICE REPORT',
    'FOUND PROPERTY',
    'MEET THE OFFICER',
    'GAMBLING',
    'PROSTITUTION - SOLICITING',
    'LIQUOR LAW VIOLATION',
    'METHAMPHETAMINE TRAFFICKING',
    'OPEN BURNING WITHOUT PERMIT',
  ])('%s -> []', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('never calls sex-offender status offences a serious category', () => {
    expect(ids('SEX OFFENDER - PROHIBITED ZONE NEAR CHILDREN')).toEqual([]);
  });
});
