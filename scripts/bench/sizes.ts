import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  entrypoint: string;
  files: string[];
  raw: number;
  gzip: number;
}

/** Files a built entrypoint loads: follows <script>/<link> in HTML and static imports in JS. */
function closure(root: string, start: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    const refs: string[] = [];
    if (file.endsWith('.html')) {
      for (const match of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) refs.push(match[1]!);
    } else if (file.endsWith('.js')) {
      for (const match of text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) refs.push(match[1]!);
    }
    for (const ref of refs) {
      const target = ref.startsWith('/') ? ref.slice(1) : normalize(join(dirname(file), ref));
      visit(relative('.', target));
    }
  };
  visit(start);
  return [...seen];
}

/** Raw and gzip size of each entrypoint, counting every chunk it pulls in. */
export function bundleSizes(root: string, entrypoints: Record<string, string>): BundleSize[] {
  return Object.entries(entrypoints).map(([entrypoint, start]) => {
    const files = closure(root, start);
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const content = readFileSync(join(root, file));
      raw += content.length;
      gzip += gzipSync(content, { level: 9 }).length;
    }
    return { entrypoint, files, raw, gzip };
  });
}
