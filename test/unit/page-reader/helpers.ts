import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// A string, not `new URL(...)`: in the happy-dom environment URL is the DOM's, not Node's.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/**
 * Puts a fixture page into the test document. Scripts are not run (happy-dom does not evaluate
 * page JavaScript); `runFixtureScripts` runs them on request. Iframe sources become empty
 * srcdoc frames (happy-dom does not load pages into frames); `loadFrameFixture` fills one.
 */
export function loadFixture(name: string, doc: Document = document): void {
  const html = fixtureHtml(name).replace(/(<iframe\b[^>]*?)\ssrc=/gi, '$1 srcdoc="" data-src=');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  doc.title = parsed.title;
  doc.head.innerHTML = parsed.head.innerHTML;
  doc.body.innerHTML = parsed.body.innerHTML;
  applySelectedAttributes(doc);
}

/**
 * happy-dom ignores `<option selected>` in parsed HTML (a browser selects it); set the
 * selectedness the way a browser would have, so the reader sees what a browser shows.
 */
export function applySelectedAttributes(doc: Document = document): void {
  for (const option of Array.from(doc.querySelectorAll('option[selected]'))) (option as HTMLOptionElement).selected = true;
}

/** Loads the fixture named by the frame's original src into it, as a same-origin frame. */
export async function loadFrameFixture(frame: HTMLIFrameElement): Promise<Document> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = fixtureHtml(frame.getAttribute('data-src') ?? '');
  await loaded;
  const doc = frame.contentDocument;
  if (!doc) throw new Error('frame has no document');
  applySelectedAttributes(doc);
  return doc;
}

/** Runs the fixture's inline scripts in the test window, in order (our own fixtures only). */
export function runFixtureScripts(doc: Document = document): void {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    new Function(script.textContent ?? '')();
  }
}

/** Sets the body for a test. */
export function page(html: string, doc: Document = document): Document {
  doc.head.innerHTML = '';
  doc.body.innerHTML = html;
  applySelectedAttributes(doc);
  return doc;
}
