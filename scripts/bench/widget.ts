import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { closure, references } from './sizes';
import { median } from './stats';

type MountWindow = { VictimServicesPanel: { mount(parent: Element, options: unknown): Element } };
const RUNS = 20;

async function mountTimes(page: Page, url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('vsp:widget-mount').length > 0);
    times.push(await page.evaluate(() => performance.getEntriesByName('vsp:widget-mount')[0]!.duration));
  }
  return times;
}

/**
 * The widget's sizes (gzip of each built file) and mount-to-first-render in Chromium, over 20 page
 * loads of the demo each: cold (HTTP cache off: the app and message files come from the server
 * every time), cached (an ordinary later page load: the browser's HTTP cache has them), and in-page
 * (a second panel mounted once the first has settled, the app already running).
 */
export async function widgetFigures(root: string, context: BrowserContext, demoUrl: string) {
  const dir = join(root, 'dist/widget');
  const gzip = (name: string) => gzipSync(readFileSync(join(dir, name)), { level: 9 }).length;
  // The entry names the app's hashed chunk; that chunk and what it imports are the app.
  const appChunk = /chunks\/app-[\w-]+\.js/.exec(readFileSync(join(dir, 'victim-services-panel.iife.js'), 'utf8'))?.[0];
  if (!appChunk) throw new Error('The widget entry names no app chunk: run npm run build:widget');
  const app = new Set(closure(dir, appChunk, false));
  // Each import() target with the files it pulls in that the app does not already hold.
  const lazyTargets = new Set([...app].flatMap((file) => references(dir, file).dynamic));
  const lazy = [...lazyTargets].map((file) => ({
    name: file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, ''),
    gzip: closure(dir, file, false)
      .filter((part) => !app.has(part))
      .reduce((sum, part) => sum + gzip(part), 0),
  }));

  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const cold = await mountTimes(page, `${demoUrl}/widget/`, RUNS);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await mountTimes(page, `${demoUrl}/widget/`, 1); // fills the cache
  const cached = await mountTimes(page, `${demoUrl}/widget/`, RUNS);

  const inPage: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`${demoUrl}/widget/`);
    // Settled: the first panel shows its rights script, so nothing of its start-up is still running.
    await page.locator('#panel [data-testid=rights-script]').waitFor();
    await page.evaluate(() => (window as unknown as MountWindow).VictimServicesPanel.mount(document.body, { attributes: { 'incident-type': 'ROBBERY', 'store-name': 'bench-second' } }));
    await page.waitForFunction(() => performance.getEntriesByName('vsp:widget-mount').length > 1);
    inPage.push(await page.evaluate(() => performance.getEntriesByName('vsp:widget-mount')[1]!.duration));
  }
  await page.close();
  return {
    iifeGzip: gzip('victim-services-panel.iife.js'),
    esmGzip: gzip('victim-services-panel.js'),
    appGzip: [...app].reduce((sum, file) => sum + gzip(file), 0),
    appFiles: app.size,
    lazy,
    messagesGzip: { en: gzip('_locales/en/messages.json'), es: gzip('_locales/es/messages.json') },
    coldMedian: median(cold),
    cachedMedian: median(cached),
    inPageMedian: median(inPage),
    runs: RUNS,
  };
}

