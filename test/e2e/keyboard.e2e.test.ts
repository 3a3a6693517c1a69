import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { startSession, type Session } from './harness';
import type { Chrome } from './chrome';

declare const chrome: Chrome;

/** An officer without a mouse (or with a keyboard dock in the car), and Windows high-contrast mode. */
let session: Session;

beforeAll(async () => {
  session = await startSession();
  await session.worker.evaluate(() => chrome.storage.local.set({ 'vsp.adminOptions': { jurisdiction: 'US-CA' } }));
});
afterAll(async () => {
  await session?.close();
});

describe('keyboard and forced colours', () => {
  it('reaches and works the checklist with Tab and Enter, with a visible focus ring', async () => {
    const rms = await session.openRms('/reports/incident-2026-004417.html');
    const panel = await session.openPanel({ tabId: rms.tabId });
    const done = panel.locator('[data-testid=checklist-item][data-item-id=safety-plan] [data-choice=done]');
    await expect.poll(() => done.isEnabled().catch(() => false), { timeout: 15_000 }).toBe(true);
    // Tab from the top until the safety-plan "Done" button has focus.
    let reached = false;
    for (let presses = 0; presses < 200 && !reached; presses++) {
      await panel.keyboard.press('Tab');
      reached = await done.evaluate((button) => button === document.activeElement);
    }
    expect(reached).toBe(true);
    const outline = await done.evaluate((button) => getComputedStyle(button).outlineStyle);
    expect(outline).not.toBe('none');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('[data-testid=checklist-item][data-item-id=safety-plan]').getAttribute('data-state')).toBe('done');
    await panel.close();
    await rms.page.close();
  });

  it('passes axe in forced-colours mode', async () => {
    const rms = await session.openRms('/reports/incident-2026-004417.html');
    const panel = await session.openPanel({ tabId: rms.tabId });
    await panel.emulateMedia({ forcedColors: 'active' });
    await panel.locator('[data-testid=rights-script]').waitFor({ timeout: 15_000 });
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
    await rms.page.close();
  });
});
