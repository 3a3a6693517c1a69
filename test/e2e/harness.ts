import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { startDemoServer } from '../../demo/server.mjs';
import { extensionIdForPath, launchWithExtension, tabIdFor } from '../../scripts/lib/chromium.mjs';
import type { Chrome } from './chrome';

declare const chrome: Chrome;

export const E2E_EXTENSION = resolve(__dirname, '../../.output/chrome-mv3-e2e');
/** A host the e2e build has no access to: the panel must not read it without a grant. */
export const FOREIGN_HOST = 'rms.example.test';

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  baseUrl: string;
  foreignUrl: string;
  userDataDir: string;
  /** Opens a demo RMS path in a new tab; returns the page and its tab/window ids. */
  openRms(path: string): Promise<{ page: Page; tabId: number; windowId: number }>;
  /** Opens the panel page for a tab (pop-out form) or following a window's active tab. */
  openPanel(target: { tabId: number } | { windowId: number }): Promise<Page>;
  panelUrl(query: string): string;
  close(): Promise<void>;
}

export async function startSession(
  options: {
    lang?: string;
    userDataDir?: string;
    beforeLaunch?: (info: { baseUrl: string; extensionId: string }) => void;
    /** Another build than the e2e one (e.g. a department build with its RMS origin). */
    extensionPath?: string;
    extraArgs?: string[];
    /** More host names resolved to this machine (Chromium's host resolver rules). */
    mapHosts?: string[];
    /** Run before each page is created (e.g. a speech stub); applies to extension pages too. */
    initScript?: () => void;
  } = {},
): Promise<Session> {
  const extensionPath = options.extensionPath ?? E2E_EXTENSION;
  const server = await startDemoServer();
  options.beforeLaunch?.({ baseUrl: server.url, extensionId: extensionIdForPath(extensionPath) });
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'vsp-e2e-'));
  const port = new URL(server.url).port;
  const hosts = [FOREIGN_HOST, ...(options.mapHosts ?? [])];
  const extraArgs = [`--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`];
  if (options.lang) extraArgs.push(`--lang=${options.lang}`);
  extraArgs.push(...(options.extraArgs ?? []));
  const { context, worker, extensionId } = await launchWithExtension({
    extensionPath,
    userDataDir,
    headless: true,
    extraArgs,
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  // The reader is registered by the service worker on start; wait so the first page gets it.
  await worker.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      const scripts = await chrome.scripting.getRegisteredContentScripts();
      if (scripts.length > 0) return;
      await new Promise((done) => setTimeout(done, 50));
    }
  });
  const session: Session = {
    context,
    worker,
    extensionId,
    baseUrl: server.url,
    foreignUrl: `http://${FOREIGN_HOST}:${port}`,
    userDataDir,
    async openRms(path) {
      const page = await context.newPage();
      await page.goto(path.startsWith('http') ? path : `${server.url}${path}`);
      const ids = await tabIdFor(worker, page.url());
      if (!ids) throw new Error(`no tab found for ${page.url()}`);
      return { page, ...ids };
    },
    panelUrl(query) {
      return `chrome-extension://${extensionId}/sidepanel.html${query}`;
    },
    async openPanel(target) {
      const query = 'tabId' in target ? `?tabId=${target.tabId}` : `?windowId=${target.windowId}`;
      // Its own popup window, like the side panel: a panel opened as a tab in the RMS window
      // would become that window's active tab and follow itself.
      const [page] = await Promise.all([
        context.waitForEvent('page'),
        worker.evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 460, height: 860 }), session.panelUrl(query)),
      ]);
      await page.waitForLoadState('domcontentloaded');
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** Text of the first match, or '' when there is none yet: for expect.poll, which must not block. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent({ timeout: 250 }).catch(() => null)) ?? '';
}

/** The panel's recognised categories, best first ([] while none are shown). */
export const categoriesOf = (panel: Page) =>
  panel.$$eval('[data-testid=incident-category]', (nodes) => nodes.map((node) => node.getAttribute('data-category'))).catch(() => [] as (string | null)[]);

/** What the panel says it read from the page (each incident-text). */
export const textsOf = (panel: Page) => panel.$$eval('[data-testid=incident-text]', (nodes) => nodes.map((node) => node.textContent ?? '')).catch(() => [] as string[]);
