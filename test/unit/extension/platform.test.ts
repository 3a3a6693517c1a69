import { describe, expect, it } from 'vitest';
import { createExtensionPlatform, panelTargetFromSearch } from '../../../lib/extension/platform';
import { createFakeBrowser, flush, tab } from './fake-api';
import { testPageServices } from '../page-services';

describe('panelTargetFromSearch', () => {
  it('reads numeric tab and window ids and ignores anything else', () => {
    expect(panelTargetFromSearch('?tabId=42')).toEqual({ tabId: 42 });
    expect(panelTargetFromSearch('?windowId=7&tabId=abc')).toEqual({ windowId: 7 });
    expect(panelTargetFromSearch('?tabId=1e3&windowId=-1')).toEqual({});
    expect(panelTargetFromSearch('')).toEqual({});
  });
});

describe('extension platform', () => {
  const messages = (key: string) => (key === 'statusReading' ? 'Reading {title}' : '');

  it('pops out a popup window for exactly the tab being read', async () => {
    const browser = createFakeBrowser([tab(10, { active: true })]);
    const platform = createExtensionPlatform(browser.api, { uiLanguage: 'en', getMessage: messages, page: testPageServices() });
    expect(platform.pinnedToTab).toBe(false);
    platform.watchPage(() => {});
    await flush();
    await platform.popOut?.();
    expect(browser.raw.windows.create).toHaveBeenCalledWith(expect.objectContaining({ url: 'chrome-extension://extension-id/sidepanel.html?tabId=10', type: 'popup' }));
  });

  it('is pinned when given a tab, translates, and reports the shortcut', async () => {
    const browser = createFakeBrowser([tab(10, { active: true })]);
    const platform = createExtensionPlatform(browser.api, { tabId: 10, uiLanguage: 'en', getMessage: messages, page: testPageServices() });
    expect(platform.pinnedToTab).toBe(true);
    expect(platform.t('statusReading', { title: 'X' })).toBe('Reading X');
    expect(platform.t('panelTitle')).toBe('panelTitle');
    expect(await platform.shortcut?.()).toBe('Alt+Shift+V');
  });

  it('reads the current page on request and reports a refusal', async () => {
    const browser = createFakeBrowser([tab(10, { active: true, reader: false, access: 'no-access' })]);
    const platform = createExtensionPlatform(browser.api, { uiLanguage: 'en', getMessage: messages, page: testPageServices() });
    platform.watchPage(() => {});
    await flush();
    await flush();
    expect(await platform.readCurrentPage?.()).toBe(false);
  });
});

describe('extension platform: admin options and teach mode', () => {
  const messages = () => '';

  it('watches and updates the stored admin options, validated', async () => {
    const browser = createFakeBrowser([tab(10, { active: true })]);
    const platform = createExtensionPlatform(browser.api, { uiLanguage: 'en', getMessage: messages, page: testPageServices() });
    const seen: unknown[] = [];
    platform.watchAdminOptions((state) => seen.push(state.options.mappings.length));
    await flush();
    await platform.updateAdminOptions!((options) => ({ ...options, mappings: [{ match: 'A', kind: 'exact', category: 'robbery' }] }));
    await flush();
    expect(seen).toEqual([0, 1]);
    await expect(platform.updateAdminOptions!((options) => ({ ...options, mappings: [{ match: '(', kind: 'pattern', category: 'robbery' }] }))).rejects.toThrow(/mappings\[0\]\.match/);
    expect((browser.stored['vsp.adminOptions'] as { mappings: unknown[] }).mappings).toHaveLength(1);
  });

  it('asks the tab to point at a field and resolves with the validated answer', async () => {
    const browser = createFakeBrowser([tab(10, { active: true })]);
    const platform = createExtensionPlatform(browser.api, { uiLanguage: 'en', getMessage: messages, page: testPageServices() });
    platform.watchPage(() => {});
    await flush();
    const pending = platform.pointAtField!('incident');
    await flush();
    expect(browser.raw.tabs.sendMessage).toHaveBeenCalledWith(10, { type: 'vsp:teach', field: 'incident' });
    // A malformed answer and one from another tab are ignored.
    browser.events.message.emit({ type: 'vsp:taught', field: 'incident', origin: 'javascript:alert(1)', selector: '#x', sample: '' }, { id: 'extension-id', tab: { id: 10 } });
    browser.events.message.emit({ type: 'vsp:taught', field: 'incident', origin: 'https://rms.example', selector: '#x', sample: '' }, { id: 'extension-id', tab: { id: 11 } });
    browser.events.message.emit({ type: 'vsp:taught', field: 'incident', origin: 'https://rms.example', selector: '#inc', sample: '415DV' }, { id: 'extension-id', tab: { id: 10 } });
    await expect(pending).resolves.toEqual({ field: 'incident', origin: 'https://rms.example', selector: '#inc', sample: '415DV' });
    expect(browser.raw.tabs.sendMessage).toHaveBeenCalledWith(10, { type: 'vsp:teach-stop' });
  });

  it('resolves undefined when the administrator presses Esc', async () => {
    const browser = createFakeBrowser([tab(10, { active: true })]);
    const platform = createExtensionPlatform(browser.api, { uiLanguage: 'en', getMessage: messages, page: testPageServices() });
    platform.watchPage(() => {});
    await flush();
    const pending = platform.pointAtField!('case');
    browser.events.message.emit({ type: 'vsp:teach-cancelled' }, { id: 'extension-id', tab: { id: 10 } });
    await expect(pending).resolves.toBeUndefined();
  });
});

describe('extension platform: local settings', () => {
  it('validates and stores local settings beside the mappings, and clears with undefined', async () => {
    const browser = createFakeBrowser([tab(10, { active: true })]);
    const platform = createExtensionPlatform(browser.api, { uiLanguage: 'en', getMessage: () => '', page: testPageServices() });
    await platform.updateAdminOptions!((options) => ({ ...options, mappings: [{ match: 'A', kind: 'exact', category: 'robbery' }] }));
    await platform.updateSettings!({ jurisdiction: 'US-CA', languages: ['en', 'es', 'vi'] });
    await expect(platform.updateSettings!({ jurisdiction: 'California' })).rejects.toThrow(/jurisdiction/);
    await platform.updateAdminOptions!((options) => ({ ...options, teachTools: true }));
    const stored = browser.stored['vsp.adminOptions'] as Record<string, unknown>;
    expect(stored).toMatchObject({ jurisdiction: 'US-CA', languages: ['en', 'es', 'vi'], teachTools: true });
    expect(stored.mappings).toHaveLength(1);
    await platform.updateSettings!({ jurisdiction: undefined });
    expect(browser.stored['vsp.adminOptions']).not.toHaveProperty('jurisdiction');
  });
});

describe('extension platform: insert into report', () => {
  it('sends the summary to the tab being read and reports what the page answered', async () => {
    const browser = createFakeBrowser([tab(10, { active: true })]);
    const platform = createExtensionPlatform(browser.api, { uiLanguage: 'en', getMessage: () => '', page: testPageServices() });
    platform.watchPage(() => {});
    await flush();
    browser.raw.tabs.sendMessage.mockResolvedValueOnce({ type: 'vsp:inserted' } as never);
    await expect(platform.insertIntoReport!('Rights read 14:02')).resolves.toBe('inserted');
    expect(browser.raw.tabs.sendMessage).toHaveBeenLastCalledWith(10, { type: 'vsp:insert-summary', text: 'Rights read 14:02' });
    // No frame had a narrative field: nobody answered.
    browser.raw.tabs.sendMessage.mockResolvedValueOnce(undefined as never);
    await expect(platform.insertIntoReport!('x')).resolves.toBe('no-field');
    browser.raw.tabs.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(platform.insertIntoReport!('x')).resolves.toBe('not-permitted');
  });
});

describe('extension platform: corrections', () => {
  it('keeps corrections in session storage, shared and cleaned', async () => {
    const browser = createFakeBrowser([tab(10, { active: true })]);
    const platform = createExtensionPlatform(browser.api, { uiLanguage: 'en', getMessage: () => '', page: testPageServices() });
    const seen: unknown[] = [];
    platform.watchCorrections((corrections) => seen.push(corrections));
    await flush();
    await platform.saveCorrection('case:A-1', ['teen-dating']);
    expect(browser.session['vsp.corrections']).toEqual({ 'case:A-1': ['teen-dating'] });
    expect(browser.stored['vsp.corrections']).toBeUndefined();
    await platform.saveCorrection('case:A-1', undefined);
    expect(seen).toEqual([{}, { 'case:A-1': ['teen-dating'] }, {}]);
    browser.session['vsp.corrections'] = { 'case:B': ['nonsense', 'robbery'], 'case:C': 'x' };
    const again: unknown[] = [];
    platform.watchCorrections((corrections) => again.push(corrections));
    await flush();
    expect(again).toEqual([{ 'case:B': ['robbery'] }]);
  });
});
