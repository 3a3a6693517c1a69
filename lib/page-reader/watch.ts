import { isElement, TEXT_NODE, type QueryRoot } from './dom';
import { readPageDetailed } from './read-page';
import type { PageReading, WatchPageOptions } from './types';
import { readFieldValues } from './values';

const DEFAULT_DEBOUNCE_MS = 150;
const DEFAULT_VALUE_POLL_MS = 1000;

const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['value', 'selected', 'hidden', 'style', 'class', 'open', 'aria-hidden', 'disabled'],
};

// Changes here never change what the officer sees in a form.
const INERT = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'head', 'title', 'base', 'svg', 'canvas', 'path']);

/** A stable comparison key: the reading without timestamps. */
export function readingKey(reading: PageReading): string {
  return JSON.stringify([
    reading.hasIncidentField,
    reading.caseNumber ? [reading.caseNumber.value, reading.caseNumber.label] : null,
    reading.signals.map((signal) => [signal.text, signal.code ?? '', signal.label, signal.source, signal.frame]),
  ]);
}

function isInertNode(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) return !(node as Text).data.trim();
  if (!isElement(node)) return true; // comments, processing instructions
  return INERT.has(node.localName);
}

function isRelevant(record: MutationRecord): boolean {
  const target = record.target;
  const element = isElement(target) ? target : target.parentElement;
  if (element && INERT.has(element.localName)) return false;
  if (record.type !== 'childList') return true;
  for (const node of Array.from(record.addedNodes)) if (!isInertNode(node)) return true;
  for (const node of Array.from(record.removedNodes)) if (!isInertNode(node)) return true;
  return false;
}

/**
 * Keeps the reading current while the officer works: a select they change, a single-page app
 * that renders late, a calls table replaced every few seconds, a modal opened later. Calls
 * `onChange` with the first reading at once, then only when the reading changes. Returns stop.
 */
export function watchPage(doc: Document, onChange: (reading: PageReading) => void, options: WatchPageOptions = {}): () => void {
  const debounceMs = Math.max(0, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  // A page that never stops changing (a ticking clock) still gets read now and then.
  const maxWaitMs = Math.max(debounceMs * 4, 1000);
  const pollMs = options.valuePollMs ?? DEFAULT_VALUE_POLL_MS;

  let stopped = false;
  let lastKey: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince: number | undefined;
  let fields: Element[] = [];
  let fieldValues = '';
  const listenedRoots: QueryRoot[] = [];

  const valuesOf = (watched: Element[]): string =>
    watched.map((field) => (field.isConnected ? readFieldValues(field).join('\u0001') : '\u0002')).join('\u0000');

  const read = (): void => {
    if (stopped) return;
    const detailed = readPageDetailed(doc, { siteRule: options.siteRule, frame: options.frame });
    for (const root of detailed.roots) listenTo(root);
    fields = detailed.fields;
    try {
      fieldValues = valuesOf(fields);
    } catch {
      fieldValues = '';
    }
    const key = readingKey(detailed.reading);
    if (key === lastKey) return;
    lastKey = key;
    try {
      onChange(detailed.reading);
    } catch {
      // The listener's failure is its own; keep watching.
    }
  };

  const flush = (): void => {
    timer = undefined;
    pendingSince = undefined;
    try {
      read();
    } catch {
      // Reading never throws, but the watcher must survive even if it did.
    }
  };

  const schedule = (): void => {
    if (stopped) return;
    const now = Date.now();
    pendingSince ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, Math.min(debounceMs, Math.max(0, pendingSince + maxWaitMs - now)));
  };

  const MutationObserverClass = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  const observer = MutationObserverClass
    ? new MutationObserverClass((records) => {
        if (records.some(isRelevant)) schedule();
      })
    : undefined;

  const onInput = (): void => schedule();
  // A committed change (a select picked, a field left) is the officer's decision: read it at
  // once rather than after the quiet time meant for typing and page churn.
  const onCommit = (): void => {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    pendingSince ??= Date.now();
    timer = setTimeout(flush, 0);
  };

  // Shadow roots keep their mutations to themselves, and "change" does not cross their
  // boundary, so each open root found by a reading is observed and listened to as well.
  function listenTo(root: QueryRoot): void {
    if (listenedRoots.includes(root)) return;
    listenedRoots.push(root);
    try {
      observer?.observe(root, OBSERVED);
      root.addEventListener('input', onInput, true);
      root.addEventListener('change', onCommit, true);
    } catch {
      // A root that cannot be observed is still read on the next change elsewhere.
    }
  }

  listenTo(doc);
  const poll =
    pollMs > 0
      ? setInterval(() => {
          if (stopped || timer !== undefined || fields.length === 0 || doc.visibilityState === 'hidden') return;
          try {
            if (valuesOf(fields) !== fieldValues) schedule();
          } catch {
            schedule(); // a field that cannot be read any more is a change worth a full reading
          }
        }, pollMs)
      : undefined;

  flush();

  return () => {
    if (stopped) return;
    stopped = true;
    observer?.disconnect();
    for (const root of listenedRoots) {
      root.removeEventListener('input', onInput, true);
      root.removeEventListener('change', onCommit, true);
    }
    if (timer !== undefined) clearTimeout(timer);
    if (poll !== undefined) clearInterval(poll);
  };
}
