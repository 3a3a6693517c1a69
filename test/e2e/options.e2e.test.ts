import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import type { Chrome } from './chrome';
import { startSession, textOf, type Session } from './harness';

declare const chrome: Chrome;

let session: Session;
let options: Page;
beforeAll(async () => {
  session = await startSession();
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
});
afterAll(async () => {
  await session?.close();
});

async function addMapping(page: Page, mapping: { match: string; kind: 'exact' | 'pattern'; category: string }) {
  await page.fill('[data-testid=mapping-match]', mapping.match);
  await page.selectOption('[data-testid=mapping-kind]', mapping.kind);
  await page.selectOption('[data-testid=mapping-category]', mapping.category);
  await page.click('[data-testid=mapping-add]');
  await expect.poll(() => textOf(page, '[data-testid=mapping-save-status]')).toBe('Saved.');
}

const storedMappings = () =>
  session.worker.evaluate(async () => {
    const stored = await chrome.storage.local.get('vsp.adminOptions');
    return (stored['vsp.adminOptions'] as { mappings?: unknown[] } | undefined)?.mappings ?? [];
  });

const firstCategories = (page: Page) =>
  page.$$eval('[data-testid=tester-row]', (rows) => rows.map((row) => row.getAttribute('data-first-category')));

describe('options page in Chromium', () => {
  it('is the extension’s options page, titled in the UI language', async () => {
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest() as { options_ui?: { page: string; open_in_tab?: boolean } });
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    expect(await options.title()).toBe('Victim services: department settings');
    expect(await textOf(options, 'h1')).toBe('Victim services: department settings');
  });

  it('adds a mapping, stores it, and the tester shows it winning over the built-in rule', async () => {
    await addMapping(options, { match: 'XYZ-77', kind: 'pattern', category: 'elder-abuse-neglect' });
    expect(await storedMappings()).toEqual([{ match: 'XYZ-77', kind: 'pattern', category: 'elder-abuse-neglect' }]);
    await expect.poll(() => textOf(options, '[data-testid=mapping-row]')).toContain('Elder abuse or neglect');

    await options.fill('[data-testid=tester-input]', 'XYZ-77 ASSAULT\nWELFARE CHECK\nDOM VIOL - BATTERY');
    await options.click('[data-testid=tester-run]');
    await expect.poll(() => firstCategories(options)).toEqual(['elder-abuse-neglect', 'none', 'domestic-family-violence']);
    expect(await textOf(options, '[data-testid=tester-row]')).toContain('Department mapping');
    expect(await textOf(options, '[data-testid=tester-summary]')).toContain('Decided by a department mapping: 1.');
  });

  it('refuses an invalid pattern and stores nothing new', async () => {
    await options.fill('[data-testid=mapping-match]', 'XYZ-(77');
    await options.selectOption('[data-testid=mapping-kind]', 'pattern');
    await options.selectOption('[data-testid=mapping-category]', 'robbery');
    await options.click('[data-testid=mapping-add]');
    await expect.poll(() => textOf(options, '[data-testid=mapping-errors]')).toContain('invalid regular expression');
    expect(await storedMappings()).toHaveLength(1);
    // Leave the form clean for the accessibility checks below.
    await options.fill('[data-testid=mapping-match]', '');
  });

  it('the panel uses a mapping saved here', async () => {
    await addMapping(options, { match: '^STALKING$', kind: 'pattern', category: 'teen-dating' });
    const rms = await session.openRms('/fixtures/aria-labelled.html');
    const panel = await session.openPanel({ tabId: rms.tabId });
    const categories = () => panel.$$eval('[data-testid=incident-category]', (nodes) => nodes.map((node) => node.getAttribute('data-category'))).catch(() => [] as (string | null)[]);
    await expect.poll(categories, { timeout: 10_000 }).toContain('teen-dating');
    expect((await categories())[0]).toBe('teen-dating');
    await panel.close();
    await rms.page.close();
  });

  it('turns the panel’s site set-up tools on and off', async () => {
    await options.check('[data-testid=teach-tools]');
    await expect.poll(() => session.worker.evaluate(async () => ((await chrome.storage.local.get('vsp.adminOptions'))['vsp.adminOptions'] as { teachTools?: boolean }).teachTools)).toBe(true);
    await options.uncheck('[data-testid=teach-tools]');
    await expect.poll(() => session.worker.evaluate(async () => ((await chrome.storage.local.get('vsp.adminOptions'))['vsp.adminOptions'] as { teachTools?: boolean }).teachTools)).toBe(false);
  });

  it('has no WCAG 2.2 A/AA violations, light and dark, with results and a site rule shown', async () => {
    await session.worker.evaluate(async () => {
      const stored = (await chrome.storage.local.get('vsp.adminOptions'))['vsp.adminOptions'] as Record<string, unknown>;
      await chrome.storage.local.set({ 'vsp.adminOptions': { ...stored, siteRules: { 'http://127.0.0.1:5174': { incidentSelector: '#offense' } } } });
    });
    await expect.poll(() => textOf(options, '[data-testid=site-rule-row]')).toContain('#offense');
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });
  });
});
