import { importHsdsCsv, importHsdsJson, importTemplateCsv } from '../../lib/referrals';
import type { ImportPreview } from '../../lib/referrals/model';

export interface ChosenFile {
  name: string;
  text: string;
}

const fatal = (message: string): ImportPreview => ({ valid: [], invalid: [], warnings: [], source: { kind: 'template-csv' }, fatal: message });

/** The first line's column names, lower-cased, without quotes or a byte-order mark. */
function headerOf(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.split(',').map((column) => column.trim().replace(/^"|"$/g, '').trim().toLowerCase());
}

/** An HSDS services table exported under another name: it has HSDS's id and organization_id. */
function looksLikeHsdsServices(text: string): boolean {
  const header = headerOf(text);
  return header.includes('id') && header.includes('organization_id');
}

/**
 * Which importer a set of files needs: one JSON file is HSDS JSON; CSV files including
 * services.csv are an HSDS tabular export read together; a single CSV with HSDS's columns is
 * that export's services table; any other single CSV is the department template.
 */
export function previewFiles(files: readonly ChosenFile[]): ImportPreview {
  const [first] = files;
  if (!first) return fatal('No file chosen.');
  if (files.length === 1 && /\.json$/i.test(first.name)) return importHsdsJson(first.text, { name: first.name });
  const csv = files.filter((file) => /\.csv$/i.test(file.name));
  if (csv.length !== files.length) return fatal('Choose one .json file, or .csv files only.');
  const names = csv.map((file) => file.name).join(', ');
  if (csv.some((file) => /(^|[\\/])services\.csv$/i.test(file.name))) {
    return importHsdsCsv(Object.fromEntries(csv.map((file) => [file.name, file.text])), { name: names });
  }
  if (csv.length > 1) return fatal('Several CSV files but no services.csv: choose the HSDS export’s files together, or one filled-in template.');
  if (looksLikeHsdsServices(first.text)) return importHsdsCsv({ 'services.csv': first.text }, { name: first.name });
  return importTemplateCsv(first.text, { name: first.name });
}
