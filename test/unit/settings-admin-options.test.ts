import { describe, expect, it } from 'vitest';
import { parseAdminOptions, toPolicyFragment } from '../../lib/settings/admin-options';
import { departmentSettingsSchema } from '../../lib/settings/schema';
import { effectiveSiteRule, siteRuleFor } from '../../lib/settings/site-rules';

describe('admin options', () => {
  it('keeps what is valid and reports each problem with its path', () => {
    const { options, problems } = parseAdminOptions({
      mappings: [
        { match: 'DVX', kind: 'exact', category: 'domestic-family-violence' },
        { match: '([a-z', kind: 'pattern', category: 'robbery' },
        { match: 'Y', kind: 'exact', category: 'theft' },
      ],
      siteRules: { 'https://rms.example': { incidentSelector: '#t' }, 'not an origin': { incidentSelector: '#x' }, 'https://b.example': { evil: 1 } },
      teachTools: 'yes',
    });
    expect(options.mappings).toEqual([{ match: 'DVX', kind: 'exact', category: 'domestic-family-violence' }]);
    expect(options.siteRules).toEqual({ 'https://rms.example': { incidentSelector: '#t' } });
    expect(options.teachTools).toBe(false);
    const paths = problems.map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['mappings[1].match', 'mappings[2].category', 'siteRules.not an origin', 'teachTools']));
    expect(paths.some((path) => path.startsWith('siteRules.https://b.example'))).toBe(true);
  });

  it('treats nothing stored as the defaults, and junk as one problem', () => {
    expect(parseAdminOptions(undefined)).toEqual({ options: { mappings: [], siteRules: {}, teachTools: false }, problems: [] });
    expect(parseAdminOptions('x').problems).toHaveLength(1);
  });

  it('exports a fragment that is a valid department policy', () => {
    const fragment = toPolicyFragment({
      mappings: [{ match: 'XYZ-(7|8)', kind: 'pattern', category: 'elder-abuse-neglect' }],
      siteRules: { 'http://127.0.0.1:5174': { incidentSelector: 'input[id$="_txtIncType"]', caseNumberSelector: '#case' } },
    });
    expect(departmentSettingsSchema.safeParse(JSON.parse(fragment)).success).toBe(true);
  });

  it('exports mappings and site rules as a policy fragment', () => {
    const fragment = JSON.parse(toPolicyFragment({ mappings: [{ match: 'A', kind: 'exact', category: 'robbery' }], siteRules: { 'https://r.example': { incidentSelector: '#a' } } }));
    expect(fragment).toEqual({ incidentMappings: [{ match: 'A', kind: 'exact', category: 'robbery' }], rmsSites: [{ match: 'https://r.example/*', incidentSelector: '#a' }] });
  });
});

describe('siteRuleFor (content script side)', () => {
  const stored = { siteRules: { 'https://rms.example': { incidentSelector: '#t', caseNumberSelector: 42 }, 'http://localhost:8080': { incidentSelector: '#l' } } };
  it('finds the rule of the page origin, ignoring odd values', () => {
    expect(siteRuleFor(stored, 'https://rms.example/reports/1?x')).toEqual({ incidentSelector: '#t' });
    expect(siteRuleFor(stored, 'http://localhost:8080/a')).toEqual({ incidentSelector: '#l' });
    expect(siteRuleFor(stored, 'https://other.example/')).toBeUndefined();
    expect(siteRuleFor(null, 'https://rms.example/')).toBeUndefined();
    expect(siteRuleFor(stored, 'not a url')).toBeUndefined();
  });
});

describe('effectiveSiteRule', () => {
  const local = { siteRules: { 'https://rms.example': { incidentSelector: '#local' } } };
  it('uses the local rule when policy does not set rmsSites', () => {
    expect(effectiveSiteRule({}, local, 'https://rms.example/a')).toEqual({ incidentSelector: '#local' });
    expect(effectiveSiteRule(undefined, local, 'https://rms.example/a')).toEqual({ incidentSelector: '#local' });
  });
  it('lets policy rmsSites win as a whole, with wildcard subdomains and ports', () => {
    const policy = { rmsSites: [{ match: 'https://*.harbor.example/*', incidentSelector: '#policy' }, { match: 'http://127.0.0.1:5174/*', caseNumberSelector: '#case' }] };
    expect(effectiveSiteRule(policy, local, 'https://rms.harbor.example/x')).toEqual({ incidentSelector: '#policy' });
    expect(effectiveSiteRule(policy, local, 'https://harbor.example/x')).toEqual({ incidentSelector: '#policy' });
    expect(effectiveSiteRule(policy, local, 'http://127.0.0.1:5174/r')).toEqual({ caseNumberSelector: '#case' });
    expect(effectiveSiteRule(policy, local, 'http://127.0.0.1:9999/r')).toBeUndefined();
    expect(effectiveSiteRule(policy, local, 'https://rms.example/a')).toBeUndefined();
    expect(effectiveSiteRule(policy, local, 'https://evilharbor.example/a')).toBeUndefined();
  });
});
