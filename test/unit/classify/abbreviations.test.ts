import { describe, expect, it } from 'vitest';
import { ids, top } from './helpers';

describe('police abbreviations and shorthand', () => {
  it.each([
    ['ADW W/ GBI ON VICTIM', 'adult-physical-assault'],
    ['AGG BATT - STRONG ARM', 'adult-physical-assault'],
    ['CRPL INJ SPOUS/COHAB', 'domestic-family-violence'],
    ['LEWD ACT W/ JUV U/14', 'child-sexual-abuse'],
    ['SEX ASLT ON MNR', 'child-sexual-abuse'],
    ['INJ TO CHLD - BRUISES', 'child-physical-abuse-neglect'],
    ['ELDER ABUSE - FINANCIAL', 'elder-abuse-neglect'],
    ['DEPENDENT ADULT NEGLECT BY CARETAKER', 'elder-abuse-neglect'],
    ['KIDNAP FOR RANSOM', 'kidnapping-noncustodial'],
    ['TRAFFICKING OF MINOR FOR PROSTITUTION', 'human-trafficking-sex'],
    ['PIMP/PANDER', 'human-trafficking-sex'],
    ['STALK - CYBER', 'stalking-harassment'],
    ['HARASS BY PHONE', 'stalking-harassment'],
    ['THREAT TO KILL', 'stalking-harassment'],
    ['VIOL ORD - PROTECTIVE', 'domestic-family-violence'],
    ['RESTR ORDER VIOL', 'domestic-family-violence'],
    ['IDENT THEFT - BANK ACCT', 'identity-theft-fraud'],
    ['FRAUD - CC', 'identity-theft-fraud'],
    ['FORGERY OF CHECKS', 'identity-theft-fraud'],
    ['EMBEZZ BY EMPLOYEE', 'identity-theft-fraud'],
    ['EXTORT - SOCIAL MEDIA', 'identity-theft-fraud'],
    ['ROB - STRONG ARM', 'robbery'],
    ['BURG - RES', 'burglary'],
    ['ARSON - VEH', 'arson'],
    ['DUI - ALCOHOL', 'dui-dwi'],
    ['H&R W/ INJ', 'other-vehicular'],
    ['HIT & RUN - PED STRUCK', 'other-vehicular'],
    ['HATE - GRAFFITI ON SYNAGOGUE', 'hate-crime'],
    ['BIAS-MOTIVATED ASLT', 'hate-crime'],
    ['TERROR THREAT', 'stalking-harassment'],
    ['CRIM THREATS', 'stalking-harassment'],
  ])('%s -> %s', (text, expected) => {
    expect(top(text)).toBe(expected);
  });

  it('reads misspelt call types', () => {
    expect(top('DOMESTC ASAULT')).toBe('domestic-family-violence');
    expect(top('HARRASMENT')).toBe('stalking-harassment');
    expect(top('BURGALRY - VEHICLE')).toBe('burglary');
    expect(top('HOMOCIDE')).toBe('homicide-survivors');
    expect(top('SEXAUL ASSAULT')).toBe('adult-sexual-assault');
  });

  it('does not read "minor injury" as a child victim', () => {
    expect(ids('BATTERY - HANDS, FEET - MINOR INJURY')).toEqual(['adult-physical-assault']);
    expect(top('MINOR INJURY COLLISION')).toBe('other-vehicular');
  });

  it('does not read "assault weapon" possession as an assault', () => {
    expect(top('POSS OF ASSAULT WEAPON')).toBe('none');
  });
});

describe('Spanish terms', () => {
  it.each([
    ['Violencia doméstica', 'domestic-family-violence'],
    ['violencia intrafamiliar con lesiones', 'domestic-family-violence'],
    ['Agresión sexual', 'adult-sexual-assault'],
    ['Violación', 'adult-sexual-assault'],
    ['Abuso sexual de menor', 'child-sexual-abuse'],
    ['Maltrato infantil', 'child-physical-abuse-neglect'],
    ['Robo con violencia', 'robbery'],
    ['Secuestro exprés', 'kidnapping-noncustodial'],
    ['Trata de personas con fines laborales', 'human-trafficking-sex'],
    ['Acoso por mensajes', 'stalking-harassment'],
    ['Acoso escolar', 'bullying'],
    ['Amenazas con arma', 'adult-physical-assault'],
    ['Homicidio culposo', 'homicide-survivors'],
    ['Fraude bancario', 'identity-theft-fraud'],
    ['Incendio provocado', 'arson'],
    ['Allanamiento de morada', 'burglary'],
  ])('%s -> %s', (text, expected) => {
    expect(top(text)).toBe(expected);
  });

  it('reads "violación de orden de protección" as an order violation, not a rape', () => {
    expect(ids('Violación de orden de protección')).toEqual(['domestic-family-violence', 'stalking-harassment']);
  });
});

describe('UK offences', () => {
  it.each([
    ['ABH', 'adult-physical-assault'],
    ['GBH s.18 wounding with intent', 'adult-physical-assault'],
    ['Assault occasioning actual bodily harm', 'adult-physical-assault'],
    ['Controlling or coercive behaviour in an intimate relationship', 'domestic-family-violence'],
    ['Modern slavery', 'human-trafficking-labor'],
    ['Rape of a child under 13', 'child-sexual-abuse'],
    ['Making indecent images of children', 'child-pornography'],
    ['Causing death by dangerous driving', 'homicide-survivors'],
  ])('%s -> %s', (text, expected) => {
    expect(top(text)).toBe(expected);
  });
});
