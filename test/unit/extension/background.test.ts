import { describe, expect, it } from 'vitest';
import { startBackground, syncRmsContentScript } from '../../../lib/extension/background';
import { isRestrictedPageError, rmsMatchPatterns } from '../../../lib/extension/content-script-registration';
import { createFakeBrowser, flush, tab } from './fake-api';

describe('background', () => {
  it('makes the toolbar button open the Chrome side panel', () => {
    const browser = createFakeBrowser([]);
    startBackground(browser.api, { isFirefox: false });
    expect(browser.raw.sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('toggles the Firefox sidebar from the toolbar button', () => {
    const browser = createFakeBrowser([]);
    startBackground(browser.api, { isFirefox: true });
    browser.events.actionClicked.emit();
    expect(browser.raw.sidebarAction.toggle).toHaveBeenCalledOnce();
    expect(browser.raw.sidePanel.setPanelBehavior).not.toHaveBeenCalled();
  });

  it('opens the panel from the shortcut and reads that page once', () => {
    const browser = createFakeBrowser([tab(5, { active: true })]);
    startBackground(browser.api, { isFirefox: false });
    browser.events.command.emit('open-panel', { id: 5, windowId: 1 });
    expect(browser.raw.sidePanel.open).toHaveBeenCalledWith({ windowId: 1 });
    expect(browser.raw.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 5, allFrames: true }, files: ['/content-scripts/rms.js'] });
    browser.events.command.emit('something-else', { id: 5, windowId: 1 });
    expect(browser.raw.sidePanel.open).toHaveBeenCalledOnce();
  });

  it('opens the Firefox sidebar from the shortcut', () => {
    const browser = createFakeBrowser([]);
    startBackground(browser.api, { isFirefox: true });
    browser.events.command.emit('open-panel', { id: 5, windowId: 1 });
    expect(browser.raw.sidebarAction.open).toHaveBeenCalledOnce();
  });

  it('registers the reader for granted origins and follows permission changes', async () => {
    const browser = createFakeBrowser([]);
    browser.origins.push('https://rms.harbor.example/*');
    startBackground(browser.api, { isFirefox: false });
    await flush();
    expect(browser.registered()).toEqual([
      { id: 'vsp-rms-reader', matches: ['https://rms.harbor.example/*'], js: ['content-scripts/rms.js'], allFrames: true, runAt: 'document_idle' },
    ]);
    browser.origins.push('https://cad.harbor.example/*');
    browser.events.permissionsAdded.emit();
    await flush();
    expect(browser.registered()[0]!.matches).toEqual(['https://cad.harbor.example/*', 'https://rms.harbor.example/*']);
    browser.origins.length = 0;
    browser.events.permissionsRemoved.emit();
    await flush();
    expect(browser.registered()).toEqual([]);
  });

  it('registers nothing when no origin is granted', async () => {
    const browser = createFakeBrowser([]);
    expect(await syncRmsContentScript(browser.api)).toEqual([]);
    expect(browser.raw.scripting.registerContentScripts).not.toHaveBeenCalled();
  });
});

describe('match patterns', () => {
  it('keep web origins and refuse all-sites grants', () => {
    expect(rmsMatchPatterns(['<all_urls>', '*://*/*', 'https://*/*', 'http://localhost/*', 'https://*.rms.example/*', 'file:///*', 'http://localhost/*'])).toEqual([
      'http://localhost/*',
      'https://*.rms.example/*',
    ]);
  });

  it('tell browser pages from pages without access', () => {
    expect(isRestrictedPageError('Cannot access a chrome:// URL')).toBe(true);
    expect(isRestrictedPageError('Cannot access contents of url "about:blank".')).toBe(true);
    expect(isRestrictedPageError('The extensions gallery cannot be scripted.')).toBe(true);
    expect(isRestrictedPageError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe(false);
  });
});
