// `npm run bench`: the figures behind every budget, measured in one run, printed as a table and
// written to bench/results/latest.json. Budgets are reported, never asserted in tests: machines
// here are noisy, and a figure is worth reading even when it misses.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../../demo/server.mjs';
import { chromiumVersion, ensureChromium, launchWithExtension, tabIdFor } from '../lib/chromium.mjs';
import { panelOpenTimes } from './panel-open';
import { bundleSizes } from './sizes';
import { typingRatio } from './typing';

interface Row {
  area: string;
  measure: string;
  value: number;
  unit: string;
  budget?: { max: number; label: string };
}

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
  rows.push({ area: 'bundle', measure: `${size.entrypoint} gzip`, value: kb(size.gzip), unit: 'kB', ...(budget ? { budget } : {}) });
}

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
  status: row.budget ? (row.value < row.budget.max ? 'ok' : 'OVER') : '',
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
