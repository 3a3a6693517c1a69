import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import type { PageReading, WatchPageOptions } from '../../lib/page-reader';
import { median, percentile } from './stats';

// Note for the page.evaluate callbacks below: tsx compiles this file with esbuild's keepNames,
// which wraps named inner functions (`const f = () => …`) in a `__name(…)` helper that does not
// exist in the page. They therefore use only anonymous callbacks and member assignments.

/** What the browser bundle puts on `window.vspBench`. */
interface ReaderBundle {
  buildLargeRmsPage(doc: Document, elements?: number): void;
  readPage(doc: Document): PageReading;
  watchPage(doc: Document, onChange: (reading: PageReading) => void, options?: WatchPageOptions): () => void;
}
type BenchWindow = Window & typeof globalThis & { vspBench: ReaderBundle };

/** The page reader and the large-page builder as one IIFE (global `vspBench`), built in memory. */
async function readerBundle(root: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: "export { buildLargeRmsPage } from './lib/page-reader/bench-page';\nexport { readPage, watchPage } from './lib/page-reader';\n",
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'bench-reader-entry.ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'vspBench',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * A demo-server page with the reader injected, served cross-origin isolated (COOP/COEP added by
 * route) so performance.now() resolves to 5 µs instead of 100 µs: a MutationObserver callback
 * takes tens of microseconds.
 */
async function readerPage(context: BrowserContext, url: string, bundle: string): Promise<{ page: Page; isolated: boolean }> {
  const page = await context.newPage();
  await page.route(url, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } });
  });
  await page.goto(url);
  await page.addScriptTag({ content: bundle });
  const isolated = await page.evaluate(() => globalThis.crossOriginIsolated === true);
  return { page, isolated };
}

export interface ReaderFigures {
  elements: number;
  isolated: boolean;
  /** The browser's first style and layout of the built page, forced before the cold scan. */
  layoutMs: number;
  /** readPage on the freshly built (and laid out) page: the first call, with a cold JIT. */
  coldMs: number;
  scanMedianMs: number;
  scanRuns: number;
  /** Time inside the watcher's MutationObserver callback, per batch. */
  batchMedianMs: number;
  batches: number;
  /** All watcher time (callbacks plus the debounced re-reads they scheduled), divided by batches. */
  batchAmortisedMs: number;
  rereads: number;
}

/**
 * The page reader on a 5,000-element RMS page in Chromium (a browser without the extension, so
 * its content script does not read the page too): the initial scan, then the watcher's cost per
 * mutation batch.
 */
export async function readerFigures(context: BrowserContext, url: string, root: string, { elements = 5000, runs = 30, batches = 50 } = {}): Promise<ReaderFigures> {
  const { page, isolated } = await readerPage(context, url, await readerBundle(root));
  try {
    const scan = await page.evaluate(
      ({ elements, runs }) => {
        const bench = (window as BenchWindow).vspBench;
        bench.buildLargeRmsPage(document, elements);
        const count = document.body.getElementsByTagName('*').length;
        // Style and layout first, as on a loaded page (the content script runs at document_idle):
        // the cold figure is then the reader's own first run (cold JIT), not the browser's layout.
        const layoutStart = performance.now();
        void document.body.getBoundingClientRect().height;
        const layoutMs = performance.now() - layoutStart;
        let start = performance.now();
        const first = bench.readPage(document);
        const coldMs = performance.now() - start;
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          start = performance.now();
          bench.readPage(document);
          times.push(performance.now() - start);
        }
        return { count, layoutMs, coldMs, times, found: first.signals.map((signal) => signal.text) };
      },
      { elements, runs },
    );
    if (!scan.found.includes('DOM VIOL - BATTERY')) throw new Error(`The reader did not find the incident type on the large page (found: ${scan.found.join(', ') || 'nothing'}).`);

    // Method: before watchPage starts, the page's MutationObserver is replaced by a Proxy whose
    // instances run the watcher's callback between two performance.now() calls, so each batch's
    // cost is measured exactly where the page pays it (the observer's microtask). The callback
    // only filters records and (re)arms the debounce timer; the re-read itself runs later in that
    // timer, so setTimeout is wrapped too, but only for timers armed inside a watcher callback,
    // and their run time is added to the watcher's total. The page has no other scripts.
    const watch = await page.evaluate(async (batches) => {
      const w = window as BenchWindow & { MutationObserver: typeof MutationObserver };
      const NativeObserver = w.MutationObserver;
      const nativeSetTimeout = w.setTimeout;
      const callbackMs: number[] = [];
      const timerMs: number[] = [];
      let inside = false;
      w.MutationObserver = new Proxy(NativeObserver, {
        construct(Target, args: [MutationCallback]) {
          return new Target((records, observer) => {
            const start = performance.now();
            inside = true;
            try {
              args[0](records, observer);
            } finally {
              inside = false;
              callbackMs.push(performance.now() - start);
            }
          });
        },
      });
      w.setTimeout = function (handler: TimerHandler, timeout?: number, ...rest: unknown[]) {
        if (!inside || typeof handler !== 'function') return nativeSetTimeout(handler, timeout, ...rest);
        return nativeSetTimeout(
          (...args: unknown[]) => {
            const start = performance.now();
            try {
              handler(...args);
            } finally {
              timerMs.push(performance.now() - start);
            }
          },
          timeout,
          ...rest,
        );
      } as typeof setTimeout;

      let readings = 0;
      const stop = w.vspBench.watchPage(document, () => readings++, { frame: 'top' });
      await new Promise((resolve) => nativeSetTimeout(resolve, 300));
      callbackMs.length = 0;
      timerMs.length = 0;

      const descriptions = Array.from(document.querySelectorAll('span[id$="_lblDesc"]'));
      const rows = Array.from(document.querySelectorAll('table[id$="_gvProperty"] tbody tr'));
      const people = document.querySelector<HTMLTableElement>('table[id$="_gvPersons"]')!;
      for (let i = 0; i < batches; i++) {
        if (i % 3 === 0) {
          // An officer's edit echoed by the app: one text node changes.
          (descriptions[i % descriptions.length]!.firstChild as Text).data = `ITEM ${i}`;
        } else if (i % 3 === 1) {
          // A grid refresh: the persons table body is replaced by a re-rendered copy.
          const body = people.tBodies[0]!;
          const copy = body.cloneNode(true) as HTMLTableSectionElement;
          copy.rows[0]!.cells[4]!.textContent = `${100 + i} SAMPLE ST`;
          body.replaceWith(copy);
        } else {
          // A row highlighted: one attribute the watcher observes.
          rows[i % rows.length]!.setAttribute('class', i % 2 ? 'GridAltRow selected' : 'GridRow');
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => nativeSetTimeout(resolve, 1200)); // let the debounced re-read run
      stop();
      w.MutationObserver = NativeObserver;
      w.setTimeout = nativeSetTimeout;
      return { callbackMs, timerMs, readings };
    }, batches);
    if (watch.callbackMs.length === 0) throw new Error('The watcher saw none of the mutation batches.');

    const total = [...watch.callbackMs, ...watch.timerMs].reduce((sum, ms) => sum + ms, 0);
    return {
      elements: scan.count,
      isolated,
      layoutMs: scan.layoutMs,
      coldMs: scan.coldMs,
      scanMedianMs: median(scan.times),
      scanRuns: runs,
      batchMedianMs: median(watch.callbackMs),
      batches: watch.callbackMs.length,
      batchAmortisedMs: total / batches,
      rereads: watch.timerMs.length,
    };
  } finally {
    await page.close();
  }
}

// The demo app's offense select, and the category the panel should show for each.
const OFFENSES: [option: string, category: string][] = [
  ['646.9 PC - STALKING', 'stalking-harassment'],
  ['242 PC - BATTERY', 'adult-physical-assault'],
  ['459 PC - BURGLARY', 'burglary'],
  ['211 PC - ROBBERY', 'robbery'],
];

async function showsCategory(panel: Page, category: string, timeout: number): Promise<void> {
  await panel.waitForFunction((expected) => document.querySelector(`[data-testid=incident-category][data-category="${expected}"]`) !== null, category, { polling: 'raf', timeout });
}

/**
 * Field change to category in the panel: wall-clock in Node from just before selectOption on
 * the RMS page until the panel page (open for that tab) shows the matching category.
 * Includes the content script's debounce, messaging and the panel's render.
 */
export async function fieldChangeToPanel(rms: Page, panel: Page, changes = 20): Promise<{ p95: number; median: number; changes: number }> {
  await showsCategory(panel, 'robbery', 10_000); // the report opens on 211 PC - ROBBERY
  // One warm-up round trip, not counted.
  await rms.selectOption('#offense', OFFENSES[0]![0]);
  await showsCategory(panel, OFFENSES[0]![1], 10_000);
  const times: number[] = [];
  for (let i = 1; i <= changes; i++) {
    const [option, category] = OFFENSES[i % OFFENSES.length]!;
    const start = performance.now();
    await rms.selectOption('#offense', option);
    await showsCategory(panel, category, 5_000);
    times.push(performance.now() - start);
  }
  return { p95: percentile(times, 95), median: median(times), changes };
}
