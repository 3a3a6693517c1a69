import { describe, expect, it } from 'vitest';
import { loadEffectiveAdminOptions } from '../../../lib/extension/admin-storage';

const area = (items: Record<string, unknown>) => ({ get: async (key: string) => (key in items ? { [key]: items[key] } : {}), set: async () => {} });

describe('effective admin options', () => {
  const local = area({ 'vsp.adminOptions': { mappings: [{ match: 'LOCAL', kind: 'exact', category: 'robbery' }], siteRules: { 'https://rms.example': { incidentSelector: '#l' } }, teachTools: true } });

  it('are the local options when there is no policy (Firefox throws then)', async () => {
    const state = await loadEffectiveAdminOptions(local, { get: async () => Promise.reject(new Error('Managed storage manifest not found')) });
    expect(state.options.mappings.map((m) => m.match)).toEqual(['LOCAL']);
    expect(state.options.siteRules).toEqual({ 'https://rms.example': { incidentSelector: '#l' } });
    expect(state.options.teachTools).toBe(true);
    expect(state.locked).toEqual([]);
    expect(state.problems).toEqual([]);
  });

  it('take each field from policy when it sets it, lock it, and name bad policy values', async () => {
    const policy = {
      incidentMappings: [{ match: 'POLICY', kind: 'exact', category: 'elder-abuse-neglect' }, { match: 'Y', kind: 'exact', category: 'theft' }],
      rmsSites: [{ match: 'https://rms.harbor.example/*', caseNumberSelector: '#case' }, { match: 'https://*.cad.example/*', incidentSelector: '#n' }],
      retentionDays: 0,
      siteRules: {},
    };
    const state = await loadEffectiveAdminOptions(local, { get: async () => policy });
    expect(state.options.mappings.map((m) => m.match)).toEqual(['POLICY']);
    expect(state.options.siteRules).toEqual({ 'https://rms.harbor.example': { caseNumberSelector: '#case' } });
    expect(state.options.teachTools).toBe(true);
    expect(state.locked).toEqual(expect.arrayContaining(['incidentMappings', 'rmsSites']));
    expect(state.locked).not.toContain('teachTools');
    const paths = state.problems.map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['policy › incidentMappings[1].category', 'policy › retentionDays', 'policy › siteRules']));
  });
});
