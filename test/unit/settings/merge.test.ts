import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings } from '../../../lib/settings';

const pathsOf = (problems: { path: string }[]) => problems.map((problem) => problem.path);

describe('mergeSettings', () => {
  it('gives the bundled defaults when nothing is set', () => {
    const { settings, lockedPaths, problems } = mergeSettings({});
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.retentionDays).toBe(30);
    expect(settings.idleLockMinutes).toBe(30);
    expect(settings.pinRequired).toBe(false);
    expect(settings.features).toEqual({ readAloud: true, print: true, insertIntoReport: true });
    expect(settings.victimLiaison).toBeUndefined();
    expect(settings.jurisdiction).toBeUndefined();
    expect(lockedPaths.size).toBe(0);
    expect(problems).toEqual([]);
  });

  it('takes each field from policy, then local options, then defaults', () => {
    const { settings, sources } = mergeSettings({
      policy: { retentionDays: 7, jurisdiction: 'US-CA' },
      local: { retentionDays: 90, idleLockMinutes: 10, jurisdiction: 'GB-ENG', teachTools: true },
    });
    expect(settings.retentionDays).toBe(7);
    expect(settings.jurisdiction).toBe('US-CA');
    expect(settings.idleLockMinutes).toBe(10);
    expect(settings.teachTools).toBe(true);
    expect(settings.pinRequired).toBe(false);
    expect(sources).toMatchObject({ retentionDays: 'policy', idleLockMinutes: 'local', pinRequired: 'default' });
  });

  it('locks exactly the top-level fields policy sets validly', () => {
    const { lockedPaths } = mergeSettings({
      policy: { retentionDays: 7, features: { print: false }, idleLockMinutes: 9999 },
      local: { pinRequired: true },
    });
    expect([...lockedPaths].sort()).toEqual(['features', 'retentionDays']);
  });

  it('fills a partial features object from the defaults, not from local options', () => {
    const { settings } = mergeSettings({ policy: { features: { print: false } }, local: { features: { readAloud: false } } });
    expect(settings.features).toEqual({ readAloud: true, print: false, insertIntoReport: true });
  });

  it('ignores invalid policy fields with path and message, and applies the rest', () => {
    const { settings, problems, lockedPaths } = mergeSettings({
      policy: {
        retentionDays: 5000,
        idleLockMinutes: 2.5,
        handoutQrUrl: 'http://insecure.example/help',
        jurisdiction: 'California',
        pinRequired: 'yes',
        victimLiaison: { name: 'Desk' },
        languages: ['en', 'not a tag!', 'es'],
        rmsSites: [{ match: 'https://rms.harbor.example/*' }, { match: 'rms.harbor.example' }],
        incidentMappings: [{ match: '([a', kind: 'pattern', category: 'robbery' }, { match: 'DV', kind: 'exact', category: 'domestic-family-violence' }],
        teachTools: true,
      },
      local: { retentionDays: 60 },
    });
    expect(settings.retentionDays).toBe(60);
    expect(settings.idleLockMinutes).toBe(30);
    expect(settings.handoutQrUrl).toBeUndefined();
    expect(settings.pinRequired).toBe(false);
    expect(settings.victimLiaison).toBeUndefined();
    expect(settings.languages).toEqual(['en', 'es']);
    expect(settings.rmsSites).toEqual([{ match: 'https://rms.harbor.example/*' }]);
    expect(settings.incidentMappings).toEqual([{ match: 'DV', kind: 'exact', category: 'domestic-family-violence' }]);
    expect(settings.teachTools).toBe(true);
    expect(problems.every((problem) => problem.source === 'policy' && problem.message.length > 0)).toBe(true);
    expect(pathsOf(problems)).toEqual(
      expect.arrayContaining(['retentionDays', 'idleLockMinutes', 'handoutQrUrl', 'jurisdiction', 'pinRequired', 'victimLiaison', 'languages[1]', 'rmsSites[1].match', 'incidentMappings[0].match']),
    );
    expect(problems.find((problem) => problem.path === 'retentionDays')!.message).toMatch(/3650/);
    expect(lockedPaths.has('retentionDays')).toBe(false);
    expect(lockedPaths.has('languages')).toBe(true);
  });

  it('reports unknown policy keys, with a hint for renamed and miscapitalised ones, and ignores them', () => {
    const { problems, settings } = mergeSettings({ policy: { retentiondays: 7, siteRules: {}, colour: 'blue', pinRequired: true } });
    expect(settings.pinRequired).toBe(true);
    expect(settings.retentionDays).toBe(30);
    expect(problems).toEqual([
      { source: 'policy', path: 'retentiondays', message: expect.stringContaining('"retentionDays"') },
      { source: 'policy', path: 'siteRules', message: expect.stringContaining('rmsSites') },
      { source: 'policy', path: 'colour', message: 'unknown setting, ignored' },
    ]);
  });

  it('never throws on junk and reports a policy that is not an object', () => {
    for (const junk of ['x', 42, [], true]) {
      const merged = mergeSettings({ policy: junk, local: junk });
      expect(merged.settings).toEqual(DEFAULT_SETTINGS);
      expect(merged.problems.map((problem) => problem.source)).toEqual(['policy', 'local']);
    }
  });

  it('reads options saved by the options page under their first names', () => {
    const { settings, problems } = mergeSettings({
      local: { mappings: [{ match: 'DVX', kind: 'exact', category: 'domestic-family-violence' }], siteRules: { 'https://rms.example.gov': { incidentSelector: '#t' } }, teachTools: true },
    });
    expect(settings.incidentMappings).toEqual([{ match: 'DVX', kind: 'exact', category: 'domestic-family-violence' }]);
    expect(settings.rmsSites).toEqual([{ match: 'https://rms.example.gov/*', incidentSelector: '#t' }]);
    expect(problems).toEqual([]);
  });

  it('accepts content lists as JSON text (how Chrome carries them) and reports bad text', () => {
    const good = mergeSettings({ policy: { scripts: '[{"id":"us-ca"}]', referralDirectory: { services: '[{"id":"s1","name":"Shelter"}]' } } });
    expect(good.settings.scripts).toEqual([{ id: 'us-ca' }]);
    expect(good.settings.referralDirectory).toEqual({ services: [{ id: 's1', name: 'Shelter' }] });
    expect(good.problems).toEqual([]);
    const bad = mergeSettings({ policy: { checklistTemplates: '[{', scripts: [1, { id: 'x' }] } });
    expect(pathsOf(bad.problems)).toEqual(['checklistTemplates', 'scripts[0]']);
    expect(bad.settings.scripts).toEqual([{ id: 'x' }]);
  });

  it('wants exactly one referral source and an https directory address', () => {
    const both = mergeSettings({ policy: { referralDirectory: { directoryUrl: 'https://d.example/x.json', services: [] } } });
    expect(both.settings.referralDirectory).toBeUndefined();
    expect(pathsOf(both.problems)).toEqual(['referralDirectory']);
    const http = mergeSettings({ policy: { referralDirectory: { directoryUrl: 'http://d.example/x.json' } } });
    expect(pathsOf(http.problems)).toEqual(['referralDirectory.directoryUrl']);
  });

  it('checks the liaison contact without inventing one', () => {
    const liaison = { name: 'Victim Liaison', phone: '(209) 555-0142', email: 'liaison@county.example', hours: 'Mon-Fri 8-5' };
    expect(mergeSettings({ policy: { victimLiaison: liaison } }).settings.victimLiaison).toEqual(liaison);
    const badPhone = mergeSettings({ policy: { victimLiaison: { ...liaison, phone: 'call us' } } });
    expect(badPhone.settings.victimLiaison).toBeUndefined();
    expect(pathsOf(badPhone.problems)).toEqual(['victimLiaison.phone']);
  });

  it('falls back to the first language offered when the default victim language is not offered', () => {
    const { settings, problems } = mergeSettings({ policy: { languages: ['es', 'vi'] }, local: { defaultVictimLanguage: 'fr' } });
    expect(settings.defaultVictimLanguage).toBe('es');
    expect(problems).toEqual([{ source: 'local', path: 'defaultVictimLanguage', message: expect.stringContaining('"fr"') }]);
    const blamePolicy = mergeSettings({ policy: { languages: ['es'] } });
    expect(blamePolicy.problems).toEqual([{ source: 'policy', path: 'defaultVictimLanguage', message: expect.stringContaining('"en"') }]);
  });

  it('does not share default objects between results', () => {
    const first = mergeSettings({});
    first.settings.languages.push('fr');
    first.settings.features.print = false;
    expect(mergeSettings({}).settings).toEqual(DEFAULT_SETTINGS);
  });
});
