import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { vi } from 'vitest';

/** Where the widget tests say its content lives; `fetch` below serves public/ from there. */
export const CONTENT_BASE = 'http://rms.test/vsp/';

/** Stands in for the host origin's web server: files under public/ at CONTENT_BASE, 404 elsewhere. */
export function stubContentFetch() {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    requested.push(url);
    if (!url.startsWith(CONTENT_BASE)) return new Response('not found', { status: 404 });
    try {
      const text = await readFile(resolve(process.cwd(), 'public', url.slice(CONTENT_BASE.length)), 'utf8');
      return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
  return requested;
}
