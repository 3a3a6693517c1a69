/**
 * Classifies incident texts from stdin, one per line, writing one JSON line per input line:
 *   {"input": "...", "categories": [{"id": "...", "confidence": 0.0, "why": "..."}]}
 * Streams, so it handles input of any size.
 *
 *   npm run --silent classify < incidents.txt
 *   npm run --silent classify -- --mappings department.json < incidents.txt
 *
 * --mappings takes a JSON array of department mappings ({match, kind, category, note?});
 * an unreadable or invalid file is reported on stderr with exit code 2.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { classify, departmentMappingsSchema, type DepartmentMapping } from '../lib/classify';

function usageError(message: string): never {
  process.stderr.write(`classify: ${message}\n`);
  process.exit(2);
}

function loadMappings(args: string[]): DepartmentMapping[] {
  const at = args.indexOf('--mappings');
  if (at < 0) return [];
  const file = args[at + 1];
  if (!file || file.startsWith('--')) usageError('--mappings needs a file name');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    usageError(`cannot read mappings from ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = departmentMappingsSchema.safeParse(raw);
  if (!parsed.success) usageError(`invalid mappings in ${file}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a, i) => a.startsWith('--') && a !== '--mappings' && args[i - 1] !== '--mappings');
  if (unknown.length > 0) usageError(`unknown option ${unknown.join(', ')} (only --mappings <file.json>)`);
  const mappings = loadMappings(args);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const categories = line.trim() === '' ? [] : classify({ text: line }, { mappings });
    const ok = process.stdout.write(`${JSON.stringify({ input: line, categories })}\n`);
    if (!ok) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`classify: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
