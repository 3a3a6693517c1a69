import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  entrypoint: string;
  files: string[];
  raw: number;
  gzip: number;
  /** The same with the chunks it loads later with import() (the QR encoder, the store...). */
  withLazy: { files: string[]; raw: number; gzip: number };
}

/** What a built file refers to, as paths under the build root: static (<script>, <link>, import/from) and import(). */
export function references(root: string, file: string): { static: string[]; dynamic: string[] } {
  const text = readFileSync(join(root, file), 'utf8');
  const found = { static: [] as string[], dynamic: [] as string[] };
  const resolveRef = (ref: string) => relative('.', ref.startsWith('/') ? ref.slice(1) : normalize(join(dirname(file), ref)));
  if (file.endsWith('.html')) {
    for (const match of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) found.static.push(resolveRef(match[1]!));
  } else if (file.endsWith('.js')) {
    for (const match of text.matchAll(/(import\s*\(|from|import)\s*["']([^"']+\.js)["']/g)) (match[1]!.includes('(') ? found.dynamic : found.static).push(resolveRef(match[2]!));
  }
  return found;
}

/**
 * Files a built entrypoint loads: follows <script>/<link> in HTML and static imports in JS, and
 * with `lazy`, dynamic import() too.
 */
export function closure(root: string, start: string, lazy: boolean): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const refs = references(root, file);
    for (const ref of lazy ? [...refs.static, ...refs.dynamic] : refs.static) visit(ref);
  };
  visit(start);
  return [...seen];
}

function measure(root: string, files: string[]) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(root, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/** Raw and gzip size of each entrypoint: what it loads to start, and with its lazy chunks. */
export function bundleSizes(root: string, entrypoints: Record<string, string>): BundleSize[] {
  return Object.entries(entrypoints).map(([entrypoint, start]) => ({
    entrypoint,
    ...measure(root, closure(root, start, false)),
    withLazy: measure(root, closure(root, start, true)),
  }));
}
