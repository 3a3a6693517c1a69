import { describe, expect, it } from 'vitest';
import { classify, departmentMappingSchema, type DepartmentMapping } from '../../../lib/classify';
import { ids } from './helpers';

describe('department mappings', () => {
  const mappings: DepartmentMapping[] = [
    { match: 'dvx', kind: 'exact', category: 'domestic-family-violence', note: 'DVX = domestic, our CAD' },
    { match: '^Z-?9\\d$', kind: 'pattern', category: 'elder-abuse-neglect' },
  ];

  it('win over the built-in rules and come first', () => {
    const result = classify({ text: 'ASSAULT', code: ' DvX ' }, { mappings });
    expect(result.map((c) => c.id)).toEqual(['domestic-family-violence', 'adult-physical-assault']);
    expect(result[0]?.why).toBe('department mapping: DVX = domestic, our CAD');
    expect(result[0]?.confidence).toBe(1);
  });

  it('match patterns case-insensitively against text or code', () => {
    expect(ids('welfare check', 'z-91', { mappings })).toEqual(['elder-abuse-neglect']);
    expect(ids('Z93', undefined, { mappings })).toEqual(['elder-abuse-neglect']);
  });

  it('replace a built-in result for the same category instead of repeating it', () => {
    const result = classify({ text: 'DVX' }, { mappings });
    expect(result.filter((c) => c.id === 'domestic-family-violence')).toHaveLength(1);
  });

  it('report an invalid regular expression with a clear message', () => {
    const parsed = departmentMappingSchema.safeParse({ match: '([a-z', kind: 'pattern', category: 'robbery' });
    expect(parsed.success).toBe(false);
    const message = parsed.error?.issues[0]?.message ?? '';
    expect(message).toMatch(/invalid regular expression/);
    expect(parsed.error?.issues[0]?.path).toEqual(['match']);
  });

  it('reject unknown categories and empty matches', () => {
    expect(departmentMappingSchema.safeParse({ match: 'X', kind: 'exact', category: 'theft' }).success).toBe(false);
    expect(departmentMappingSchema.safeParse({ match: '  ', kind: 'exact', category: 'robbery' }).success).toBe(false);
    expect(departmentMappingSchema.safeParse({ match: 'ROB*', kind: 'pattern', category: 'robbery', note: 'n' }).success).toBe(true);
  });

  it('skip an invalid regular expression at classification time instead of throwing', () => {
    const bad = [{ match: '(((', kind: 'pattern', category: 'robbery' }] as DepartmentMapping[];
    expect(ids('BATTERY', undefined, { mappings: bad })).toEqual(['adult-physical-assault']);
  });
});
