/**
 * The one-sheet template a department fills in (public/content/referrals/template.csv). Every
 * cell is checked and every problem names the row and column as the spreadsheet shows them.
 */
import { isPostalCode } from './area';
import { headerKey, readCsv, recordObject } from './csv';
import { parseDateInput } from './dates';
import { formatSchedules, parseHours } from './hours';
import { IssueList, fieldFromPath, slugify } from './import-issues';
import { PreviewBuilder, fatalPreview } from './import-preview';
import { parseLanguage } from './languages';
import { ReferralSchema, type DirectorySource, type ImportPreview, type Phone, type Schedule } from './model';
import { parsePhone, parseTextLine } from './phone';
import { isIanaTimeZone, timeZoneMessage } from './time-zone';
import { splitList } from './text';
import { KNOWN_CATEGORY_HINT, KNOWN_SERVICE_TYPE_HINT, interpretTerm, unique } from './vocabulary';
import { parseWebAddress } from './web-address';
import type { CategoryId } from '../taxonomy';
import type { ServiceType } from './service-types';

/** Template columns in order, with the other headers people write for them. */
export const TEMPLATE_COLUMNS = {
  name: ['name', 'service name', 'service', 'organization', 'organisation'],
  categories: ['categories', 'category', 'victimization categories', 'crimes', 'crime types'],
  'service types': ['service types', 'service type', 'types', 'services'],
  phone: ['phone', 'phone number', 'telephone', 'tel'],
  'text line': ['text line', 'text', 'sms', 'text number'],
  website: ['website', 'web', 'url', 'web address', 'web site'],
  languages: ['languages', 'language'],
  hours: ['hours', 'opening hours', 'open hours'],
  '24/7': ['24/7', '24x7', '24 7', 'open 24/7', 'always open'],
  'service area counties': ['service area counties', 'counties', 'county', 'service area'],
  'service area ZIPs': ['service area zips', 'zips', 'zip codes', 'zip', 'postal codes', 'postcodes'],
  'time zone': ['time zone', 'timezone', 'tz'],
  notes: ['notes', 'note', 'description'],
  'last verified': ['last verified', 'date verified', 'verified', 'verified on'],
} as const;

export type TemplateColumn = keyof typeof TEMPLATE_COLUMNS;
const REQUIRED_COLUMNS: TemplateColumn[] = ['name', 'categories', 'phone'];

export interface TemplateImportOptions {
  name?: string;
  /** Used when a row has hours but no time zone (the department's own zone). */
  defaultTimeZone?: string;
  /** "Today" for rejecting verification dates in the future. */
  now?: Date;
}

export function importTemplateCsv(text: string, options: TemplateImportOptions = {}): ImportPreview {
  const source: DirectorySource = { kind: 'template-csv', ...(options.name ? { name: options.name } : {}) };
  const table = readCsv(text);
  if (table.fatal) return fatalPreview(source, table.fatal);

  const columnOf = new Map<TemplateColumn, string>();
  const unknown: string[] = [];
  for (const header of table.header) {
    const key = headerKey(header);
    const column = (Object.keys(TEMPLATE_COLUMNS) as TemplateColumn[]).find((c) =>
      (TEMPLATE_COLUMNS[c] as readonly string[]).includes(key),
    );
    if (column && !columnOf.has(column)) columnOf.set(column, header.trim());
    else if (header.trim()) unknown.push(header.trim());
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !columnOf.has(c));
  if (missing.length > 0) {
    const found = table.header.filter(Boolean).join(', ') || 'none';
    return fatalPreview(
      source,
      `The file is missing the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')} (found: ${found}). ` +
        'Start from template.csv and keep its header row. If all columns ran together, the file may use a separator other than commas.',
    );
  }

  const builder = new PreviewBuilder(source);
  table.warnings.forEach((w) => builder.warn(w));
  if (unknown.length > 0) builder.warn({ row: 1, message: `Columns not in the template are ignored: ${unknown.join(', ')}` });
  for (const bad of table.badRows) builder.invalidRow({ row: bad.row, errors: [bad.issue] });

  const usedIds = new Map<string, number>();
  for (const record of table.records) {
    const cells = recordObject(table.header, record.cells);
    const cell = (column: TemplateColumn) => {
      const header = columnOf.get(column);
      return header ? (cells[header] ?? '') : '';
    };
    const converted = convertRow(cell, (column) => columnOf.get(column) ?? column, record.row, options);
    if (converted.referral) {
      // Ids come from names so a re-import keeps "referral given" records pointing at the same service.
      const base = converted.referral.id;
      const count = (usedIds.get(base) ?? 0) + 1;
      usedIds.set(base, count);
      if (count > 1) converted.referral = { ...converted.referral, id: `${base}-${count}` };
    }
    builder.add(converted, record.row);
  }
  return builder.build();
}

function convertRow(
  cell: (column: TemplateColumn) => string,
  label: (column: TemplateColumn) => string,
  row: number,
  options: TemplateImportOptions,
) {
  const issues = new IssueList({ row });
  const error = (column: TemplateColumn, message: string) => issues.error(label(column), message);
  const name = cell('name').trim();
  if (!name) error('name', 'is empty: every service needs a name');

  const categories: CategoryId[] = [];
  let servesAnyCrime = false;
  for (const word of splitList(cell('categories'))) {
    if (/^(all|any)$/i.test(word)) {
      servesAnyCrime = true;
      continue;
    }
    const meaning = interpretTerm(word);
    if (meaning.categories.length === 0 && !meaning.anyCrime) {
      error('categories', `'${word}' is not a victimization category we know: ${KNOWN_CATEGORY_HINT}`);
    }
    categories.push(...meaning.categories);
    servesAnyCrime ||= meaning.anyCrime;
  }

  const serviceTypes: ServiceType[] = [];
  for (const word of splitList(cell('service types'))) {
    const meaning = interpretTerm(word);
    if (meaning.serviceTypes.length === 0) error('service types', `'${word}' is not a service type we know: ${KNOWN_SERVICE_TYPE_HINT}`);
    serviceTypes.push(...meaning.serviceTypes);
  }
  if (categories.length === 0 && !servesAnyCrime && serviceTypes.length === 0 && cell('categories').trim() === '') {
    error('categories', "is empty: name at least one crime (e.g. 'domestic violence') or 'any crime', or fill in service types");
  }

  const phones: Phone[] = [];
  for (const number of splitList(cell('phone'), /;|\n/)) {
    const parsed = parsePhone(number, 'voice');
    if (parsed.ok) phones.push({ number: parsed.value.number, ...(parsed.value.extension ? { extension: parsed.value.extension } : {}), type: 'voice', languages: [] });
    else error('phone', parsed.message);
  }
  for (const line of splitList(cell('text line'), /;|\n/)) {
    const parsed = parseTextLine(line);
    if (parsed.ok) phones.push({ number: parsed.value.number, type: 'text', ...(parsed.value.keyword ? { keyword: parsed.value.keyword } : {}), languages: [] });
    else error('text line', parsed.message);
  }

  let url: string | undefined;
  if (cell('website').trim()) {
    const parsed = parseWebAddress(cell('website'));
    if (parsed.ok) url = parsed.value;
    else error('website', parsed.message);
  }
  if (phones.length === 0 && !url && issues.errors.every((e) => e.field !== label('phone') && e.field !== label('text line') && e.field !== label('website'))) {
    error('phone', 'is empty: give a phone number, a text line or a website so the victim can reach the service');
  }

  const languages: string[] = [];
  for (const word of splitList(cell('languages'))) {
    const parsed = parseLanguage(word);
    if (parsed.ok) languages.push(parsed.value);
    else error('languages', parsed.message);
  }

  const flag = cell('24/7').trim().toLowerCase();
  let is24x7 = false;
  if (flag) {
    if (['yes', 'y', 'true', '1', 'x'].includes(flag)) is24x7 = true;
    else if (!['no', 'n', 'false', '0'].includes(flag)) error('24/7', `'${cell('24/7').trim()}' should be yes or no`);
  }
  let schedules: Schedule[] = [];
  const hoursText = cell('hours').trim();
  if (hoursText) {
    const parsed = parseHours(hoursText);
    if (!parsed.ok) error('hours', parsed.message);
    else {
      if (parsed.is24x7) is24x7 = true;
      else if (is24x7) issues.warn(label('hours'), `the 24/7 column says yes, so the hours '${hoursText}' are not used`);
      else schedules = parsed.schedules;
    }
  }

  let timeZone = cell('time zone').trim() || undefined;
  if (timeZone && !isIanaTimeZone(timeZone)) {
    error('time zone', timeZoneMessage(timeZone));
    timeZone = undefined;
  }
  timeZone ??= schedules.length > 0 ? options.defaultTimeZone : undefined;
  if (schedules.length > 0 && !timeZone) {
    issues.warn(label('time zone'), "is empty, so 'open now' will show as unknown for these hours: add e.g. America/Chicago");
  }

  const counties = splitList(cell('service area counties'));
  const postalCodes: string[] = [];
  for (const code of splitList(cell('service area ZIPs'), /[;,|\s]+/)) {
    if (isPostalCode(code)) postalCodes.push(code.toUpperCase());
    else error('service area ZIPs', `'${code}' is not a ZIP code (5 digits) or UK postcode`);
  }

  let dateVerified: string | undefined;
  if (cell('last verified').trim()) {
    const parsed = parseDateInput(cell('last verified'));
    if (!parsed.ok) error('last verified', parsed.message);
    else if (options.now && parsed.value > options.now.toISOString().slice(0, 10)) {
      error('last verified', `'${cell('last verified').trim()}' is in the future`);
    } else dateVerified = parsed.value;
  }

  if (issues.errors.length > 0) return { issues, ...(name ? { name } : {}) };

  const notes = cell('notes').trim();
  const candidate = {
    id: `tpl-${slugify(name)}`,
    name,
    url,
    phones,
    languages: unique(languages),
    categories: unique(categories),
    servesAnyCrime,
    serviceTypes: unique(serviceTypes),
    is24x7,
    ...(timeZone ? { timeZone } : {}),
    schedules,
    ...(is24x7 ? { hoursText: '24/7' } : schedules.length > 0 ? { hoursText: formatSchedules(schedules) } : {}),
    serviceArea: { national: false, states: [], counties, postalCodes },
    locations: [],
    taxonomyTerms: [],
    ...(dateVerified ? { dateVerified } : {}),
    ...(notes ? { notes } : {}),
  };
  const parsed = ReferralSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const problem of parsed.error.issues) issues.error(fieldFromPath(problem.path) || 'row', problem.message);
    return { issues, name };
  }
  return { referral: parsed.data, issues, name };
}
