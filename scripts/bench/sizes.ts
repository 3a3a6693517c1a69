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

/**
 * Files a built entrypoint loads: follows <script>/<link> in HTML and static imports in JS, and
 * with `lazy`, dynamic import() too.
 */
function closure(root: string, start: string, lazy: boolean): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    const refs: string[] = [];
    if (file.endsWith('.html')) {
      for (const match of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) refs.push(match[1]!);
    } else if (file.endsWith('.js')) {
      for (const match of text.matchAll(/(import\s*\(|from|import)\s*["']([^"']+\.js)["']/g)) if (lazy || !match[1]!.includes('(')) refs.push(match[2]!);
    }
    for (const ref of refs) {
      const target = ref.startsWith('/') ? ref.slice(1) : normalize(join(dirname(file), ref));
      visit(relative('.', target));
    }
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
