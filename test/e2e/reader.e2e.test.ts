import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { categoriesOf, startSession, textOf, textsOf, type Session } from './harness';
import type { Chrome } from './chrome';

declare const chrome: Chrome;

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});


async function openFixture(name: string) {
  const rms = await session.openRms(`/fixtures/${name}`);
  const panel = await session.openPanel({ tabId: rms.tabId });
  return { ...rms, panel };
}

/** Each RMS page shape: the panel shows what it read and what it means. */
const CASES: Array<{ fixture: string; text: string; category: string; caseNumber?: string }> = [
  { fixture: 'aspnet-table-form.html', text: 'DOM VIOL - BATTERY', category: 'domestic-family-violence', caseNumber: '2026-004417' },
  { fixture: 'aria-labelled.html', text: 'STALKING', category: 'stalking-harassment', caseNumber: 'INC-2026-00931' },
  { fixture: 'iframe-host.html', text: 'ELDER ABUSE - FINANCIAL', category: 'elder-abuse-neglect', caseNumber: '2026-001987' },
  { fixture: 'shadow-form.html', text: 'CHILD ABUSE - PHYSICAL', category: 'child-physical-abuse-neglect', caseNumber: '26-CPU-000219' },
  { fixture: 'spa-late-render.html', text: 'ROBBERY - STRONG ARM', category: 'robbery' },
  { fixture: 'modal-disabled.html', text: 'HUMAN TRAFFICKING - SEX', category: 'human-trafficking-sex' },
];

describe('reading RMS page shapes in Chromium', () => {
  for (const c of CASES) {
    it(`${c.fixture}: shows "${c.text}" as ${c.category}`, async () => {
      const { page, panel } = await openFixture(c.fixture);
      await expect.poll(() => textsOf(panel), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining(c.text)]));
      await expect.poll(() => categoriesOf(panel)).toContain(c.category);
      expect((await categoriesOf(panel))[0]).toBe(c.category);
      if (c.caseNumber) await expect.poll(() => textOf(panel, '[data-testid=case-number]')).toContain(c.caseNumber);
      await panel.close();
      await page.close();
    });
  }

  it('dl-summary.html: several offences give several signals; domestic outranks the threats', async () => {
    const { page, panel } = await openFixture('dl-summary.html');
    await expect.poll(() => textsOf(panel)).toHaveLength(2);
    const categories = await categoriesOf(panel);
    expect(categories[0]).toBe('domestic-family-violence');
    expect(categories).toContain('stalking-harassment');
    expect(new Set(categories).size).toBe(categories.length);
    await panel.close();
    await page.close();
  });

  it('select-changes.html: follows the officer changing the offence', async () => {
    const { page, panel } = await openFixture('select-changes.html');
    await expect.poll(() => textsOf(panel)).toEqual(expect.arrayContaining([expect.stringContaining('THEFT - PETTY')]));
    await page.selectOption('#offense', 'SEX-ASLT');
    await expect.poll(() => categoriesOf(panel)).toEqual(['adult-sexual-assault']);
    expect(await textsOf(panel)).toEqual(expect.arrayContaining(['SEXUAL ASSAULT']));
    await panel.close();
    await page.close();
  });

  it('polling-calls.html: reads every call type in a CAD table that is replaced every 2 s', async () => {
    const { page, panel } = await openFixture('polling-calls.html');
    // The board's column index of "Call Type", then the values it shows right now.
    const shown = () =>
      page.$$eval('table tbody tr', (rows) => {
        const headers = [...document.querySelectorAll('table thead th')].map((th) => th.textContent?.trim());
        const column = headers.indexOf('Call Type');
        return [...new Set(rows.map((row) => row.children[column]?.textContent?.trim() ?? ''))].sort();
      });
    const read = async () => [...new Set(await textsOf(panel))].sort();
    await expect.poll(async () => JSON.stringify(await read()) === JSON.stringify(await shown()), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => categoriesOf(panel)).toContain('domestic-family-violence');
    // The rows change on the next refresh; the panel follows.
    const before = await shown();
    await expect.poll(async () => JSON.stringify(await shown()) !== JSON.stringify(before), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => JSON.stringify(await read()) === JSON.stringify(await shown()), { timeout: 10_000 }).toBe(true);
    await panel.close();
    await page.close();
  });

  it('home-menus.html: menus that name crimes trigger nothing; the officer can choose', async () => {
    const { page, panel } = await openFixture('home-menus.html');
    await expect.poll(() => textOf(panel, '[data-testid=incident-message]')).toContain('No incident type on this page');
    expect(await categoriesOf(panel)).toEqual([]);
    await panel.click('[data-testid=change-category]');
    await panel.selectOption('[data-testid=category-picker]', 'burglary');
    await panel.click('[data-testid=use-category]');
    await expect.poll(() => categoriesOf(panel)).toEqual(['burglary']);
    expect(await textOf(panel, '[data-testid=incident-category]')).toContain('Chosen by you');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('lets the officer correct a recognised category, and undo it', async () => {
    const { page, panel } = await openFixture('aspnet-table-form.html');
    await expect.poll(() => categoriesOf(panel)).toContain('domestic-family-violence');
    await panel.click('[data-testid=change-category]');
    await panel.selectOption('[data-testid=category-picker]', 'teen-dating');
    await panel.click('[data-testid=use-category]');
    await expect.poll(() => categoriesOf(panel)).toEqual(['teen-dating']);
    // Kept with the incident: a panel opened again on it shows the officer's choice.
    await panel.close();
    const again = await session.openPanel({ tabId: (await session.worker.evaluate((url) => chrome.tabs.query({ url }), page.url()))[0]!.id! });
    await expect.poll(() => categoriesOf(again)).toEqual(['teen-dating']);
    await again.click('[data-testid=undo-correction]');
    await expect.poll(() => categoriesOf(again)).toContain('domestic-family-violence');
    await again.close();
    await page.close();
  });

  it('has no WCAG 2.2 A/AA violations with categories and reasons open', async () => {
    const { page, panel } = await openFixture('dl-summary.html');
    await expect.poll(() => categoriesOf(panel)).toContain('domestic-family-violence');
    await panel.click('.vsp-why summary');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('teach mode: an administrator points at the field and the site rule wins from then on', async () => {
    const setOptions = (value: unknown) => session.worker.evaluate((options) => chrome.storage.local.set({ 'vsp.adminOptions': options }), value);
    await setOptions({ teachTools: true, mappings: [], siteRules: {} });
    const { page, panel } = await openFixture('dl-summary.html');
    await expect.poll(() => textsOf(panel)).toHaveLength(2);
    await panel.click('[data-testid=point-incident]');
    await expect.poll(() => textOf(panel, '[data-testid=site-setup-status]')).toContain('Click the field');
    await page.click('dd:has-text("CRIMINAL THREATS")');
    await expect.poll(() => textOf(panel, '[data-testid=site-setup-status]')).toContain(`Saved for ${session.baseUrl}`);
    // The reader restarts with the rule: only the chosen field is read now.
    await expect.poll(() => textsOf(panel)).toEqual([expect.stringContaining('CRIMINAL THREATS')]);
    const stored = await session.worker.evaluate(() => chrome.storage.local.get('vsp.adminOptions'));
    const rules = (stored['vsp.adminOptions'] as { siteRules: Record<string, { incidentSelector?: string }> }).siteRules;
    expect(rules[session.baseUrl]?.incidentSelector).toBeTruthy();
    expect(await axeViolations(panel)).toEqual([]);
    await setOptions({ teachTools: false, mappings: [], siteRules: {} });
    await panel.close();
    await page.close();
  });

  it('a department mapping decides the category', async () => {
    await session.worker.evaluate(() =>
      chrome.storage.local.set({ 'vsp.adminOptions': { mappings: [{ match: 'STALKING', kind: 'exact', category: 'teen-dating', note: 'school resource unit' }], siteRules: {}, teachTools: false } }),
    );
    const { page, panel } = await openFixture('aria-labelled.html');
    await expect.poll(() => categoriesOf(panel)).toEqual(expect.arrayContaining(['teen-dating']));
    expect((await categoriesOf(panel))[0]).toBe('teen-dating');
    await session.worker.evaluate(() => chrome.storage.local.remove('vsp.adminOptions'));
    await panel.close();
    await page.close();
  });
});
