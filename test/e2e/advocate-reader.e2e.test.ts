import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { startSession, type Session } from './harness';
import { installSpeechStub } from './speech-stub';

/** Advocate reader mode: no RMS page, pick jurisdiction, crime and language, read aloud. */
let session: Session;

beforeAll(async () => {
  session = await startSession({ initScript: installSpeechStub });
});
afterAll(async () => {
  await session?.close();
});

describe('reader mode', () => {
  it('shows the chosen jurisdiction’s script for the chosen crime, in Spanish, and reads it aloud', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/reader.html`);
    await page.selectOption('[data-testid=reader-jurisdiction]', 'US-TX');
    await page.check('input[data-category=adult-sexual-assault]');
    const script = page.locator('[data-testid=rights-script]');
    await expect.poll(() => script.getAttribute('data-script-id', { timeout: 1000 }).catch(() => null), { timeout: 10_000 }).toBe('us-tx-en');
    await page.selectOption('[data-testid=victim-language]', 'es');
    await expect.poll(() => script.getAttribute('data-language')).toBe('es');
    await page.click('[data-testid=script-whole]');
    const kinds = await page.locator('[data-testid=rights-script] [data-section-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-kind')));
    expect(kinds).toContain('addon');
    await page.click('[data-testid=speech-play]');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: { lang: string }[] }).__spoken.map((entry) => entry.lang))).toContain('es-US');
    // No record buttons: reader mode keeps nothing.
    expect(await page.locator('[data-testid=record-read]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
