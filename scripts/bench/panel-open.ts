import type { BrowserContext } from 'playwright-core';
import { median } from './stats';

/**
 * Cold opens of the panel page for one tab: navigation start to the first rendered panel
 * (`vsp:first-render`) and to the moment it shows the page it reads.
 */
export async function panelOpenTimes(context: BrowserContext, panelUrl: string, runs = 20) {
  const firstRender: number[] = [];
  const pageShown: number[] = [];
  for (let i = 0; i < runs; i++) {
    const panel = await context.newPage();
    await panel.goto(panelUrl);
    await panel.waitForFunction(() => document.querySelector('[data-testid=page-status]')?.getAttribute('data-state') === 'reading');
    const shown = await panel.evaluate(() => performance.now());
    const render = await panel.evaluate(() => performance.getEntriesByName('vsp:first-render')[0]?.startTime ?? NaN);
    firstRender.push(render);
    pageShown.push(shown);
    await panel.close();
  }
  return { firstRenderMedian: median(firstRender), pageShownMedian: median(pageShown), runs };
}
