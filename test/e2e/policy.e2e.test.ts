import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { categoriesOf, startSession, textOf, textsOf, type Session } from './harness';

/**
 * Managed policy as a department deploys it on Linux: a JSON file in Chromium's policy folder,
 * with the extension's settings under 3rdparty.extensions.<id>. Writing there needs root, which
 * CI has; anywhere else this suite says so and fails rather than pretending.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/victim-services-panel-e2e.json`;

let session: Session;

beforeAll(async () => {
  session = await startSession({
    beforeLaunch: ({ baseUrl, extensionId }) => {
      const settings = {
        incidentMappings: [
          { match: 'STALKING', kind: 'exact', category: 'teen-dating', note: 'school resource unit' },
          { match: 'X', kind: 'exact', category: 'theft' },
        ],
        rmsSites: [{ match: `${baseUrl}/*`, incidentSelector: 'dl dd:nth-of-type(3)' }],
        teachTools: true,
        retentionDays: 99999,
      };
      try {
        mkdirSync(POLICY_DIR, { recursive: true });
        writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: settings } } }));
      } catch (error) {
        throw new Error(`The policy e2e writes ${POLICY_FILE} and needs root (CI runs as root): ${String(error)}`);
      }
    },
  });
});
afterAll(async () => {
  await session?.close();
  rmSync(POLICY_FILE, { force: true });
});


describe('department policy (Chromium managed storage)', () => {
  it('applies valid policy fields and lists the invalid ones by path', async () => {
    const rms = await session.openRms('/fixtures/aria-labelled.html');
    const panel = await session.openPanel({ tabId: rms.tabId });
    await expect.poll(() => categoriesOf(panel), { timeout: 10_000 }).toEqual(expect.arrayContaining(['teen-dating']));
    expect((await categoriesOf(panel))[0]).toBe('teen-dating');
    const notice = await textOf(panel, '[data-testid=settings-problems]');
    expect(notice).toContain('policy › incidentMappings[1].category');
    expect(notice).toContain('policy › retentionDays');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
    await rms.page.close();
  });

  it('uses the policy site rule for the RMS origin', async () => {
    const rms = await session.openRms('/fixtures/dl-summary.html');
    const panel = await session.openPanel({ tabId: rms.tabId });
    await expect.poll(() => textsOf(panel), { timeout: 10_000 }).toHaveLength(1);
    // The panel's teach tools are on by policy, but pointing is locked: the policy's rules win.
    expect(await textOf(panel, '[data-testid=site-setup]')).toContain('Set by your department');
    await panel.close();
    await rms.page.close();
  });

  it('shows policy-set fields read-only on the options page', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => textOf(page, '[data-testid=mappings-locked]')).toBe('Set by your department');
    expect(await page.locator('[data-testid=mapping-remove]').count()).toBe(0);
    expect(await page.isDisabled('[data-testid=teach-tools]')).toBe(true);
    expect(await textOf(page, '[data-testid=site-rules-locked]')).toBe('Set by your department');
    // Every setting is listed with its source; the invalid policy value left the default in force.
    expect(await page.getAttribute('[data-setting=incidentMappings]', 'data-source')).toBe('policy');
    expect(await page.getAttribute('[data-setting=retentionDays]', 'data-source')).toBe('default');
    expect(await textOf(page, '[data-setting=retentionDays]')).toContain('30');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
