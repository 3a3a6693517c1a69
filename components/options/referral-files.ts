import { importHsdsCsv, importHsdsJson, importTemplateCsv } from '../../lib/referrals';
import type { ImportPreview } from '../../lib/referrals/model';

export interface ChosenFile {
  name: string;
  text: string;
}

/**
 * Which importer a set of files needs: one JSON file is HSDS JSON; CSV files named like an HSDS
 * tabular export (services.csv, phones.csv...) are read together; any other single CSV is the
 * department template.
 */
export function previewFiles(files: readonly ChosenFile[]): ImportPreview {
  const [first] = files;
  if (!first) return { valid: [], invalid: [], warnings: [], source: { kind: 'template-csv' }, fatal: 'No file chosen.' };
  if (files.length === 1 && /\.json$/i.test(first.name)) return importHsdsJson(first.text, { name: first.name });
  const csv = files.filter((file) => /\.csv$/i.test(file.name));
  if (csv.length !== files.length) return { valid: [], invalid: [], warnings: [], source: { kind: 'template-csv' }, fatal: 'Choose one .json file, or .csv files only.' };
  if (csv.some((file) => /^services\.csv$/i.test(file.name))) return importHsdsCsv(Object.fromEntries(csv.map((file) => [file.name, file.text])), { name: csv.map((file) => file.name).join(', ') });
  if (csv.length > 1) return { valid: [], invalid: [], warnings: [], source: { kind: 'template-csv' }, fatal: 'Several CSV files but no services.csv: choose the HSDS export’s files, or one filled-in template.' };
  return importTemplateCsv(first.text, { name: first.name });
}
