import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { generateServices } from '../../../lib/referrals';
import type { Directory } from '../../../lib/referrals/model';
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';
import type { PageState } from '../../../lib/platform';
import type { AdminOptionsState } from '../../../lib/settings/admin-options';
import { createWidgetPlatform, type WidgetHost } from '../../../lib/widget/platform';

let counter = 0;
function host(overrides: Partial<WidgetHost> = {}): WidgetHost & { emitted: { type: string; detail: unknown }[] } {
  const emitted: { type: string; detail: unknown }[] = [];
  return {
    document,
    language: 'en',
    messages: { en, es },
    contentBase: 'http://rms.test/vsp/',
    storeName: `platform-test-${++counter}`,
    indexedDB,
    crypto,
    fetch: vi.fn(async () => new Response('{"ok":true}')),
    emit: (type, detail) => emitted.push({ type, detail }),
    emitted,
    ...overrides,
  };
}
const lastPage = (platform: ReturnType<typeof createWidgetPlatform>) => {
  let state: PageState | undefined;
  platform.watchPage((next) => (state = next))();
  return state!;
};

describe('createWidgetPlatform', () => {
  it('is a widget with no pop-out, no reader mode and no page permissions to ask for', () => {
    const platform = createWidgetPlatform(host());
    expect(platform.kind).toBe('widget');
    expect(platform.popOut).toBeUndefined();
    expect(platform.readerUrl).toBeUndefined();
    expect(platform.readCurrentPage).toBeUndefined();
    expect(platform.t('panelTitle')).toBe(en.panelTitle.message);
    expect(createWidgetPlatform(host({ language: 'es' })).t('panelTitle')).toBe(es.panelTitle.message);
  });

  it('turns attributes into the reading a page reader would have made', () => {
    const platform = createWidgetPlatform(host());
    platform.setAttributes({ incidentType: '  DOM   VIOL ', incidentCode: '13B', caseNumber: '26-0001' });
    const state = lastPage(platform);
    expect(state.kind).toBe('reading');
    if (state.kind !== 'reading') return;
    expect(state.page.reading).toMatchObject({
      hasIncidentField: true,
      caseNumber: { value: '26-0001' },
      signals: [{ text: 'DOM VIOL', code: '13B', source: 'site-rule', frame: 'top' }],
    });
    platform.setAttributes({});
    const empty = lastPage(platform);
    expect(empty.kind === 'reading' && empty.page.reading?.signals).toEqual([]);
  });

  it('reads the host page with auto-read, using config.rmsSites selectors for this origin', async () => {
    document.body.innerHTML = '<div><span id="ct">Call</span><span class="calltype">DOM VIOL</span></div>';
    const platform = createWidgetPlatform(host());
    const states: PageState[] = [];
    const stop = platform.watchPage((state) => states.push(state));
    platform.setAutoRead(true);
    platform.setConfig({ rmsSites: [{ match: `${location.origin}/*`, incidentSelector: '.calltype' }] });
    await vi.waitFor(() => {
      const last = states.at(-1)!;
      expect(last.kind === 'reading' && last.page.reading?.signals.map((signal) => signal.text)).toEqual(['DOM VIOL']);
    });
    platform.setAutoRead(false);
    const last = states.at(-1)!;
    expect(last.kind === 'reading' && last.page.reading?.signals).toEqual([]);
    stop();
    platform.dispose();
    document.body.replaceChildren();
  });

  it('validates config like policy and names it in problems', () => {
    const platform = createWidgetPlatform(host());
    const states: AdminOptionsState[] = [];
    platform.watchAdminOptions((state) => states.push(state));
    platform.setConfig({ jurisdiction: 'US-CA', retentionDays: 'forever' });
    const last = states.at(-1)!;
    expect(last.problems.map((problem) => problem.path)).toEqual(['config › retentionDays']);
    expect(last.effective?.values.jurisdiction).toBe('US-CA');
  });

  it('insertIntoReport dispatches vsp-summary with the text and resolves inserted', async () => {
    const widgetHost = host();
    const platform = createWidgetPlatform(widgetHost);
    await expect(platform.insertIntoReport!('Case: 26-0001')).resolves.toBe('inserted');
    expect(widgetHost.emitted).toEqual([{ type: 'vsp-summary', detail: { text: 'Case: 26-0001' } }]);
  });

  it('fetches content relative to its content base', async () => {
    const widgetHost = host();
    const platform = createWidgetPlatform(widgetHost);
    await platform.fetchContent('/content/scripts/index.json');
    expect(widgetHost.fetch).toHaveBeenCalledWith('http://rms.test/vsp/content/scripts/index.json');
  });

  it('keeps incidents apart by store name, and shares them under the same name', async () => {
    const a = await createWidgetPlatform(host({ storeName: 'separate-a' })).openIncidentStore();
    const b = await createWidgetPlatform(host({ storeName: 'separate-b' })).openIncidentStore();
    const again = await createWidgetPlatform(host({ storeName: 'separate-a' })).openIncidentStore();
    expect(a.persistent).toBe(true);
    await a.unlock();
    await a.createIncident({ caseNumber: '26-0001' });
    await b.unlock();
    expect((await b.listIncidents()).incidents).toEqual([]);
    await again.unlock();
    expect((await again.listIncidents()).incidents.map((incident) => incident.id)).toEqual(['26-0001']);
    for (const store of [a, b, again]) store.close();
  });

  it('announces checklist changes on vsp-change without note text', async () => {
    const widgetHost = host();
    const store = await createWidgetPlatform(widgetHost).openIncidentStore();
    await store.unlock();
    await store.createIncident({ caseNumber: '26-0002' });
    await store.addNote('26-0002', 'Private note text');
    await store.appendEntry('26-0002', { itemId: 'safety-plan', state: 'done' });
    await vi.waitFor(() => expect(widgetHost.emitted.filter((event) => event.type === 'vsp-change')).toHaveLength(1));
    expect(widgetHost.emitted[0]!.detail).toMatchObject({ kind: 'changed', incidentId: '26-0002', itemIds: ['safety-plan'], items: [{ itemId: 'safety-plan', state: 'done' }] });
    await store.addNote('26-0002', 'Another note');
    await store.deleteIncident('26-0002');
    await vi.waitFor(() => expect(widgetHost.emitted.at(-1)!.detail).toMatchObject({ kind: 'deleted', incidentIds: ['26-0002'] }));
    expect(JSON.stringify(widgetHost.emitted)).not.toContain('note');
    store.close();
  });
  it('downloads the department directory named in config, once per page, and again on demand with its ETag', async () => {
    const url = 'https://dept.example/hsds.json';
    const body = JSON.stringify(generateServices(3, 9));
    const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const etag = (init?.headers as Record<string, string> | undefined)?.['If-None-Match'];
      return etag === '"v1"' ? new Response(null, { status: 304 }) : new Response(body, { status: 200, headers: { etag: '"v1"' } });
    });
    const platform = createWidgetPlatform(host({ fetch: fetch as unknown as typeof globalThis.fetch }));
    let directory: Directory | null = null;
    platform.watchDirectory((next) => (directory = next));
    platform.setConfig({ referralDirectory: { directoryUrl: url } });
    await waitFor(() => expect(directory?.referrals).toHaveLength(3));
    expect(fetch.mock.calls.map(([input]) => String(input))).toEqual([url]);
    // The same setting again (say, jurisdiction changed): no new request.
    platform.setConfig({ referralDirectory: { directoryUrl: url }, jurisdiction: 'US-CA' });
    expect(await platform.refreshDirectory!()).toMatchObject({ lastOutcome: 'unchanged' });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((fetch.mock.calls[1]![1]!.headers as Record<string, string>)['If-None-Match']).toBe('"v1"');
    platform.dispose();
  });

  it('never asks for a directory the config does not name', async () => {
    const fetch = vi.fn(async () => new Response('{}'));
    const platform = createWidgetPlatform(host({ fetch: fetch as unknown as typeof globalThis.fetch }));
    platform.setConfig({ retentionDays: 30 });
    expect(await platform.refreshDirectory!()).toEqual({});
    expect(fetch).not.toHaveBeenCalled();
    platform.dispose();
  });
});
