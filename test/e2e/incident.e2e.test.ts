import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { startSession, textOf, type Session } from './harness';
import { pdfText } from './pdf-text';
import { installSpeechStub } from './speech-stub';
import type { Chrome } from './chrome';

declare const chrome: Chrome;

/**
 * An officer's whole job on one domestic violence report, in the built extension: the department
 * has set its jurisdiction and imported its local services; the panel shows California's rights
 * with the DV add-on, reads them aloud, offers the local shelter first, records everything in the
 * encrypted checklist, prints the handout and inserts the summary into the report. Then the
 * browser is killed, and everything shown as "Saved" is still there.
 */
const REPORT = '/reports/incident-2026-004417.html';
const CASE = '2026-004417';
const CSV = [
  'name,categories,service types,phone,text line,website,languages,hours,24/7,service area counties,service area ZIPs,time zone,notes,last verified',
  'Harbor County Safe Haven,domestic violence; stalking,hotline; emergency shelter; advocacy,(503) 555-0142,,https://example.org/safe-haven,English; Spanish,24/7,yes,,,America/Los_Angeles,Fictional test listing,2026-10-01',
  'Cedar Valley Legal Aid,domestic violence,legal aid,503-555-0187,,,English,Mo-Fr 09:00-17:00,no,,,America/Los_Angeles,,2026-09-01',
  'Broken Row,domestic violence,hotline,555-12,,,English,24/7,yes,,,America/Los_Angeles,,2026-09-01',
].join('\n');

const profile = mkdtempSync(join(tmpdir(), 'vsp-incident-'));
const csvFile = join(profile, '..', `vsp-directory-${Date.now()}.csv`);
let session: Session;

async function start(): Promise<Session> {
  return startSession({ userDataDir: profile, initScript: installSpeechStub });
}

async function openReport(s: Session): Promise<{ rms: Page; panel: Page }> {
  const { page: rms, tabId } = await s.openRms(REPORT);
  const panel = await s.openPanel({ tabId });
  await panel.setViewportSize({ width: 460, height: 900 });
  await panel.waitForSelector('[data-testid=rights-script]', { timeout: 15_000 });
  return { rms, panel };
}

const state = (panel: Page, itemId: string) => panel.locator(`[data-testid=checklist-item][data-item-id="${itemId}"]`).getAttribute('data-state', { timeout: 1000 }).catch(() => null);

beforeAll(async () => {
  writeFileSync(csvFile, CSV);
  session = await start();
  await session.worker.evaluate(() =>
    chrome.storage.local.set({
      'vsp.adminOptions': {
        jurisdiction: 'US-CA',
        languages: ['en', 'es'],
        victimLiaison: { name: 'Harbor County Victim Services Unit', phone: '(503) 555-0100' },
        handoutQrUrl: 'https://harbor-county.example/victims',
      },
    }),
  );
});
afterAll(async () => {
  await session?.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
  rmSync(csvFile, { force: true });
});

describe('a domestic violence report, start to finish', () => {
  it('imports the department’s services on the options page, listing the bad row', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.setInputFiles('[data-testid=import-file]', csvFile);
    await expect.poll(() => textOf(options, '[data-testid=import-preview]')).toContain('2 services can be imported; 1 rows have problems');
    expect(await textOf(options, '[data-testid=import-invalid]')).toMatch(/Row 4.*555-12/);
    await options.click('[data-testid=import-confirm]');
    await expect.poll(() => textOf(options, '[data-testid=import-message]')).toContain('Imported 2 services');
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('shows California’s base rights plus the DV add-on, and reads them aloud', async () => {
    const { rms, panel } = await openReport(session);
    const script = panel.locator('[data-testid=rights-script]');
    expect(await script.getAttribute('data-script-id')).toBe('us-ca-en');
    await panel.click('[data-testid=script-whole]');
    const sections = await panel.locator('[data-testid=rights-script] [data-section-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-section-id')));
    expect(sections[0]).toBe('introduction');
    expect(sections).toContain('domestic-violence-safety');
    expect(sections).not.toContain('sexual-assault-rights');

    await panel.click('[data-testid=speech-play]');
    const spokenCount = () => panel.evaluate(() => (window as unknown as { __spoken?: unknown[] }).__spoken?.length ?? -1);
    await expect
      .poll(spokenCount, { timeout: 10_000, message: `speech status: ${await textOf(panel, '[data-testid=speech-status]')}` })
      .toBeGreaterThan(2);
    const spoken = await panel.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
    expect(spoken[0]).toMatchObject({ text: "About Marsy's Rights", lang: 'en-US' });
    await expect.poll(() => panel.locator('.vsp-speaking').count()).toBe(1);
    await panel.click('[data-testid=speech-stop]');

    await panel.click('[data-testid=record-read]');
    await expect.poll(() => state(panel, 'rights-read')).toBe('done');
    await panel.close();
    await rms.close();
  });

  it('offers the local shelter first, and "give" lands in the checklist', async () => {
    const { rms, panel } = await openReport(session);
    await expect.poll(() => panel.locator('[data-testid=referral]').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const first = panel.locator('[data-testid=referral]').first();
    expect(await first.locator('.vsp-referral-name').textContent()).toBe('Harbor County Safe Haven');
    await first.locator('[data-testid=give-referral]').click();
    await expect.poll(() => textOf(panel, '[data-item-id=referral-given]')).toContain('Harbor County Safe Haven');
    await panel.close();
    await rms.close();
  });

  it('prints a handout whose PDF holds the case number, the rights and the service given', async () => {
    const { rms, panel } = await openReport(session);
    await expect.poll(() => textOf(panel, '[data-item-id=referral-given]')).toContain('Harbor County Safe Haven');
    const pdf = await panel.pdf({ format: 'Letter' });
    const text = await pdfText(new Uint8Array(pdf));
    expect(text).toContain(CASE);
    expect(text).toContain('Harbor County Safe Haven');
    expect(text).toContain('Harbor County Victim Services Unit');
    expect(text).toContain("About Marsy's Rights");
    // The print stylesheet leaves only the handout: none of the panel's controls are printed.
    expect(text).not.toContain('Copy for report');
    // On screen, the preview passes axe like the rest of the panel.
    await panel.click('[data-testid=handout-preview]');
    await panel.locator('[data-testid=handout]').waitFor();
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
    await rms.close();
  });

  it('inserts the summary into the report narrative, after the officer’s text', async () => {
    const { rms, panel } = await openReport(session);
    const narrative = rms.locator('#ctl00_ContentPlaceHolder1_txtNarrative');
    await narrative.fill('Deputies responded to a disturbance.');
    if ((await state(panel, 'rights-read')) !== 'done') await panel.click('[data-testid=record-read]');
    await expect.poll(() => state(panel, 'rights-read'), { timeout: 5000 }).toBe('done');
    await panel.click('[data-testid=insert-summary]');
    await expect.poll(() => textOf(panel, '[data-testid=summary-message]')).toContain('added at the end');
    const value = await narrative.inputValue();
    expect(value.startsWith('Deputies responded to a disturbance.\n\nVICTIM SERVICES PROVIDED')).toBe(true);
    expect(value).toContain(`Case: ${CASE}`);
    expect(value).toContain('Rights read to the victim (script us-ca-en v1.0.0, en)');
    expect(value).toContain('Referrals given: Harbor County Safe Haven ((503) 555-0142)');
    expect(await axeViolations(panel)).toEqual([]);
    // Text zoomed to 200% in a 460 px panel is a 230 px layout: everything reflows, nothing scrolls sideways.
    await panel.setViewportSize({ width: 230, height: 900 });
    await panel.click('[data-testid=script-whole]');
    const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) console.log('WIDE', await panel.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 8).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)));
    expect(overflow).toBeLessThanOrEqual(0);
    await panel.close();
    await rms.close();
  });

  it('keeps every item shown as Saved when the browser is killed', async () => {
    const { rms, panel } = await openReport(session);
    await panel.click('[data-testid=record-written]');
    await expect.poll(() => state(panel, 'rights-card-given'), { timeout: 5000 }).toBe('done');
    await panel.click('[data-testid=checklist-item][data-item-id=safety-plan] [data-choice=done]');
    await panel.click('[data-testid=checklist-item][data-item-id=injury-photos] [data-choice=declined]');
    await panel.fill('[data-testid=notes-input]', 'Victim prefers contact by text after 6 pm.');
    await expect.poll(() => panel.locator('[data-testid=notes-status]').getAttribute('data-state')).toBe('saved');
    await expect.poll(() => panel.locator('[data-testid=checklist-status]').getAttribute('data-state')).toBe('saved');
    expect(await state(panel, 'safety-plan')).toBe('done');
    expect(await state(panel, 'injury-photos')).toBe('declined');

    // SIGKILL: no unload handlers, no orderly shutdown, like a patrol laptop losing power.
    execFileSync('pkill', ['-9', '-f', `user-data-dir=${profile}`]);
    await session.close().catch(() => {});

    session = await start();
    const again = await openReport(session);
    await expect.poll(() => state(again.panel, 'safety-plan'), { timeout: 10_000 }).toBe('done');
    expect(await state(again.panel, 'injury-photos')).toBe('declined');
    expect(await state(again.panel, 'rights-card-given')).toBe('done');
    expect(await textOf(again.panel, '[data-item-id=referral-given]')).toContain('Harbor County Safe Haven');
    expect(await again.panel.locator('[data-testid=saved-note]').allTextContents()).toContain('Victim prefers contact by text after 6 pm.');
    await again.panel.close();
    await again.rms.close();
    void rms;
  });
});
