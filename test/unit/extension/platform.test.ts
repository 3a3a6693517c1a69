import { describe, expect, it } from 'vitest';
import { createExtensionPlatform, panelTargetFromSearch } from '../../../lib/extension/platform';
import { createFakeBrowser, flush, tab } from './fake-api';

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
    const platform = createExtensionPlatform(browser.api, { uiLanguage: 'en', getMessage: messages });
    expect(platform.pinnedToTab).toBe(false);
    platform.watchPage(() => {});
    await flush();
    await platform.popOut?.();
    expect(browser.raw.windows.create).toHaveBeenCalledWith(expect.objectContaining({ url: 'chrome-extension://extension-id/sidepanel.html?tabId=10', type: 'popup' }));
  });

  it('is pinned when given a tab, translates, and reports the shortcut', async () => {
    const browser = createFakeBrowser([tab(10, { active: true })]);
    const platform = createExtensionPlatform(browser.api, { tabId: 10, uiLanguage: 'en', getMessage: messages });
    expect(platform.pinnedToTab).toBe(true);
    expect(platform.t('statusReading', { title: 'X' })).toBe('Reading X');
    expect(platform.t('panelTitle')).toBe('panelTitle');
    expect(await platform.shortcut?.()).toBe('Alt+Shift+V');
  });

  it('reads the current page on request and reports a refusal', async () => {
    const browser = createFakeBrowser([tab(10, { active: true, reader: false, access: 'no-access' })]);
    const platform = createExtensionPlatform(browser.api, { uiLanguage: 'en', getMessage: messages });
    platform.watchPage(() => {});
    await flush();
    await flush();
    expect(await platform.readCurrentPage?.()).toBe(false);
  });
});
