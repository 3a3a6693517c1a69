import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, textOf, type Session } from './harness';

/**
 * Privacy is a feature: the extension makes no network request of its own except to a directory
 * URL the department configured (none here). This records every request made by an extension
 * context (panel, options page, service worker) during a working session and checks that none
 * leaves the extension's own package.
 */
let session: Session;
const extensionRequests: string[] = [];

function fromExtension(request: Request): boolean {
  if (request.serviceWorker()) return true;
  try {
    return request.frame().url().startsWith('chrome-extension://');
  } catch {
    return false; // a request without a frame (e.g. a page's own worker)
  }
}

beforeAll(async () => {
  session = await startSession();
  session.context.on('request', (request) => {
    if (fromExtension(request)) extensionRequests.push(request.url());
  });
  // Service-worker requests arrive on the context too (request.serviceWorker() is set).
});
afterAll(async () => {
  await session?.close();
});

describe('network use', () => {
  it('makes no request beyond its own package during a session', async () => {
    const rms = await session.openRms('/reports/incident-2026-004417.html');
    const panel = await session.openPanel({ tabId: rms.tabId });
    await expect.poll(() => textOf(panel, '[data-testid=incident-category]'), { timeout: 10_000 }).not.toBe('');
    // Every interactive surface, once.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('h1');
    await options.close();
    await panel.close();
    await rms.page.close();

    const own = `chrome-extension://${session.extensionId}/`;
    const outside = extensionRequests.filter((url) => !url.startsWith(own) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(extensionRequests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });

  it('would notice one: a request made from the panel is recorded', async () => {
    const panel = await session.context.newPage();
    await panel.goto(session.panelUrl(''));
    const before = extensionRequests.length;
    await panel.evaluate(() => fetch('http://127.0.0.1:9/never').catch(() => undefined));
    await expect.poll(() => extensionRequests.slice(before)).toContain('http://127.0.0.1:9/never');
    await panel.close();
  });
});
