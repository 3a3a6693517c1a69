// `npm run bench`: the figures behind every budget, measured in one run, printed as a table and
// written to bench/results/latest.json. Budgets are reported, never asserted in tests: machines
// here are noisy, and a figure is worth reading even when it misses.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../../demo/server.mjs';
import { chromiumVersion, ensureChromium, launchWithExtension, tabIdFor } from '../lib/chromium.mjs';
import { classifierThroughput } from './classifier';
import { contentFigures } from './content';
import { panelOpenTimes } from './panel-open';
import { referralFigures } from './referrals';
import { storeFigures } from './store';
import { fieldChangeToPanel, readerFigures } from './reader';
import { bundleSizes } from './sizes';
import { typingRatio } from './typing';
import { widgetFigures } from './widget';

interface Row {
  area: string;
  measure: string;
  value: number;
  unit: string;
  /** A ceiling (`max`, the usual case) or a floor (`min`, for rates), never both. */
  budget?: { max: number; label: string } | { min: number; label: string };
}

const withinBudget = (row: Row) => !row.budget || ('max' in row.budget ? row.value < row.budget.max : row.value > row.budget.min);

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const rows: Row[] = [];
const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

// Bundle sizes of the production build.
const production = join(ROOT, '.output/chrome-mv3');
const sizes = bundleSizes(production, {
  sidepanel: 'sidepanel.html',
  background: 'background.js',
  'content script (rms)': 'content-scripts/rms.js',
});
for (const size of sizes) {
  const budget = size.entrypoint === 'sidepanel' ? { max: 60, label: '< 60 kB gzip' } : size.entrypoint.startsWith('content') ? { max: 15, label: '< 15 kB gzip' } : undefined;
  rows.push({ area: 'bundle', measure: `${size.entrypoint} raw`, value: kb(size.raw), unit: 'kB' });
  rows.push({ area: 'bundle', measure: `${size.entrypoint} gzip (loaded to start)`, value: kb(size.gzip), unit: 'kB', ...(budget ? { budget } : {}) });
  if (size.withLazy.files.length > size.files.length) rows.push({ area: 'bundle', measure: `${size.entrypoint} gzip with lazy chunks (${size.withLazy.files.length - size.files.length})`, value: kb(size.withLazy.gzip), unit: 'kB' });
}

// The classifier, in this Node process.
const classifier = classifierThroughput();
rows.push({ area: 'classifier', measure: `throughput, ${classifier.distinct} mixed incident strings (Node)`, value: classifier.stringsPerSecond, unit: 'strings/s', budget: { min: 50_000, label: '> 50,000 strings/s' } });

// Rights scripts and the handout, on the bundled scripts.
const content = contentFigures(ROOT);
rows.push({ area: 'rights script', measure: `select script for jurisdiction × categories × language (median of ${content.selectRuns})`, value: round(content.selectMedian, 4), unit: 'ms', budget: { max: 1, label: '< 1 ms' } });
rows.push({ area: 'handout', measure: `build + render the Spanish handout with QR code (median of ${content.handoutRuns}, happy-dom)`, value: round(content.handoutMedian, 2), unit: 'ms', budget: { max: 50, label: '< 50 ms' } });

// Referral import and matching, 20,000 generated HSDS services (the panel runs the same code).
const referrals = referralFigures();
rows.push({ area: 'referrals', measure: `import ${referrals.services.toLocaleString('en-US')} HSDS services (parse, validate, commit)`, value: round(referrals.importMs, 0), unit: 'ms', budget: { max: 3000, label: '< 3 s' } });
rows.push({ area: 'referrals', measure: 'build the match index', value: round(referrals.indexMs, 0), unit: 'ms' });
rows.push({ area: 'referrals', measure: `match query (p95 of ${referrals.queries})`, value: round(referrals.matchP95, 2), unit: 'ms', budget: { max: 10, label: '< 10 ms' } });
rows.push({ area: 'referrals', measure: `match query (median of ${referrals.queries})`, value: round(referrals.matchMedian, 2), unit: 'ms' });

// The encrypted incident store: Node over fake-indexeddb, real AES-GCM (an upper bound).
const store = await storeFigures();
rows.push({ area: 'store', measure: `tick to committed (p95 of ${store.tick.count})`, value: round(store.tick.p95Ms, 2), unit: 'ms', budget: { max: 10, label: '< 10 ms' } });
rows.push({ area: 'store', measure: `open an incident with 200 entries (median of ${store.openWith.count})`, value: round(store.openWith.medianMs, 2), unit: 'ms', budget: { max: 20, label: '< 20 ms' } });
rows.push({ area: 'store', measure: `list + search, ${store.list.listed.toLocaleString('en-US')} incidents stored`, value: round(store.list.listAndSearchMs, 2), unit: 'ms', budget: { max: 50, label: '< 50 ms' } });
rows.push({ area: 'store', measure: 'unlock and list 10,000 (decrypts every summary)', value: round(store.list.coldUnlockAndListMs ?? NaN, 0), unit: 'ms' });
rows.push({ area: 'store', measure: `retention purge (${store.purge.purged.toLocaleString('en-US')} of 10,000 expired)`, value: round(store.purge.ms, 0), unit: 'ms', budget: { max: 2000, label: '< 2 s' } });

// Browser figures, on the demo RMS in real Chromium.
const chrome = ensureChromium();
const server = await startDemoServer();
const withExtension = await launchWithExtension({
  extensionPath: join(ROOT, '.output/chrome-mv3-e2e'),
  userDataDir: mkdtempSync(join(tmpdir(), 'vsp-bench-')),
  executablePath: chrome,
});
const plain = await launchWithExtension({ userDataDir: mkdtempSync(join(tmpdir(), 'vsp-bench-plain-')), executablePath: chrome });
try {
  const rms = await withExtension.context.newPage();
  await rms.goto(`${server.url}/reports/incident-2026-004417.html`);
  const ids = await tabIdFor(withExtension.worker, rms.url());
  const panel = await panelOpenTimes(withExtension.context, `chrome-extension://${withExtension.extensionId}/sidepanel.html?tabId=${ids!.tabId}`);
  rows.push({ area: 'panel', measure: `cold open to first render (median of ${panel.runs})`, value: round(panel.firstRenderMedian, 1), unit: 'ms', budget: { max: 150, label: '< 150 ms' } });
  rows.push({ area: 'panel', measure: `cold open to page shown (median of ${panel.runs})`, value: round(panel.pageShownMedian, 1), unit: 'ms' });

  // The page reader alone, in the browser without the extension (its content script would read too).
  const reader = await readerFigures(plain.context, `${server.url}/index.html`, ROOT);
  const elements = reader.elements.toLocaleString('en-US');
  rows.push({ area: 'page reader', measure: `first scan, ${elements}-element page (cold)`, value: round(reader.coldMs, 2), unit: 'ms' });
  rows.push({ area: 'page reader', measure: `scan, ${elements}-element page (median of ${reader.scanRuns})`, value: round(reader.scanMedianMs, 2), unit: 'ms', budget: { max: 5, label: '< 5 ms' } });
  rows.push({ area: 'page reader', measure: `watcher callback per mutation batch (median of ${reader.batches})`, value: round(reader.batchMedianMs, 3), unit: 'ms', budget: { max: 0.5, label: '< 0.5 ms' } });
  rows.push({ area: 'page reader', measure: `watcher time per batch incl. ${reader.rereads} debounced re-read(s)`, value: round(reader.batchAmortisedMs, 3), unit: 'ms' });

  // Field change to category in the panel: the demo app's offense select, with the panel open.
  const app = await withExtension.context.newPage();
  await app.goto(`${server.url}/app/#/reports/26-118342`);
  const appIds = await tabIdFor(withExtension.worker, app.url());
  const appPanel = await withExtension.context.newPage();
  await appPanel.goto(`chrome-extension://${withExtension.extensionId}/sidepanel.html?tabId=${appIds!.tabId}`);
  try {
    const change = await fieldChangeToPanel(app, appPanel);
    rows.push({ area: 'panel', measure: `field change to category shown (p95 of ${change.changes})`, value: round(change.p95, 1), unit: 'ms', budget: { max: 50, label: '< 50 ms' } });
    rows.push({ area: 'panel', measure: `field change to category shown (median of ${change.changes})`, value: round(change.median, 1), unit: 'ms' });
  } catch (error) {
    // A panel that never shows the category is a finding, not a reason to lose the other rows.
    console.warn(`Field change to panel not measured: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
  await appPanel.close();
  await app.close();

  const widget = await widgetFigures(ROOT, plain.context, server.url);
  rows.push({ area: 'widget', measure: 'entry script, IIFE, gzip (every host page loads it)', value: kb(widget.iifeGzip), unit: 'kB', budget: { max: 45, label: '< 45 kB gzip' } });
  rows.push({ area: 'widget', measure: 'entry script, ES module, gzip', value: kb(widget.esmGzip), unit: 'kB', budget: { max: 45, label: '< 45 kB gzip' } });
  rows.push({ area: 'widget', measure: `app, gzip (${widget.appFiles} files, fetched when a panel connects)`, value: kb(widget.appGzip), unit: 'kB' });
  for (const chunk of widget.lazy) rows.push({ area: 'widget', measure: `import() chunk "${chunk.name}" gzip (after first render, or when used)`, value: kb(chunk.gzip), unit: 'kB' });
  rows.push({ area: 'widget', measure: 'message file gzip, en (always: it is the fallback)', value: kb(widget.messagesGzip.en), unit: 'kB' });
  rows.push({ area: 'widget', measure: 'message file gzip, es (for a Spanish-speaking officer)', value: kb(widget.messagesGzip.es), unit: 'kB' });
  rows.push({ area: 'widget', measure: `mount to first render, first visit: no HTTP cache (median of ${widget.runs})`, value: round(widget.coldMedian, 1), unit: 'ms', budget: { max: 50, label: '< 50 ms' } });
  rows.push({ area: 'widget', measure: `mount to first render, HTTP-cached page load (median of ${widget.runs})`, value: round(widget.cachedMedian, 1), unit: 'ms', budget: { max: 50, label: '< 50 ms' } });
  rows.push({ area: 'widget', measure: `mount to first render, second panel on the page (median of ${widget.runs})`, value: round(widget.inPageMedian, 1), unit: 'ms', budget: { max: 50, label: '< 50 ms' } });

  const typing = await typingRatio(withExtension.context, plain.context, `${server.url}/app/#/reports/26-118342`);
  rows.push({ area: 'rms page', measure: `typing ${typing.characters} chars, with extension (median of ${typing.rounds})`, value: round(typing.withMedian, 1), unit: 'ms' });
  rows.push({ area: 'rms page', measure: `typing ${typing.characters} chars, without (median of ${typing.rounds})`, value: round(typing.withoutMedian, 1), unit: 'ms' });
  rows.push({ area: 'rms page', measure: 'typing time ratio with/without extension', value: round(typing.ratio, 3), unit: '×', budget: { max: 1.05, label: '< 1.05' } });
} finally {
  await withExtension.context.close();
  await plain.context.close();
  await server.close();
}

// Print and save.
const table = rows.map((row) => ({
  area: row.area,
  measure: row.measure,
  value: `${row.value} ${row.unit}`,
  budget: row.budget?.label ?? '',
  status: row.budget ? (withinBudget(row) ? 'ok' : 'max' in row.budget ? 'OVER' : 'UNDER') : '',
}));
const widths = ['area', 'measure', 'value', 'budget', 'status'].map((key) => Math.max(key.length, ...table.map((row) => String(row[key as keyof typeof row]).length)));
const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(['area', 'measure', 'value', 'budget', 'status']));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of table) console.log(line([row.area, row.measure, row.value, row.budget, row.status]));

const environment = { date: new Date().toISOString(), node: process.version, chromium: chromiumVersion(chrome), cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' };
console.log(`\n${environment.chromium} · Node ${environment.node} · ${environment.cpus} × ${environment.cpu}`);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify({ environment, rows }, null, 2)}\n`);
console.log('Written to bench/results/latest.json');
