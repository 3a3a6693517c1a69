import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { axeViolations } from './axe';

/**
 * The embeddable widget (dist/widget, built by `npm run build:widget`) on a plain page in Chromium,
 * with no extension: the demo RMS report with <victim-services-panel> beside it.
 */
let server: { url: string; close(): Promise<void> };
let context: BrowserContext;
const profile = mkdtempSync(join(tmpdir(), 'vsp-widget-'));

/** Runs a query inside the widget's shadow root. */
const inWidget = (page: Page, selector: string) => page.locator(`victim-services-panel >> ${selector}`);
const categories = (page: Page) => inWidget(page, '[data-testid=incident-category]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-category'))).catch(() => []);

beforeAll(async () => {
  server = await startDemoServer();
  ({ context } = await launchWithExtension({ userDataDir: profile }));
});
afterAll(async () => {
  await context?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('<victim-services-panel>', () => {
  it('shows the panel from attributes: the category, California’s rights, and passes axe inside its shadow root', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/widget/`);
    await expect.poll(() => categories(page), { timeout: 10_000 }).toContain('domestic-family-violence');
    await expect.poll(() => inWidget(page, '[data-testid=rights-script]').getAttribute('data-script-id', { timeout: 1000 }).catch(() => null), { timeout: 10_000 }).toBe('us-ca-en');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('is not restyled by the host page’s hostile CSS', async () => {
    const styleOf = async (page: Page) =>
      inWidget(page, '.vsp-card-title').first().evaluate((node) => {
        const style = getComputedStyle(node);
        return { color: style.color, fontSize: style.fontSize, fontFamily: style.fontFamily, letterSpacing: style.letterSpacing };
      });
    const calm = await context.newPage();
    await calm.goto(`${server.url}/widget/`);
    await inWidget(calm, '.vsp-card-title').first().waitFor();
    const hostile = await context.newPage();
    await hostile.goto(`${server.url}/widget/#hostile`);
    await inWidget(hostile, '.vsp-card-title').first().waitFor();
    expect(await hostile.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSize)).toBe('22px');
    expect(await styleOf(hostile)).toEqual(await styleOf(calm));
    await calm.close();
    await hostile.close();
  });

  it('follows attribute changes, fires vsp-change and vsp-summary, and keeps the checklist across a reload', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/widget/`);
    await page.evaluate(() => {
      const log: { type: string; detail: unknown }[] = [];
      (window as unknown as { __events: typeof log }).__events = log;
      for (const type of ['vsp-change', 'vsp-summary']) document.addEventListener(type, (event) => log.push({ type, detail: (event as CustomEvent).detail }));
    });
    await expect.poll(() => categories(page), { timeout: 10_000 }).toContain('domestic-family-violence');
    const done = inWidget(page, '[data-testid=checklist-item][data-item-id=safety-plan] [data-choice=done]');
    await expect.poll(() => done.isEnabled(), { timeout: 10_000 }).toBe(true);
    await done.click();
    await inWidget(page, '[data-testid=notes-input]').fill('Private note text');
    await expect.poll(() => inWidget(page, '[data-testid=notes-status]').getAttribute('data-state'), { timeout: 5000 }).toBe('saved');
    const events = () => page.evaluate(() => (window as unknown as { __events: { type: string; detail: unknown }[] }).__events);
    const change = (await events()).find((event) => event.type === 'vsp-change');
    expect(change?.detail).toMatchObject({ kind: 'changed', incidentIds: ['2026-004417'] });
    expect(JSON.stringify(await events())).not.toContain('Private note text');

    await inWidget(page, '[data-testid=insert-summary]').click();
    await expect.poll(async () => (await events()).some((event) => event.type === 'vsp-summary')).toBe(true);
    expect(await page.inputValue('#narrative')).toContain('Case: 2026-004417');

    await page.evaluate(() => document.getElementById('panel')!.setAttribute('incident-type', 'BURGLARY - RESIDENTIAL'));
    await expect.poll(() => categories(page)).toEqual(['burglary']);
    await page.evaluate(() => document.getElementById('panel')!.setAttribute('incident-type', 'DOM VIOL - BATTERY (243(E)(1) PC)'));

    await page.reload();
    await expect.poll(() => inWidget(page, '[data-testid=checklist-item][data-item-id=safety-plan]').getAttribute('data-state', { timeout: 1000 }).catch(() => null), { timeout: 10_000 }).toBe('done');
    await page.close();
  });

  it('shows the settings notice for an invalid config, and applies what is valid', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/widget/`);
    await page.evaluate(() => {
      (document.getElementById('panel') as unknown as { config: unknown }).config = { languages: ['en', 'es'], retentionDays: 'forever', colour: 'blue' };
    });
    await expect.poll(() => inWidget(page, '[data-testid=settings-problems]').textContent({ timeout: 1000 }).catch(() => ''), { timeout: 10_000 }).toContain('config › retentionDays');
    expect(await inWidget(page, '[data-testid=rights-script]').getAttribute('data-script-id')).toBe('us-ca-en');
    await page.close();
  });
});
