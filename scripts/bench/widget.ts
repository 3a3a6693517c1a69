import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { median } from './stats';

type MountWindow = { VictimServicesPanel: { mount(parent: Element, options: unknown): Element } };

/**
 * The widget's sizes (gzip of each built file) and mount-to-first-render in Chromium, over 20 page
 * loads of the demo: cold (HTTP cache off, so the app and message files come from the server each
 * time) and warm (a second panel mounted on the same page once the app is loaded).
 */
export async function widgetFigures(root: string, context: BrowserContext, demoUrl: string) {
  const gzip = (name: string) => gzipSync(readFileSync(join(root, 'dist/widget', name)), { level: 9 }).length;
  const cold: number[] = [];
  const warm: number[] = [];
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const mounts = () => page.evaluate(() => performance.getEntriesByName('vsp:widget-mount').map((entry) => entry.duration));
  for (let run = 0; run < 20; run++) {
    await page.goto(`${demoUrl}/widget/`);
    await page.waitForFunction(() => performance.getEntriesByName('vsp:widget-mount').length > 0);
    cold.push((await mounts())[0]!);
    await page.evaluate(() => (window as unknown as MountWindow).VictimServicesPanel.mount(document.body, { attributes: { 'incident-type': 'ROBBERY', 'store-name': 'bench-second' } }));
    await page.waitForFunction(() => performance.getEntriesByName('vsp:widget-mount').length > 1);
    warm.push((await mounts())[1]!);
  }
  await page.close();
  return {
    iifeGzip: gzip('victim-services-panel.iife.js'),
    esmGzip: gzip('victim-services-panel.js'),
    appGzip: gzip('victim-services-panel-app.js'),
    messagesGzip: gzip('_locales/en/messages.json') + gzip('_locales/es/messages.json'),
    coldMedian: median(cold),
    warmMedian: median(warm),
    runs: cold.length,
  };
}
