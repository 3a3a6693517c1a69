import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { axeViolations } from './axe';

/**
 * The embeddable widget (dist/widget, as `npm run build:widget` builds it) on a plain page in Chromium,
 * with no extension: demo/widget/index.html, the demo RMS report with <victim-services-panel>.
 */
let server: { url: string; close(): Promise<void> };
let context: BrowserContext;
const profile = mkdtempSync(join(tmpdir(), 'vsp-widget-'));

/** Playwright's CSS locators pierce open shadow roots. */
const inWidget = (page: Page, selector: string, host = '#panel') => page.locator(`${host} ${selector}`);
const categories = (page: Page, host = '#panel') =>
  inWidget(page, '[data-testid=incident-category]', host)
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-category')))
    .catch(() => []);
type Logged = { type: string; detail: unknown };
const recordEvents = (page: Page) =>
  page.evaluate(() => {
    const log: { type: string; detail: unknown }[] = [];
    (window as unknown as { __events: typeof log }).__events = log;
    for (const type of ['vsp-change', 'vsp-summary']) document.addEventListener(type, (event) => log.push({ type, detail: (event as CustomEvent).detail }));
  });
const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: { type: string; detail: unknown }[] }).__events);

beforeAll(async () => {
  // The production build from npm test's build stage (build:all includes build:widget). Not rebuilt
  // here: inside vitest NODE_ENV is "test", and a build made here was a non-production one (310 kB
  // raw against 270 kB), not what vendors get.
  if (!existsSync(join(process.cwd(), 'dist/widget/victim-services-panel.iife.js'))) throw new Error('dist/widget is missing: run npm run build:widget first');
  server = await startDemoServer();
  ({ context } = await launchWithExtension({ userDataDir: profile }));
});
afterAll(async () => {
  await context?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('<victim-services-panel>', () => {
  it('shows the panel from attributes (category, California’s rights) and passes axe inside its shadow root', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}/widget/`);
    await expect.poll(() => categories(page), { timeout: 10_000 }).toContain('domestic-family-violence');
    await expect.poll(() => inWidget(page, '[data-testid=rights-script]').getAttribute('data-script-id', { timeout: 1000 }).catch(() => null), { timeout: 10_000 }).toBe('us-ca-en');
    expect(await page.evaluate(() => Boolean(document.getElementById('panel')!.shadowRoot))).toBe(true);
    // Scoped to the host element: axe walks its open shadow root; the demo page is not under test.
    expect(await axeViolations(page, 'victim-services-panel')).toEqual([]);
    // Nothing outside the host's own origin.
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    // No globals besides the element's class behind customElements and one namespace.
    expect(await page.evaluate(() => typeof (window as unknown as { VictimServicesPanel?: { mount?: unknown } }).VictimServicesPanel?.mount)).toBe('function');
    await page.close();
  });

  it('adds no globals but the element and the VictimServicesPanel namespace, and no style to the page; loads the app only for a panel, once', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}/fixtures/aria-labelled.html`);
    const before = await page.evaluate(() => ({ keys: Object.keys(window), sheets: document.styleSheets.length, styles: document.querySelectorAll('style').length }));
    await page.addScriptTag({ url: `${server.url}/dist/widget/victim-services-panel.iife.js` });
    // A page with no panel on it pays for the small entry script only.
    await page.waitForTimeout(300);
    expect(requests.filter((url) => url.includes('/dist/widget/'))).toEqual([`${server.url}/dist/widget/victim-services-panel.iife.js`]);
    // Two panels: the app file and each message file are fetched once.
    await page.evaluate(() => {
      const namespace = (window as unknown as { VictimServicesPanel: { mount(parent: Element, options: unknown): Element } }).VictimServicesPanel;
      namespace.mount(document.body, { attributes: { id: 'one', 'incident-type': 'DOM VIOL', lang: 'es', 'store-name': 'one' } });
      namespace.mount(document.body, { attributes: { id: 'two', 'incident-type': 'ROBBERY', lang: 'es', 'store-name': 'two' } });
    });
    await expect.poll(() => categories(page, '#two'), { timeout: 10_000 }).toContain('robbery');
    await expect.poll(() => categories(page, '#one'), { timeout: 10_000 }).toContain('domestic-family-violence');
    const fetched = (pattern: RegExp) => requests.filter((url) => pattern.test(new URL(url).pathname)).length;
    expect([fetched(/\/chunks\/app-[\w-]+\.js$/), fetched(/_locales\/en\/messages\.[0-9a-f]{10}\.json$/), fetched(/_locales\/es\/messages\.[0-9a-f]{10}\.json$/)]).toEqual([1, 1, 1]);
    // Only the content-hashed copies: those the HTTP cache may keep for good.
    expect(fetched(/_locales\/\w+\/messages\.json$/)).toBe(0);
    await page.evaluate(() => document.querySelectorAll('#one, #two').forEach((node) => node.remove()));
    const after = await page.evaluate(() => ({ keys: Object.keys(window), sheets: document.styleSheets.length, styles: document.querySelectorAll('style').length }));
    expect(after.keys.filter((key) => !before.keys.includes(key))).toEqual(['VictimServicesPanel']);
    expect(after.sheets).toBe(before.sheets);
    expect(after.styles).toBe(before.styles);
    expect(await page.evaluate(() => Boolean(customElements.get('victim-services-panel')))).toBe(true);
    await page.close();
  });

  it('works as an ES module too, finding its content beside the script', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/fixtures/aria-labelled.html`);
    await page.addScriptTag({ type: 'module', content: `import { mount } from '${server.url}/dist/widget/victim-services-panel.js'; mount(document.body, { attributes: { id: 'esm', 'incident-type': 'DOM VIOL', jurisdiction: 'US-CA', 'store-name': 'esm' } });` });
    await expect.poll(() => categories(page, '#esm'), { timeout: 10_000 }).toContain('domestic-family-violence');
    await expect.poll(() => inWidget(page, '[data-testid=rights-script]', '#esm').getAttribute('data-script-id', { timeout: 1000 }).catch(() => null), { timeout: 10_000 }).toBe('us-ca-en');
    await page.close();
  });

  it('is not restyled by the host page’s hostile CSS, and leaks no style out', async () => {
    const styleOf = async (page: Page) =>
      page.evaluate(() => {
        const root = document.getElementById('panel')!.shadowRoot!;
        const pick = (selector: string) => {
          const node = root.querySelector(selector);
          if (!node) return null;
          const style = getComputedStyle(node);
          return { color: style.color, fontSize: style.fontSize, fontFamily: style.fontFamily, letterSpacing: style.letterSpacing, textTransform: style.textTransform, lineHeight: style.lineHeight, display: style.display, background: style.backgroundColor, border: style.borderTopStyle };
        };
        return { app: pick('.vsp-app'), title: pick('.vsp-card-title'), button: pick('button'), category: pick('[data-testid=incident-category]') };
      });
    const calm = await context.newPage();
    await calm.goto(`${server.url}/widget/`);
    await inWidget(calm, '[data-testid=incident-category]').first().waitFor();
    const hostile = await context.newPage();
    await hostile.goto(`${server.url}/widget/#hostile`);
    await inWidget(hostile, '[data-testid=incident-category]').first().waitFor();
    // The hostile styles do apply to the page around the widget...
    expect(await hostile.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSize)).toBe('40px');
    // ...and not inside it.
    const inside = await styleOf(hostile);
    expect(inside.title).not.toBeNull();
    expect(inside).toEqual(await styleOf(calm));
    expect(inside.app?.fontSize).toBe('16px');
    // The widget's own styles (panel.css is written for :root too) stay in its shadow root.
    expect(await calm.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--vsp-bg'))).toBe('');
    expect(await calm.evaluate(() => ({ font: getComputedStyle(document.body).font, background: getComputedStyle(document.body).backgroundColor }))).toEqual({
      font: '13px Tahoma, Verdana, sans-serif',
      background: 'rgb(232, 236, 240)',
    });
    await calm.close();
    await hostile.close();
  });

  it('follows attribute changes, fires vsp-change and vsp-summary, and keeps the checklist across a reload', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/widget/`);
    await recordEvents(page);
    await expect.poll(() => categories(page), { timeout: 10_000 }).toContain('domestic-family-violence');

    const done = inWidget(page, '[data-testid=checklist-item][data-item-id=safety-plan] [data-choice=done]');
    await expect.poll(() => done.isEnabled(), { timeout: 10_000 }).toBe(true);
    await done.click();
    await expect.poll(async () => (await events(page)).find((event) => event.type === 'vsp-change')?.detail, { timeout: 5000 }).toMatchObject({
      kind: 'changed',
      incidentId: '2026-004417',
      itemIds: expect.arrayContaining(['safety-plan']),
      items: expect.arrayContaining([{ itemId: 'safety-plan', state: 'done' }]),
    });
    const notes = inWidget(page, '[data-testid=notes-input]');
    if ((await notes.count()) > 0) {
      await notes.fill('Private note text');
      await expect.poll(() => inWidget(page, '[data-testid=notes-status]').getAttribute('data-state'), { timeout: 5000 }).toBe('saved');
    }
    expect(JSON.stringify(await events(page))).not.toContain('Private note text');

    await inWidget(page, '[data-testid=insert-summary]').click();
    await expect.poll(async () => (await events(page)).filter((event: Logged) => event.type === 'vsp-summary').length).toBe(1);
    const summary = (await events(page)).find((event) => event.type === 'vsp-summary')!.detail as { text: string };
    expect(summary.text).toContain('2026-004417');
    expect(await page.inputValue('#narrative')).toBe(summary.text);

    const referralIds = () => inWidget(page, '[data-testid=referral]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-referral-id')).join(' '));
    const sectionIds = () => inWidget(page, '[data-section-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-section-id')).join(' '));
    await expect.poll(referralIds, { timeout: 10_000 }).not.toBe('');
    const dvReferrals = await referralIds();
    const dvSections = await sectionIds();
    await page.evaluate(() => document.getElementById('panel')!.setAttribute('incident-type', 'BURGLARY - RESIDENTIAL'));
    await expect.poll(() => categories(page)).toEqual(['burglary']);
    // The attributes drive the script and the referrals, not only the category.
    await expect.poll(sectionIds).not.toBe(dvSections);
    await expect.poll(referralIds).not.toBe(dvReferrals);
    await page.evaluate(() => document.getElementById('panel')!.setAttribute('jurisdiction', 'US-TX'));
    await expect.poll(() => inWidget(page, '[data-testid=rights-script]').getAttribute('data-script-id', { timeout: 1000 }).catch(() => null)).toBe('us-tx-en');
    await page.evaluate(() => document.getElementById('panel')!.setAttribute('jurisdiction', 'US-CA'));
    await page.evaluate(() => document.getElementById('panel')!.setAttribute('incident-type', 'DOM VIOL - BATTERY (243(E)(1) PC)'));
    await expect.poll(() => categories(page)).toContain('domestic-family-violence');

    await page.reload();
    await expect.poll(() => inWidget(page, '[data-testid=checklist-item][data-item-id=safety-plan]').getAttribute('data-state', { timeout: 1000 }).catch(() => null), { timeout: 10_000 }).toBe('done');
    await page.close();
  });

  it('shows the settings notice for an invalid config, and applies what is valid', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/widget/`);
    await page.evaluate(() => {
      (document.getElementById('panel') as unknown as { config: unknown }).config = { languages: ['en', 'es'], retentionDays: 'forever' };
    });
    await expect.poll(() => inWidget(page, '[data-testid=settings-problems]').textContent({ timeout: 1000 }).catch(() => ''), { timeout: 10_000 }).toContain('config › retentionDays');
    expect(await inWidget(page, '[data-testid=rights-script]').getAttribute('data-script-id')).toBe('us-ca-en');
    await page.close();
  });

  it('reads the host page itself with auto-read, in its own store', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/widget/`);
    await page.evaluate(() => {
      const namespace = (window as unknown as { VictimServicesPanel: { mount(parent: Element, options: unknown): Element } }).VictimServicesPanel;
      namespace.mount(document.body, { attributes: { id: 'reader', 'auto-read': '', 'store-name': 'reader', jurisdiction: 'US-CA' } });
    });
    await expect.poll(() => categories(page, '#reader'), { timeout: 10_000 }).toContain('domestic-family-violence');
    // The reader follows the page: the officer changes the incident type in the RMS form.
    await page.fill('#type', 'ROBBERY - STRONG ARM');
    await expect.poll(() => categories(page, '#reader'), { timeout: 10_000 }).toContain('robbery');
    await page.close();
  });
  it('prints only the handout, from a frame of its own: never the host page around it', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/widget/`);
    await page.evaluate(() => {
      const log: { hostPrinted: number; frames: { text: string; title: string; hasForm: boolean }[] } = { hostPrinted: 0, frames: [] };
      (window as unknown as { __print: typeof log }).__print = log;
      window.print = () => void log.hostPrinted++;
      // Read each frame as it is added (it is removed once printing ends).
      new MutationObserver((records) => {
        for (const node of records.flatMap((record) => [...record.addedNodes])) {
          if (!(node instanceof HTMLIFrameElement) || !node.contentDocument) continue;
          const doc = node.contentDocument;
          log.frames.push({ text: doc.body.textContent ?? '', title: doc.title, hasForm: doc.querySelector('form, #narrative') !== null });
        }
      }).observe(document.body, { childList: true });
    });
    const print = inWidget(page, '[data-testid=handout-print]');
    await expect.poll(() => print.isEnabled({ timeout: 1000 }).catch(() => false), { timeout: 10_000 }).toBe(true);
    await print.click();
    const log = () => page.evaluate(() => (window as unknown as { __print: { hostPrinted: number; frames: { text: string; title: string; hasForm: boolean }[] } }).__print);
    await expect.poll(async () => (await log()).frames.length, { timeout: 5000 }).toBe(1);
    const { hostPrinted, frames } = await log();
    expect(hostPrinted).toBe(0);
    expect(frames[0]!.text).toContain('2026-004417');
    expect(frames[0]!.text).toContain('Harbor County Victim Services Unit');
    expect(frames[0]!.hasForm).toBe(false);
    // Nothing of the RMS page: its heading and narrative label are not in the printed frame.
    const hostHeading = await page.locator('h1').first().textContent();
    expect(frames[0]!.text).not.toContain(hostHeading!.trim());
    expect(frames[0]!.title).not.toBe('');
    // Out of sight while it waits for the print dialog, then gone once printing ends.
    expect(await page.locator('iframe').evaluate((frame) => ({ hidden: frame.getAttribute('aria-hidden'), width: frame.getBoundingClientRect().width }))).toEqual({ hidden: 'true', width: 0 });
    await page.locator('iframe').evaluate((frame) => (frame as HTMLIFrameElement).contentWindow!.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => page.locator('iframe').count()).toBe(0);
    await page.close();
  });

  it('says, as an accessible alert in the officer’s language, when its files are missing', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/fixtures/aria-labelled.html`);
    await page.addScriptTag({ url: `${server.url}/dist/widget/victim-services-panel.iife.js` });
    await page.evaluate(() => {
      const namespace = (window as unknown as { VictimServicesPanel: { mount(parent: Element, options: unknown): Element } }).VictimServicesPanel;
      namespace.mount(document.body, { attributes: { id: 'broken', lang: 'es', 'content-base': '/missing/', 'incident-type': 'DOM VIOL', 'store-name': 'broken' } });
    });
    const alert = inWidget(page, '[role=alert]', '#broken');
    await expect.poll(() => alert.textContent({ timeout: 1000 }).catch(() => ''), { timeout: 10_000 }).toContain(`${server.url}/missing/`);
    expect(await alert.textContent()).toContain('no pudo cargar');
    expect(await axeViolations(page, '#broken')).toEqual([]);
    await page.close();
  });
});
