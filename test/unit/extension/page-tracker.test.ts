import { describe, expect, it } from 'vitest';
import { trackPage } from '../../../lib/extension/page-tracker';
import type { PageState } from '../../../lib/platform';
import { createFakeBrowser, flush, tab } from './fake-api';

function record() {
  const states: PageState[] = [];
  return { states, emit: (state: PageState) => states.push(state), last: () => states[states.length - 1] };
}

describe('trackPage', () => {
  it('reads the active tab of the panel’s window', async () => {
    const browser = createFakeBrowser([tab(10, { active: true }), tab(11), tab(20, { windowId: 2, active: true })]);
    const out = record();
    trackPage(browser.api, {}, out.emit);
    await flush();
    expect(out.states[0]).toEqual({ kind: 'connecting' });
    expect(out.last()).toEqual({ kind: 'reading', tabId: 10, page: { title: 'Report 10', url: 'https://rms.example.test/reports/10' } });
  });

  it('follows tab switches in its own window only', async () => {
    const tabs = [tab(10, { active: true }), tab(11), tab(20, { windowId: 2, active: true })];
    const browser = createFakeBrowser(tabs);
    const out = record();
    trackPage(browser.api, {}, out.emit);
    await flush();
    browser.events.activated.emit({ tabId: 20, windowId: 2 });
    await flush();
    expect(out.last()).toMatchObject({ kind: 'reading', tabId: 10 });
    browser.events.activated.emit({ tabId: 11, windowId: 1 });
    await flush();
    expect(out.last()).toMatchObject({ kind: 'reading', tabId: 11 });
  });

  it('takes page changes the reader pushes, but only from its tab’s top frame and this extension', async () => {
    const tabs = [tab(10, { active: true }), tab(11)];
    const browser = createFakeBrowser(tabs);
    const out = record();
    trackPage(browser.api, {}, out.emit);
    await flush();
    tabs[0]!.title = 'Report 10 (SPA route)';
    browser.pushFromTab(tabs[0]!, 3);
    browser.pushFromTab(tabs[0]!, 0, 'another-extension');
    tabs[1]!.title = 'Other tab';
    browser.pushFromTab(tabs[1]!);
    expect(out.last()).toMatchObject({ page: { title: 'Report 10' } });
    browser.pushFromTab(tabs[0]!);
    expect(out.last()).toMatchObject({ page: { title: 'Report 10 (SPA route)' } });
  });

  it('ignores malformed messages', async () => {
    const browser = createFakeBrowser([tab(10, { active: true })]);
    const out = record();
    trackPage(browser.api, {}, out.emit);
    await flush();
    const before = out.states.length;
    browser.events.message.emit({ type: 'vsp:page', title: { evil: true } }, { id: 'extension-id', tab: { id: 10 }, frameId: 0 });
    expect(out.states.length).toBe(before);
  });

  it('injects the reader where it has access but the reader is not yet running', async () => {
    const tabs = [tab(10, { active: true, reader: false })];
    const browser = createFakeBrowser(tabs);
    const out = record();
    trackPage(browser.api, {}, out.emit);
    await flush();
    await flush();
    expect(browser.raw.scripting.executeScript).toHaveBeenCalledOnce();
    expect(out.last()).toMatchObject({ kind: 'reading', tabId: 10 });
  });

  it('says when a page is not permitted or is a browser page', async () => {
    const browser = createFakeBrowser([tab(10, { active: true, reader: false, access: 'no-access' }), tab(11, { reader: false, access: 'restricted' })]);
    const out = record();
    trackPage(browser.api, {}, out.emit);
    await flush();
    await flush();
    expect(out.last()).toEqual({ kind: 'unavailable', tabId: 10, reason: 'not-permitted' });
    browser.events.activated.emit({ tabId: 11, windowId: 1 });
    await flush();
    await flush();
    expect(out.last()).toEqual({ kind: 'unavailable', tabId: 11, reason: 'restricted' });
  });

  it('drops an answer from a tab the officer already left', async () => {
    const tabs = [tab(10, { active: true }), tab(11)];
    const browser = createFakeBrowser(tabs);
    let release!: () => void;
    browser.raw.tabs.sendMessage.mockImplementationOnce(
      (async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return { type: 'vsp:page', title: 'Report 10', url: 'https://rms.example.test/reports/10', top: true };
      }) as never,
    );
    const out = record();
    trackPage(browser.api, {}, out.emit);
    await flush();
    browser.events.activated.emit({ tabId: 11, windowId: 1 });
    await flush();
    release();
    await flush();
    expect(out.last()).toMatchObject({ kind: 'reading', tabId: 11 });
    expect(out.states.some((state) => state.kind === 'reading' && state.tabId === 10)).toBe(false);
  });

  it('a pinned panel stays on its tab, shows loads, and says when the tab closes', async () => {
    const tabs = [tab(10, { active: true }), tab(11)];
    const browser = createFakeBrowser(tabs);
    const out = record();
    trackPage(browser.api, { tabId: 11 }, out.emit);
    await flush();
    expect(out.last()).toMatchObject({ kind: 'reading', tabId: 11 });
    browser.events.activated.emit({ tabId: 10, windowId: 1 });
    await flush();
    expect(out.last()).toMatchObject({ kind: 'reading', tabId: 11 });
    browser.events.updated.emit(11, { status: 'loading', url: 'https://rms.example.test/next' });
    expect(out.last()).toEqual({ kind: 'loading', tabId: 11 });
    await flush();
    browser.events.removed.emit(11);
    expect(out.last()).toEqual({ kind: 'unavailable', reason: 'closed' });
  });

  it('a pinned panel for a tab that no longer exists says so', async () => {
    const browser = createFakeBrowser([tab(10, { active: true })]);
    const out = record();
    trackPage(browser.api, { tabId: 77 }, out.emit);
    await flush();
    expect(out.last()).toEqual({ kind: 'unavailable', tabId: 77, reason: 'closed' });
  });

  it('stops listening when stopped', async () => {
    const browser = createFakeBrowser([tab(10, { active: true })]);
    const stop = trackPage(browser.api, {}, () => {});
    await flush();
    stop();
    expect(browser.events.message.hasListeners()).toBe(false);
    expect(browser.events.activated.hasListeners()).toBe(false);
    expect(browser.events.updated.hasListeners()).toBe(false);
    expect(browser.events.removed.hasListeners()).toBe(false);
  });

  it('merges the readings of the page’s frames and forgets them on navigation', async () => {
    const tabs = [tab(10, { active: true })];
    const browser = createFakeBrowser(tabs);
    const out = record();
    trackPage(browser.api, {}, out.emit);
    await flush();
    const signal = (text: string, frame: string) => ({ text, label: 'Offense', source: 'label', frame, at: 0 });
    const sender = (frameId: number) => ({ id: 'extension-id', tab: { id: 10 }, frameId });
    browser.events.message.emit({ type: 'vsp:page', title: 'Report 10', url: 'https://rms.example.test/reports/10', top: true, reading: { hasIncidentField: false, signals: [] } }, sender(0));
    browser.events.message.emit({ type: 'vsp:page', title: 'form', url: 'https://rms.example.test/form', top: false, reading: { hasIncidentField: true, signals: [signal('ELDER ABUSE', 'frame:/form')], caseNumber: { value: '26-1', label: 'Case #' } } }, sender(4));
    expect(out.last()).toMatchObject({ kind: 'reading', page: { title: 'Report 10', reading: { hasIncidentField: true, caseNumber: { value: '26-1' }, signals: [{ text: 'ELDER ABUSE' }] } } });
    browser.events.updated.emit(10, { status: 'loading', url: 'https://rms.example.test/next' });
    expect(out.last()).toEqual({ kind: 'loading', tabId: 10 });
    browser.events.message.emit({ type: 'vsp:page', title: 'Next', url: 'https://rms.example.test/next', top: true, reading: { hasIncidentField: false, signals: [] } }, sender(0));
    expect(out.last()).toMatchObject({ kind: 'reading', page: { title: 'Next', reading: { signals: [] } } });
  });
});
