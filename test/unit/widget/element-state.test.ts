import { describe, expect, it } from 'vitest';
import { attributesOf, widgetLanguage, withJurisdiction } from '../../../lib/widget/element-state';

describe('widget element state', () => {
  it('lets the jurisdiction attribute override config, leaving invalid configs to be reported', () => {
    expect(withJurisdiction({ jurisdiction: 'US-OR', retentionDays: 30 }, 'US-CA')).toEqual({ jurisdiction: 'US-CA', retentionDays: 30 });
    expect(withJurisdiction(undefined, 'US-CA')).toEqual({ jurisdiction: 'US-CA' });
    expect(withJurisdiction({ jurisdiction: 'US-OR' }, null)).toEqual({ jurisdiction: 'US-OR' });
    expect(withJurisdiction('nonsense', 'US-CA')).toBe('nonsense');
  });

  it('picks en or es for the officer', () => {
    expect(widgetLanguage('es', 'en')).toBe('es');
    expect(widgetLanguage(null, 'es-MX')).toBe('es');
    expect(widgetLanguage('fr', 'es')).toBe('en');
    expect(widgetLanguage('', undefined)).toBe('en');
  });

  it('drops empty attributes', () => {
    const values: Record<string, string> = { 'incident-type': 'DOM VIOL', 'incident-code': '', 'case-number': '26-1' };
    expect(attributesOf((name) => values[name] ?? null)).toEqual({ incidentType: 'DOM VIOL', caseNumber: '26-1' });
  });
});
