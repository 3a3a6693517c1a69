/**
 * Measures the classifier on the labelled incident types in ../shared/data/incident-types
 * (override with INCIDENT_TYPES_DIR), scored exactly as that folder's README describes.
 *
 *   npm run eval:incidents               table per source file and overall
 *   npm run eval:incidents -- --json     the same figures as JSON
 *   npm run eval:incidents -- --failures also list the rows that were scored wrong
 *
 * Exits 1 when the overall figures miss the targets (top-1 >= 95%, serious recall >= 99%,
 * false alarms <= 1%), 2 when the data cannot be read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify, type Classification } from '../lib/classify';
import { SERIOUS_CATEGORIES, isCategoryId, type CategoryId } from '../lib/taxonomy';

const TARGETS = { top1: 0.95, seriousRecall: 0.99, falseAlarms: 0.01 };

interface Row {
  file: string;
  line: number;
  source: string;
  code: string;
  description: string;
  primary: CategoryId | 'none';
  accept: string[];
}

interface Scored {
  row: Row;
  result: Classification[];
  top1: boolean;
  serious: boolean | null; // null: not a serious row
  falseAlarm: boolean | null; // null: not a none/other row
}

interface Figures {
  rows: number;
  top1: number;
  seriousRows: number;
  seriousRecall: number;
  falseAlarmRows: number;
  falseAlarmRate: number;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.INCIDENT_TYPES_DIR
  ? path.resolve(process.env.INCIDENT_TYPES_DIR)
  : path.resolve(repoRoot, '../shared/data/incident-types');

function fail(message: string): never {
  process.stderr.write(`eval-incidents: ${message}\n`);
  process.exit(2);
}

function readRows(): Row[] {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    fail(`incident-types folder not found: ${dataDir}\n(set INCIDENT_TYPES_DIR to the folder holding the labelled .tsv files)`);
  }
  const files = readdirSync(dataDir).filter((f) => f.endsWith('.tsv')).sort();
  if (files.length === 0) fail(`no .tsv files in ${dataDir}`);
  const rows: Row[] = [];
  for (const file of files) {
    const lines = readFileSync(path.join(dataDir, file), 'utf8').split(/\r?\n/);
    const header = (lines[0] ?? '').split('\t');
    const col = (name: string) => {
      const i = header.indexOf(name);
      if (i < 0) fail(`${file}: missing column "${name}" (header: ${header.join(', ')})`);
      return i;
    };
    const c = { source: col('source'), code: col('code'), description: col('description'), primary: col('primary'), accept: col('accept') };
    lines.slice(1).forEach((line, index) => {
      if (line.trim() === '') return;
      const cells = line.split('\t');
      const primary = (cells[c.primary] ?? '').trim();
      if (primary !== 'none' && !isCategoryId(primary)) fail(`${file}:${index + 2}: unknown primary "${primary}"`);
      rows.push({
        file: file.replace(/\.tsv$/, ''),
        line: index + 2,
        source: cells[c.source] ?? '',
        code: cells[c.code] ?? '',
        description: cells[c.description] ?? '',
        primary: primary as CategoryId | 'none',
        accept: (cells[c.accept] ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      });
    });
  }
  return rows;
}

/** Scoring from the data README. */
function score(row: Row): Scored {
  const result = classify({ text: row.description, code: row.code });
  const ok = (id: string) => id === row.primary || row.accept.includes(id);
  // Returning nothing is the answer "none".
  const first = result[0]?.id ?? 'none';
  const top1 = ok(first);
  const serious = row.primary !== 'none' && SERIOUS_CATEGORIES.has(row.primary) ? result.some((c) => ok(c.id)) : null;
  const falseAlarm =
    row.primary === 'none' || row.primary === 'other'
      ? result[0] !== undefined && SERIOUS_CATEGORIES.has(result[0].id) && !row.accept.includes(result[0].id)
      : null;
  return { row, result, top1, serious, falseAlarm };
}

function figures(scored: Scored[]): Figures {
  const serious = scored.filter((s) => s.serious !== null);
  const alarms = scored.filter((s) => s.falseAlarm !== null);
  const share = (n: number, d: number) => (d === 0 ? 0 : n / d);
  return {
    rows: scored.length,
    top1: share(scored.filter((s) => s.top1).length, scored.length),
    seriousRows: serious.length,
    seriousRecall: share(serious.filter((s) => s.serious).length, serious.length),
    falseAlarmRows: alarms.length,
    falseAlarmRate: share(alarms.filter((s) => s.falseAlarm).length, alarms.length),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printTable(bySource: [string, Figures][], overall: Figures): void {
  const header = ['source', 'rows', 'top-1', 'serious recall', 'false alarms'];
  const lines = [...bySource, ['overall', overall] as [string, Figures]].map(([name, f]) => [
    name,
    String(f.rows),
    pct(f.top1),
    `${pct(f.seriousRecall)} (${f.seriousRows})`,
    `${pct(f.falseAlarmRate)} (${f.falseAlarmRows})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  lines.forEach((l, i) => {
    if (i === lines.length - 1) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    console.log(fmt(l));
  });
}

function printFailures(scored: Scored[]): void {
  const wrong = scored.filter((s) => !s.top1 || s.serious === false || s.falseAlarm === true);
  console.log(`\n${wrong.length} rows scored wrong:`);
  for (const s of wrong) {
    const flags = [!s.top1 && 'top-1', s.serious === false && 'SERIOUS MISS', s.falseAlarm === true && 'FALSE ALARM'].filter(Boolean).join(', ');
    const got = s.result.length === 0 ? 'none' : s.result.map((c) => `${c.id} ${c.confidence}`).join(', ');
    const expected = [s.row.primary, ...s.row.accept].join(' | ');
    console.log(`${s.row.file}:${s.row.line}  [${flags}]  ${s.row.code}  "${s.row.description}"\n    expected ${expected}\n    got      ${got}`);
  }
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const scored = readRows().map(score);
  const sources = [...new Set(scored.map((s) => s.row.file))];
  const bySource = sources.map((name) => [name, figures(scored.filter((s) => s.row.file === name))] as [string, Figures]);
  const overall = figures(scored);
  const meetsTargets =
    overall.top1 >= TARGETS.top1 && overall.seriousRecall >= TARGETS.seriousRecall && overall.falseAlarmRate <= TARGETS.falseAlarms;

  if (args.has('--json')) {
    const failures = args.has('--failures')
      ? scored
          .filter((s) => !s.top1 || s.serious === false || s.falseAlarm === true)
          .map((s) => ({ file: s.row.file, line: s.row.line, code: s.row.code, description: s.row.description, primary: s.row.primary, accept: s.row.accept, got: s.result }))
      : undefined;
    console.log(JSON.stringify({ dataDir, targets: TARGETS, meetsTargets, overall, bySource: Object.fromEntries(bySource), failures }, null, 2));
  } else {
    console.log(`Incident types from ${dataDir}\n`);
    printTable(bySource, overall);
    console.log(
      `\nTargets: top-1 >= ${pct(TARGETS.top1)}, serious recall >= ${pct(TARGETS.seriousRecall)}, false alarms <= ${pct(TARGETS.falseAlarms)}: ${meetsTargets ? 'met' : 'NOT MET'}`,
    );
    if (args.has('--failures')) printFailures(scored);
  }
  process.exitCode = meetsTargets ? 0 : 1;
}

main();
