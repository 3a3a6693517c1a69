/**
 * Reads CSV the way spreadsheets write it (BOM, CRLF, ';' in European Excel, quoted line breaks)
 * and turns every reading problem into a message about a row a person can find.
 */
import Papa from 'papaparse';
import type { ImportIssue } from './model';

export interface CsvRecord {
  /** Spreadsheet row: the header is row 1. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** Rows that could not be read into cells correctly, with the reason. */
  badRows: { row: number; issue: ImportIssue }[];
  warnings: ImportIssue[];
  fatal?: string;
}

export function readCsv(text: string, file?: string): CsvTable {
  const where = (row?: number): Pick<ImportIssue, 'row' | 'file'> => ({
    ...(row !== undefined ? { row } : {}),
    ...(file ? { file } : {}),
  });
  const table: CsvTable = { header: [], records: [], badRows: [], warnings: [] };
  // Mixed line endings confuse newline detection; one kind of line break is enough.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') return { ...table, fatal: `${file ?? 'The file'} is empty` };

  const parsed = Papa.parse<string[]>(normalised, { skipEmptyLines: false, delimiter: guessDelimiter(normalised) });
  const delimiter = parsed.meta.delimiter;
  if (delimiter === ';' || delimiter === '\t' || delimiter === '|') {
    const name = delimiter === '\t' ? 'tabs' : `'${delimiter}'`;
    table.warnings.push({ ...where(), message: `Read with ${name} between values instead of commas.` });
  }

  const brokenAt = new Map<number, ImportIssue>();
  for (const error of parsed.errors) {
    const row = (error.row ?? 0) + 1;
    if (error.code === 'MissingQuotes') {
      brokenAt.set(row, {
        ...where(row),
        field: 'row',
        message: `a quote (") opens a value that is never closed, so nothing after row ${row} could be read: close the quote or remove it`,
      });
    } else if (error.code === 'InvalidQuotes') {
      brokenAt.set(row, {
        ...where(row),
        field: 'row',
        message: 'a quote (") sits inside a value: put the whole value in quotes and double the inner quote ("")',
      });
    }
    // UndetectableDelimiter only means the file has one column; the column check below reports it.
  }

  const [headerCells, ...rest] = parsed.data;
  table.header = (headerCells ?? []).map((cell) => String(cell ?? '').trim());
  if (table.header.every((cell) => cell === '')) return { ...table, fatal: `${file ?? 'The file'} has no header row` };

  rest.forEach((cells, index) => {
    const row = index + 2;
    const values = cells.map((cell) => String(cell ?? ''));
    const broken = brokenAt.get(row);
    if (broken) {
      table.badRows.push({ row, issue: broken });
      return;
    }
    if (values.every((value) => value.trim() === '')) return; // blank spreadsheet rows
    if (values.length !== table.header.length) {
      const hint =
        values.length > table.header.length
          ? 'a value with a comma in it needs quotes around it'
          : 'a value is missing, or a line break splits the row';
      table.badRows.push({
        row,
        issue: {
          ...where(row),
          field: 'row',
          message: `row ${row} has ${values.length} values but the header has ${table.header.length} columns: ${hint}`,
        },
      });
      return;
    }
    table.records.push({ row, cells: values });
  });
  return table;
}

/** Header names compare loosely: "Service Area ZIPs", "service_area_zips" and "service area zips" are one. */
export function headerKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[_\-\s]+/g, ' ')
    .trim();
}

/** Row cells by header key, for files whose columns we read by name. */
export function recordObject(header: string[], cells: string[]): Record<string, string> {
  const object: Record<string, string> = {};
  header.forEach((name, i) => {
    const key = name.trim();
    if (key) object[key] = (cells[i] ?? '').trim();
  });
  return object;
}

/**
 * The separator is the one the header row uses most. Guessing from data rows (as papaparse does)
 * goes wrong when cells hold lists like "domestic violence; stalking".
 */
function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]]);
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n' && !inQuotes) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [candidate, count] of counts) if (count > counts.get(best)!) best = candidate;
  return best;
}
