import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { startSession, textOf, type Session } from './harness';
import type { Chrome } from './chrome';

declare const chrome: Chrome;

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('the built extension in Chromium', () => {
  it('opens the side panel from the toolbar button and has the shortcut command', async () => {
    const behaviour = await session.worker.evaluate(() => chrome.sidePanel.getPanelBehavior());
    expect(behaviour.openPanelOnActionClick).toBe(true);
    const commands = await session.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.map((command) => command.name)).toContain('open-panel');
  });

  it('registers the RMS reader for the granted origins only', async () => {
    const scripts = await session.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.matches).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(scripts[0]!.allFrames).toBe(true);
  });

  it('shows which page it reads for ?tabId=N', async () => {
    const rms = await session.openRms('/reports/incident-2026-004417.html');
    const panel = await session.openPanel({ tabId: rms.tabId });
    await expect.poll(() => textOf(panel, '[data-testid=page-title]')).toContain('Incident Report 2026-004417');
    expect(await textOf(panel, '[data-testid=page-host]')).toBe(new URL(session.baseUrl).host);
    // A popped-out panel is already tied to its tab: no second pop-out.
    expect(await panel.locator('[data-testid=pop-out]').count()).toBe(0);
    await panel.close();
    await rms.page.close();
  });

  it('follows the active tab of its window: switches, navigations and SPA URL changes', async () => {
    const first = await session.openRms('/reports/incident-2026-004417.html');
    const panel = await session.openPanel({ windowId: first.windowId });
    const title = () => textOf(panel, '[data-testid=page-title]');

    // A second tab in the same window, made active.
    const secondUrl = `${session.baseUrl}/reports/case-summary-2026-004502.html`;
    const secondTab = await session.worker.evaluate(
      ({ url, windowId }) => chrome.tabs.create({ url, windowId, active: true }),
      { url: secondUrl, windowId: first.windowId },
    );
    await expect.poll(title, { timeout: 10_000 }).toContain('Case Summary 2026-004502');

    // Back to the first tab.
    await session.worker.evaluate((tabId) => chrome.tabs.update(tabId, { active: true }), first.tabId);
    await expect.poll(title).toContain('Incident Report 2026-004417');

    // A navigation in the active tab.
    await first.page.goto(`${session.baseUrl}/app/#/reports/26-118342`);
    await expect.poll(title, { timeout: 10_000 }).toContain('Report 26-118342');

    // An SPA route change: no page load, new URL and title.
    await first.page.click('#next-report');
    await expect.poll(title, { timeout: 10_000 }).toContain('Report 26-118377');

    // The active tab closes: the panel says so rather than showing a stale page.
    await session.worker.evaluate((tabId) => chrome.tabs.remove(tabId), secondTab.id!);
    await panel.close();
    await first.page.close();
  });

  it('pops out into its own window for exactly the tab it was reading', async () => {
    const rms = await session.openRms('/reports/incident-2026-004417.html');
    const panel = await session.openPanel({ windowId: rms.windowId });
    await expect.poll(() => textOf(panel, '[data-testid=page-title]')).toContain('2026-004417');
    const [popped] = await Promise.all([session.context.waitForEvent('page'), panel.click('[data-testid=pop-out]')]);
    await popped.waitForLoadState();
    expect(popped.url()).toBe(session.panelUrl(`?tabId=${rms.tabId}`));
    const windowType = await session.worker.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({ url });
      const win = await chrome.windows.get(tabs[0]!.windowId);
      return win.type;
    }, popped.url());
    expect(windowType).toBe('popup');
    await expect.poll(() => textOf(popped, '[data-testid=page-title]')).toContain('2026-004417');
    await popped.close();
    await panel.close();
    await rms.page.close();
  });

  it('does not read a site the department has not granted, and says how to allow it once', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.foreignUrl}/reports/incident-2026-004417.html`);
    const ids = await session.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ title: 'Incident Report*' , url: ['http://rms.example.test/*'] }).catch(() => []);
      return tab ? { tabId: tab.id!, windowId: tab.windowId } : undefined;
    });
    // No host access means the extension cannot even see the URL; find the tab by elimination.
    const tabId = ids?.tabId ?? (await session.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => !tab.url)?.id;
    }));
    expect(tabId).toBeDefined();
    const panel = await session.openPanel({ tabId: tabId! });
    await expect.poll(() => panel.getAttribute('[data-testid=page-status]', 'data-state')).toBe('unavailable');
    expect(await textOf(panel, '[data-testid=page-status]')).toContain("not one of your department's RMS sites");
    await expect.poll(() => textOf(panel, 'body')).toContain('Alt+Shift+V');
    await panel.click('[data-testid=read-this-page]');
    await expect.poll(() => textOf(panel, '[role=alert]')).toContain('could not read this page');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('has no WCAG 2.2 A/AA violations while reading a page', async () => {
    const rms = await session.openRms('/reports/incident-2026-004417.html');
    const panel = await session.openPanel({ windowId: rms.windowId });
    await expect.poll(() => textOf(panel, '[data-testid=page-title]')).toContain('2026-004417');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
    await rms.page.close();
  });
});
