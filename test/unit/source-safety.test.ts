import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Text from an RMS page, an imported file or a policy must reach the screen as text. The simplest
 * guarantee is that our code never uses an HTML sink or evaluates strings at all; this scans the
 * source the bundles are built from (tests excluded) so a new sink fails review by test.
 */
const ROOT = resolve(process.cwd());
const SOURCE_DIRS = ['components', 'lib', 'entrypoints'];
const SINKS: [RegExp, string][] = [
  [/dangerouslySetInnerHTML/, 'renders HTML from a string'],
  [/\.innerHTML\s*=|\.outerHTML\s*=/, 'assigns HTML'],
  [/insertAdjacentHTML|createContextualFragment|DOMParser/, 'parses HTML'],
  [/document\.write/, 'writes HTML'],
  [/\beval\s*\(|new\s+Function\s*\(/, 'evaluates code from a string'],
  [/setTimeout\s*\(\s*['"`]|setInterval\s*\(\s*['"`]/, 'evaluates a string as code'],
  [/\bimport\s*\(\s*[^'"`\s)]/, 'imports a computed module path (remote code)'],
];

/**
 * The one computed import allowed, checked to the character: the built widget's entry loading its
 * own app chunk from the folder its script came from (its content hash, built in, pins the pair).
 * The extension never builds this file (widget.vite.config.ts aliases it in for the widget only).
 */
const ALLOWED: Record<string, string> = {
  'components/widget/load-app.remote.ts': "export const loadWidgetApp = (): Promise<typeof import('./app')> => import(/* @vite-ignore */ new URL(__VSP_APP_CHUNK__, SCRIPT_BASE).href);",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

describe('source safety', () => {
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it('scans a real code base', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('has no HTML sinks and no string evaluation in product code', () => {
    const findings: string[] = [];
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return; // comments may name the sinks they avoid
        if (ALLOWED[relative(ROOT, file)] === line.trim()) return;
        for (const [pattern, why] of SINKS) if (pattern.test(line)) findings.push(`${relative(ROOT, file)}:${i + 1} ${why}: ${line.trim()}`);
      });
    }
    expect(findings).toEqual([]);
  });
});
