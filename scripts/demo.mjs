// `npm run demo`: build the extension, serve the demo RMS, and open Chromium with the extension
// loaded. With a display you get a real browser window; without one (a server, CI) it runs
// headless and saves screenshots of each RMS screen with the panel beside it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDependencies, ROOT, run } from './lib/setup.mjs';

const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform === 'darwin' || process.platform === 'win32');
ensureDependencies();
const { ensureChromium, launchWithExtension, chromiumVersion, tabIdFor } = await import('./lib/chromium.mjs');
const { startDemoServer } = await import('../demo/server.mjs');
const { captureScreens, openPanelWindow } = await import('./lib/showcase.mjs');

const chrome = ensureChromium();
console.log(`Building the extension (demo build: production plus access to localhost)…`);
run('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: ['ignore', 'ignore', 'inherit'] });

let server;
try {
  server = await startDemoServer({ port: Number(process.env.PORT ?? 5174) });
} catch {
  server = await startDemoServer({ port: 0 });
}
const extensionPath = join(ROOT, '.output/chrome-mv3-e2e');
console.log(`Demo RMS: ${server.url}/`);
console.log(`Browser:  ${chromiumVersion(chrome)}${headless ? ' (headless: no display found)' : ''}`);

const { context, worker, extensionId } = await launchWithExtension({
  extensionPath,
  userDataDir: mkdtempSync(join(tmpdir(), 'vsp-demo-')),
  headless,
  executablePath: chrome,
});

if (headless) {
  const outDir = join(ROOT, 'demo-screenshots');
  const saved = [
    ...(await captureScreens({ context, worker, extensionId, baseUrl: server.url, outDir })),
    ...(await captureScreens({ context, worker, extensionId, baseUrl: server.url, outDir, colorScheme: 'dark' })),
  ];
  console.log('\nScreenshots of the demo RMS with the panel beside it:');
  for (const { file, note } of saved) console.log(`  ${file}  (${note})`);
  await context.close();
  await server.close();
} else {
  const [first] = context.pages();
  const page = first ?? (await context.newPage());
  await page.goto(`${server.url}/reports/incident-2026-004417.html`);
  const ids = await tabIdFor(worker, page.url());
  if (ids) await openPanelWindow(context, worker, extensionId, ids.tabId);
  console.log('\nChromium is open on the demo RMS with the panel in its own window.');
  console.log('Click the toolbar button (pin "Victim Services Panel" from the puzzle menu) or press Alt+Shift+V for the side panel.');
  console.log('Close the browser or press Ctrl+C to stop.');
  const stop = async () => {
    await context.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  context.on('close', stop);
  process.on('SIGINT', stop);
}
