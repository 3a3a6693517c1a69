import { computed, signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { createScriptStore } from '../../../../components/script/script-store';
import type { CategoryId } from '../../../../lib/taxonomy';
import { readPublicJson } from '../../page-services';
import { createFakePlatform } from '../fake-platform';

async function storeFor(options: { jurisdiction?: string; categories?: CategoryId[]; language?: string; department?: unknown[]; federal?: boolean }) {
  const { platform } = createFakePlatform();
  const jurisdiction = signal(options.jurisdiction);
  const store = createScriptStore(platform, {
    jurisdiction,
    categories: signal(options.categories ?? []),
    victimLanguage: signal(options.language ?? 'en'),
    officerLanguage: 'en',
    federalBaseline: signal(options.federal ?? false),
    departmentScripts: computed(() => options.department ?? []),
  });
  const stop = store.start();
  await vi.waitFor(() => expect(store.loading.value).toBe(false));
  return { store, stop, jurisdiction, platform };
}

const ids = (sections: { section: { id: string } }[] | undefined) => (sections ?? []).map((s) => s.section.id);

describe('script store', () => {
  it('US-CA + domestic violence: the base rights, then the DV add-ons, in order; Spanish for the victim', async () => {
    const { store, platform, stop } = await storeFor({ jurisdiction: 'US-CA', categories: ['domestic-family-violence'], language: 'es' });
    const victim = store.forVictim.value!;
    expect(victim.script?.id).toBe('us-ca-es');
    expect(store.forOfficer.value?.script?.id).toBe('us-ca-en');
    const shown = ids(victim.sections);
    expect(shown.slice(0, 6)).toEqual(['introduction', 'fairness-and-safety', 'privacy', 'notice-and-court', 'restitution-and-property', 'resources']);
    expect(shown.indexOf('domestic-violence-safety')).toBe(6);
    expect(shown).not.toContain('sexual-assault-rights');
    // Only the index, the state's and the federal fallback's files are fetched.
    const fetched = vi.mocked(platform.fetchContent).mock.calls.map(([path]) => path);
    expect(fetched).not.toContain('content/scripts/US-TX.en.json');
    stop();
  });

  it('selects nothing without a jurisdiction (the card asks for one), but still lists jurisdictions', async () => {
    const { store, stop } = await storeFor({});
    expect(store.forVictim.value).toBeNull();
    expect(store.jurisdictions.value).toEqual(expect.arrayContaining(['US', 'US-CA', 'GB-ENG']));
    stop();
  });

  it('appends the federal base rights when the department asks for them', async () => {
    const { store, stop } = await storeFor({ jurisdiction: 'US-CA', federal: true });
    expect(store.forVictim.value?.federalBaseline?.script.id).toBe('us-en');
    stop();
  });

  it('uses a department script over the bundled one, and reports an invalid one without showing it', async () => {
    const own = { ...((await readPublicJson('content/scripts/US-CA.en.json')) as object), id: 'dept-ca-en', version: '2.0' };
    const broken = { id: 'dept-broken', jurisdiction: 'US-NV', language: 'en', sections: [] };
    const { store, stop } = await storeFor({ jurisdiction: 'US-CA', department: [own, broken] });
    expect(store.forVictim.value?.script).toMatchObject({ id: 'dept-ca-en', version: '2.0' });
    expect(store.jurisdictions.value).not.toContain('US-NV');
    const problems = store.problems.value;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.where === 'scripts[1] (dept-broken)')).toBe(true);
    expect(problems.map((p) => p.path)).toContain('sections');
    stop();
  });

  it('loads the new jurisdiction when it changes', async () => {
    const { store, jurisdiction, stop } = await storeFor({ jurisdiction: 'US-CA' });
    jurisdiction.value = 'US-TX';
    await vi.waitFor(() => expect(store.forVictim.value?.script?.id).toBe('us-tx-en'));
    stop();
  });
});
