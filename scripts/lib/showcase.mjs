// Opens demo RMS screens with the panel beside them and saves side-by-side screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tabIdFor } from './chromium.mjs';

export const DEMO_SCREENS = [
  { name: 'home-no-incident', path: '/', note: 'RMS home: menus name crimes, no incident' },
  { name: 'aspnet-incident-report', path: '/reports/incident-2026-004417.html', note: 'ASP.NET-style incident report' },
  { name: 'case-summary-offences', path: '/reports/case-summary-2026-004502.html', note: 'case summary with two offences' },
  { name: 'spa-report', path: '/app/#/reports/26-118342', note: 'single-page RMS, rendered late' },
  { name: 'cad-calls', path: '/cad/calls.html', note: 'CAD calls board, refreshed every 3 s' },
];

/** Opens the panel for a tab in its own popup window (like a popped-out panel). */
export async function openPanelWindow(context, worker, extensionId, tabId) {
  const url = `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`;
  const [panel] = await Promise.all([
    context.waitForEvent('page'),
    worker.evaluate((target) => chrome.windows.create({ url: target, type: 'popup', width: 440, height: 820 }), url),
  ]);
  await panel.waitForLoadState('domcontentloaded');
  return panel;
}

export async function captureScreens({ context, worker, extensionId, baseUrl, outDir, colorScheme = 'light' }) {
  mkdirSync(outDir, { recursive: true });
  const saved = [];
  for (const screen of DEMO_SCREENS) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(`${baseUrl}${screen.path}`);
    await page.waitForTimeout(900); // the SPA renders after 400 ms
    const ids = await tabIdFor(worker, page.url());
    const panel = await openPanelWindow(context, worker, extensionId, ids.tabId);
    await panel.setViewportSize({ width: 420, height: 800 });
    await panel.emulateMedia({ colorScheme });
    await panel.waitForFunction(() => document.querySelector('[data-testid=page-status]')?.getAttribute('data-state') === 'reading', null, { timeout: 10000 }).catch(() => {});
    await panel.waitForTimeout(300);
    const rmsShot = await page.screenshot();
    const panelShot = await panel.screenshot();
    const composite = await context.newPage();
    await composite.setViewportSize({ width: 1100 + 420 + 2, height: 800 });
    await composite.setContent(
      `<body style="margin:0;display:flex;background:#000">` +
        `<img src="data:image/png;base64,${rmsShot.toString('base64')}" width="1100" height="800">` +
        `<div style="width:2px;background:#555"></div>` +
        `<img src="data:image/png;base64,${panelShot.toString('base64')}" width="420" height="800"></body>`,
    );
    const file = join(outDir, `${screen.name}${colorScheme === 'dark' ? '-dark' : ''}.png`);
    await composite.screenshot({ path: file });
    saved.push({ file, note: screen.note });
    await Promise.all([composite.close(), panel.close(), page.close()]);
  }
  return saved;
}
