// A tiny static server for the demo RMS and the test fixtures. No dependencies, loopback only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const ROOTS = {
  '/fixtures/': resolve(here, '../test/fixtures'),
  // The embeddable widget (npm run build:widget) and the demo page that embeds it.
  '/dist/widget/': resolve(here, '../dist/widget'),
  '/widget/': resolve(here, 'widget'),
  '/': resolve(here, 'rms'),
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

async function resolveFile(pathname) {
  for (const [prefix, root] of Object.entries(ROOTS)) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)));
    const file = resolve(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) return undefined; // no ../ escapes
    try {
      const info = await stat(file);
      return info.isDirectory() ? join(file, 'index.html') : file;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Starts the server; resolves with its base URL (http://127.0.0.1:PORT) and a close function. */
export function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = await resolveFile(url.pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    try {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // The widget's folder is served as a vendor should serve it: content-hashed files are immutable;
      // the entry, app, content and message files are revalidated (a 304 when unchanged).
      // Everything else (the demo RMS pages) is not cached.
      if (url.pathname.startsWith('/dist/widget/')) {
        const modified = (await stat(file)).mtime;
        modified.setMilliseconds(0);
        const since = Date.parse(request.headers['if-modified-since'] ?? '');
        const immutable = url.pathname.startsWith('/dist/widget/chunks/') || /\.[0-9a-f]{10}\.json$/.test(url.pathname);
        const headers = { 'content-type': type, 'last-modified': modified.toUTCString(), 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' };
        if (!Number.isNaN(since) && since >= modified.getTime()) {
          response.writeHead(304, headers).end();
          return;
        }
        response.writeHead(200, headers).end(await readFile(file));
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}`,
        port: address.port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5174);
  const { url } = await startDemoServer({ port });
  console.log(`Demo RMS at ${url}/  (Ctrl+C to stop)`);
}
