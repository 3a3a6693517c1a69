import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { median } from './stats';

/** The widget's size (gzip of each build) and mount-to-first-render in Chromium (median of 20 page loads). */
export async function widgetFigures(root: string, context: BrowserContext, demoUrl: string) {
  const file = (name: string) => readFileSync(join(root, 'dist/widget', name));
  const iife = file('victim-services-panel.iife.js');
  const esm = file('victim-services-panel.js');
  const mounts: number[] = [];
  const page = await context.newPage();
  for (let run = 0; run < 20; run++) {
    await page.goto(`${demoUrl}/widget/`);
    await page.waitForFunction(() => performance.getEntriesByName('vsp:widget-mount').length > 0);
    mounts.push(await page.evaluate(() => performance.getEntriesByName('vsp:widget-mount')[0]!.duration));
  }
  await page.close();
  return { iifeGzip: gzipSync(iife).length, esmGzip: gzipSync(esm).length, mountMedian: median(mounts), runs: mounts.length };
}
