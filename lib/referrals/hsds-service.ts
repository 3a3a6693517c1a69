/**
 * One HSDS 3.x service object (as the /services API returns it, with organization, phones,
 * schedules, service_areas, service_at_locations[].location and attributes nested) to a Referral.
 * The tabular importer assembles the same nested shape from its CSV files, so both share this.
 * Nested objects may carry SOURCE (file and row) so a problem points at the line to fix.
 */
import { isCategoryId, type CategoryId } from '../taxonomy';
import { addAreaName, emptyArea } from './area';
import { parseDateInput } from './dates';
import { formatSchedules, parseClock } from './hours';
import { IssueList, fieldFromPath } from './import-issues';
import { parseLanguage } from './languages';
import {
  ReferralSchema,
  type Location,
  type Phone,
  type PhoneType,
  type Referral,
  type Schedule,
  type TaxonomyTerm,
} from './model';
import { parsePhone, parseTextLine } from './phone';
import { isServiceType, type ServiceType } from './service-types';
import { isIanaTimeZone, timeZoneMessage } from './time-zone';
import { interpretTerm, unique } from './vocabulary';
import { isEmail, parseWebAddress } from './web-address';

export const SOURCE = Symbol('source');
export interface SourceRef {
  file?: string;
  row?: number;
}
type Obj = Record<string, unknown> & { [SOURCE]?: SourceRef };

export interface ConvertedService {
  referral?: Referral;
  name?: string;
  issues: IssueList;
}

const PHONE_TYPE_ALIASES: Record<string, PhoneType> = {
  voice: 'voice', cell: 'voice', mobile: 'voice', video: 'voice', pager: 'voice', main: 'voice',
  text: 'text', sms: 'text',
  fax: 'fax',
  tty: 'tty', textphone: 'tty', tdd: 'tty',
  hotline: 'hotline', crisis: 'hotline',
};
const STATUS_VALUES = new Set(['active', 'inactive', 'defunct', 'temporarily closed']);

export function convertHsdsService(input: unknown, where: SourceRef): ConvertedService {
  const issues = new IssueList(where);
  if (!isObj(input)) {
    issues.error('service', 'is not an object with service fields');
    return { issues };
  }
  const service = input;
  const at = (obj: Obj): SourceRef => obj[SOURCE] ?? where;

  const id = str(service.id);
  const name = str(service.name);
  if (!id) issues.error('id', 'is missing: every HSDS service needs a unique id');
  if (!name) issues.error('name', 'is missing: every service needs a name');

  const status = (str(service.status) ?? 'active').toLowerCase();
  if (!STATUS_VALUES.has(status)) issues.error('status', `'${status}' is not an HSDS status (active, inactive, defunct, temporarily closed)`);

  const url = webAddress(service.url, 'url', issues);
  const email = emailAddress(service.email, 'email', issues);
  const organization = readOrganization(service.organization, issues, at);

  const serviceTimeZone = readTimeZone(service.timezone, 'timezone', issues);
  const schedules = readSchedules(service, issues, at);
  const locations = readLocations(service, issues, at);
  const phones = readPhones(service, organization ? (service.organization as Obj) : undefined, issues, at);
  const languages = readLanguages(arr(service.languages), 'languages', issues, at);
  const taxonomyTerms = readTaxonomyTerms(service);
  const area = readServiceArea(service);

  const meaning = readMeaning(service, taxonomyTerms, name, issues);
  const is24x7 = bool(service.is_24x7) ?? coversWholeWeek(schedules);
  const timeZone = serviceTimeZone ?? schedules.find((s) => s.timezone)?.timezone;

  // Shelters keep their street address out of the directory altogether (see redactLocation).
  const confidentialService = meaning.serviceTypes.includes('emergency-shelter');
  const safeLocations = locations.map((location) => redactLocation(location, confidentialService, issues));

  if (phones.length === 0 && !url && !email) {
    issues.error('phones', 'has no phone, web address or email: a referral needs a way to reach the service');
  }
  if (!timeZone && schedules.length > 0 && !is24x7) {
    issues.warn('timezone', "has hours but no time zone, so 'open now' will show as unknown: add a timezone like America/Chicago");
  }

  const dateVerified = isoDate(service.date_verified, 'date_verified', issues);
  const assuredDate = isoDate(service.assured_date, 'assured_date', issues);
  const sourceUrl = webAddress(service.source_url, 'source_url', issues);

  if (issues.errors.length > 0 || !id || !name) return { issues, ...(name ? { name } : {}) };

  const candidate = {
    id,
    name,
    alternateName: str(service.alternate_name),
    description: str(service.description),
    status,
    organization,
    url,
    email,
    phones,
    languages,
    interpretationServices: str(service.interpretation_services),
    categories: meaning.categories,
    servesAnyCrime: meaning.anyCrime,
    serviceTypes: meaning.serviceTypes,
    is24x7,
    timeZone,
    schedules,
    hoursText: is24x7 ? '24/7' : schedules.length > 0 ? formatSchedules(schedules) : undefined,
    serviceArea: area,
    locations: safeLocations,
    taxonomyTerms,
    sourceUrl,
    dateVerified: dateVerified ?? assuredDate,
    assuredDate,
    lastModified: str(service.last_modified),
    notes: str(service.notes),
  };
  const parsed = ReferralSchema.safeParse(dropUndefined(candidate));
  if (!parsed.success) {
    for (const problem of parsed.error.issues) issues.error(fieldFromPath(problem.path) || 'service', problem.message);
    return { issues, name };
  }
  return { referral: parsed.data, issues, name };
}

function readOrganization(value: unknown, issues: IssueList, at: (o: Obj) => SourceRef): Referral['organization'] {
  if (!isObj(value)) return undefined;
  const id = str(value.id);
  const name = str(value.name);
  if (!id || !name) return undefined;
  const website = str(value.website) ?? str(value.url);
  let url: string | undefined;
  if (website) {
    const parsed = parseWebAddress(website);
    if (parsed.ok) url = parsed.value;
    else issues.warn('organization.website', `${parsed.message} (left out)`, at(value));
  }
  const email = str(value.email);
  return { id, name, ...(url ? { url } : {}), ...(email && isEmail(email) ? { email } : {}) };
}

function readPhones(service: Obj, organization: Obj | undefined, issues: IssueList, at: (o: Obj) => SourceRef): Phone[] {
  // Service phones first; a location's or the organization's phone only when the service has none.
  let source = 'phones';
  let list = arr(service.phones).filter(isObj);
  if (list.length === 0) {
    list = arr(service.service_at_locations)
      .filter(isObj)
      .flatMap((sal) => [...arr(sal.phones), ...(isObj(sal.location) ? arr(sal.location.phones) : [])])
      .filter(isObj);
    source = 'service_at_locations.phones';
  }
  if (list.length === 0 && organization) {
    list = arr(organization.phones).filter(isObj);
    source = 'organization.phones';
  }
  const phones: Phone[] = [];
  list.forEach((phone, i) => {
    const field = `${source}[${i}]`;
    const number = str(phone.number);
    if (!number) {
      issues.error(`${field}.number`, 'is empty', at(phone));
      return;
    }
    const typeText = (str(phone.type) ?? 'voice').toLowerCase();
    const type = PHONE_TYPE_ALIASES[typeText];
    if (!type) {
      issues.error(`${field}.type`, `'${typeText}' is not a phone type (voice, text, fax, tty, hotline)`, at(phone));
      return;
    }
    const parsed = type === 'text' ? parseTextLine(number) : parsePhone(number, 'voice');
    if (!parsed.ok) {
      issues.error(`${field}.number`, type === 'text' ? parsed.message : `'${number}' is not a phone number`, at(phone));
      return;
    }
    const extension = str(phone.extension) ?? parsed.value.extension;
    if (extension && !/^\d{1,6}$/.test(extension)) {
      issues.error(`${field}.extension`, `'${extension}' is not an extension (digits only)`, at(phone));
      return;
    }
    const keyword = 'keyword' in parsed.value ? (parsed.value.keyword as string | undefined) : undefined;
    phones.push(
      dropUndefined({
        number: parsed.value.number,
        extension,
        type,
        keyword,
        languages: readLanguages(arr(phone.languages), `${field}.languages`, issues, at),
        description: str(phone.description),
      }) as Phone,
    );
  });
  return phones;
}

function readLanguages(list: unknown[], field: string, issues: IssueList, at: (o: Obj) => SourceRef): string[] {
  const codes: string[] = [];
  for (const entry of list) {
    const text = isObj(entry) ? (str(entry.code) ?? str(entry.name)) : str(entry);
    if (!text) continue;
    const parsed = parseLanguage(text.replace(/\s*\(.*\)\s*$/, ''));
    // A language we cannot read is dropped with a warning: the rest of the listing is still useful.
    if (parsed.ok) codes.push(parsed.value);
    else issues.warn(field, `${parsed.message} (left out)`, isObj(entry) ? at(entry) : undefined);
  }
  return unique(codes);
}

function readSchedules(service: Obj, issues: IssueList, at: (o: Obj) => SourceRef): Schedule[] {
  let list = arr(service.schedules).filter(isObj);
  if (list.length === 0) {
    list = arr(service.service_at_locations)
      .filter(isObj)
      .flatMap((sal) => [...arr(sal.schedules), ...(isObj(sal.location) ? arr(sal.location.schedules) : [])])
      .filter(isObj);
  }
  const schedules: Schedule[] = [];
  list.forEach((schedule, i) => {
    const field = `schedules[${i}]`;
    const where = at(schedule);
    const freq = str(schedule.freq)?.toUpperCase();
    if (freq && freq !== 'WEEKLY' && freq !== 'DAILY') {
      issues.warn(`${field}.freq`, `'${freq}' schedules are not supported yet; these hours are left out`, where);
      return;
    }
    const opensRaw = str(schedule.opens_at);
    const closesRaw = str(schedule.closes_at);
    if (!opensRaw && !closesRaw) return; // description-only schedules carry no machine-readable hours
    const opensAt = clock(opensRaw);
    const closesAt = clock(closesRaw);
    if (!opensAt) return issues.error(`${field}.opens_at`, `'${opensRaw ?? ''}' is not a time like 09:00`, where);
    if (!closesAt) return issues.error(`${field}.closes_at`, `'${closesRaw ?? ''}' is not a time like 17:00`, where);
    const byday = readByDay(str(schedule.byday), `${field}.byday`, issues, where);
    if (byday === null) return;
    const timezone = readTimeZone(schedule.timezone, `${field}.timezone`, issues, where);
    const validFrom = isoDate(schedule.valid_from, `${field}.valid_from`, issues, where);
    const validTo = isoDate(schedule.valid_to, `${field}.valid_to`, issues, where);
    const wkst = str(schedule.wkst)?.toUpperCase();
    schedules.push(
      dropUndefined({
        opensAt,
        closesAt,
        byday,
        freq: freq as Schedule['freq'],
        wkst: wkst && /^(MO|TU|WE|TH|FR|SA|SU)$/.test(wkst) ? (wkst as Schedule['wkst']) : undefined,
        validFrom,
        validTo,
        timezone,
        description: str(schedule.description),
      }) as Schedule,
    );
  });
  return schedules;
}

function clock(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // HSDS writes times as "09:00" or "09:00:00"; seconds carry no meaning for opening hours.
  const withoutSeconds = /^(\d{1,2}:\d{2}):\d{2}$/.exec(value)?.[1] ?? value;
  return parseClock(withoutSeconds);
}

function readByDay(value: string | undefined, field: string, issues: IssueList, where: SourceRef): string | undefined | null {
  if (!value) return undefined;
  const days = value.toUpperCase().split(/[\s,]+/).filter(Boolean);
  // RFC 5545 allows "1MO" (first Monday) in monthly rules; weekly rules only use plain days.
  const bad = days.find((d) => !/^(MO|TU|WE|TH|FR|SA|SU)$/.test(d));
  if (bad) {
    issues.error(field, `'${bad}' is not a day: use MO,TU,WE,TH,FR,SA,SU`, where);
    return null;
  }
  return unique(days).join(',');
}

function readTimeZone(value: unknown, field: string, issues: IssueList, where?: SourceRef): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') {
    // HSDS 3.0 allows a numeric UTC offset, which cannot follow daylight saving changes.
    issues.warn(field, `the UTC offset ${value} ignores daylight saving and is left out: give a time zone name like America/New_York`, where);
    return undefined;
  }
  const text = String(value).trim();
  if (isIanaTimeZone(text)) return text;
  issues.error(field, timeZoneMessage(text), where);
  return undefined;
}

function readLocations(service: Obj, issues: IssueList, at: (o: Obj) => SourceRef): Location[] {
  const locations: Location[] = [];
  arr(service.service_at_locations)
    .filter(isObj)
    .forEach((sal, i) => {
      const location = isObj(sal.location) ? sal.location : undefined;
      if (!location) return;
      const id = str(location.id) ?? str(sal.location_id) ?? `${String(service.id)}-location-${i + 1}`;
      const address = readAddress(location);
      const latitude = num(location.latitude);
      const longitude = num(location.longitude);
      const coordinatesOk =
        latitude !== undefined && longitude !== undefined && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
      if ((latitude !== undefined || longitude !== undefined) && !coordinatesOk) {
        issues.warn(`service_at_locations[${i}].location`, 'has latitude/longitude out of range; left out', at(location));
      }
      locations.push(
        dropUndefined({
          id,
          name: str(location.name),
          confidential: bool(location.confidential) ?? false,
          address,
          latitude: coordinatesOk ? latitude : undefined,
          longitude: coordinatesOk ? longitude : undefined,
        }) as Location,
      );
    });
  return locations;
}

function readAddress(location: Obj): Location['address'] {
  const nested = arr(location.addresses).filter(isObj);
  const physical = nested.find((a) => (str(a.address_type) ?? 'physical') === 'physical') ?? nested[0];
  const source: Obj = physical ?? (isObj(location.physical_address) ? location.physical_address : location);
  const address = dropUndefined({
    address1: str(source.address_1),
    address2: str(source.address_2),
    city: str(source.city),
    region: str(source.region) ?? str(source.state_province),
    postalCode: str(source.postal_code),
    country: str(source.country),
  });
  return Object.keys(address).length > 0 ? address : undefined;
}

/** Street lines go, coordinates are blurred to about a kilometre: enough to rank by distance. */
function redactLocation(location: Location, confidentialService: boolean, issues: IssueList): Location {
  if (!location.confidential && !confidentialService) return location;
  const { address1, address2, ...rest } = location.address ?? {};
  if (address1 || address2) {
    issues.warn('service_at_locations.location', `the street address of confidential location '${location.name ?? location.id}' was removed`);
  }
  const blur = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * 100) / 100);
  return dropUndefined({
    ...location,
    confidential: true,
    address: Object.keys(rest).length > 0 ? rest : undefined,
    latitude: blur(location.latitude),
    longitude: blur(location.longitude),
  }) as Location;
}

function readTaxonomyTerms(service: Obj): TaxonomyTerm[] {
  const terms: TaxonomyTerm[] = [];
  const add = (value: unknown) => {
    if (!isObj(value)) return;
    const name = str(value.name) ?? str(value.term);
    if (name) terms.push(dropUndefined({ name, code: str(value.code), taxonomy: str(value.taxonomy) ?? str(value.vocabulary) }) as TaxonomyTerm);
  };
  for (const attribute of arr(service.attributes).filter(isObj)) {
    if (isObj(attribute.taxonomy_term)) add(attribute.taxonomy_term);
    else if (str(attribute.value) || str(attribute.label)) add({ name: str(attribute.label) ?? str(attribute.value) });
  }
  arr(service.taxonomy_terms).forEach(add);
  return terms;
}

function readServiceArea(service: Obj) {
  const area = emptyArea();
  for (const entry of arr(service.service_areas)) {
    if (isObj(entry)) {
      if (bool(entry.national)) area.national = true;
      const name = str(entry.name) ?? str(entry.service_area);
      if (name) for (const part of name.split(/;/)) addAreaName(area, part);
      const description = str(entry.description);
      if (description && !area.description) area.description = description;
    } else if (typeof entry === 'string') {
      addAreaName(area, entry);
    }
  }
  if (bool(service.national)) area.national = true;
  area.counties = unique(area.counties);
  area.postalCodes = unique(area.postalCodes);
  area.states = unique(area.states);
  return area;
}

interface Meaning {
  categories: CategoryId[];
  anyCrime: boolean;
  serviceTypes: ServiceType[];
}

function readMeaning(service: Obj, terms: TaxonomyTerm[], name: string | undefined, issues: IssueList): Meaning {
  const meaning: Meaning = { categories: [], anyCrime: false, serviceTypes: [] };
  for (const value of listOf(service.victimization_categories)) {
    const understood = interpretTerm(value);
    if (understood.categories.length === 0 && !understood.anyCrime) {
      issues.error('victimization_categories', `'${value}' is not a victimization category we know`);
    }
    meaning.categories.push(...understood.categories.filter(isCategoryId));
    meaning.anyCrime ||= understood.anyCrime;
  }
  for (const value of listOf(service.service_types)) {
    const understood = interpretTerm(value);
    if (understood.serviceTypes.length === 0) issues.error('service_types', `'${value}' is not a service type we know`);
    meaning.serviceTypes.push(...understood.serviceTypes.filter(isServiceType));
  }
  for (const term of terms) {
    const understood = interpretTerm(term.name);
    meaning.categories.push(...understood.categories);
    meaning.serviceTypes.push(...understood.serviceTypes);
    meaning.anyCrime ||= understood.anyCrime;
  }
  if (meaning.categories.length === 0 && !meaning.anyCrime && meaning.serviceTypes.length === 0 && name) {
    // Last resort: many small directories name the service after what it does.
    const guessed = interpretTerm(name);
    if (guessed.categories.length + guessed.serviceTypes.length > 0 || guessed.anyCrime) {
      issues.warn('categories', `no taxonomy terms; categories were guessed from the name '${name}'`);
      Object.assign(meaning, guessed);
    }
  }
  if (meaning.categories.length === 0 && !meaning.anyCrime && meaning.serviceTypes.length === 0) {
    issues.error('categories', 'no victimization category or service type could be recognised: add taxonomy terms such as "domestic violence shelter" or a victimization_categories field');
  }
  return { categories: unique(meaning.categories), anyCrime: meaning.anyCrime, serviceTypes: unique(meaning.serviceTypes) };
}

/** Every day, midnight to midnight, reads as 24/7. */
function coversWholeWeek(schedules: Schedule[]): boolean {
  const allDay = schedules.filter(
    (s) => s.opensAt === '00:00' && (s.closesAt === '24:00' || s.closesAt === '23:59' || s.closesAt === '00:00') && !s.validFrom && !s.validTo,
  );
  const days = new Set(allDay.flatMap((s) => (s.byday ? s.byday.split(',') : ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])));
  return days.size === 7;
}

function webAddress(value: unknown, field: string, issues: IssueList): string | undefined {
  const text = str(value);
  if (!text) return undefined;
  const parsed = parseWebAddress(text);
  if (parsed.ok) return parsed.value;
  issues.error(field, parsed.message);
  return undefined;
}

function emailAddress(value: unknown, field: string, issues: IssueList): string | undefined {
  const text = str(value);
  if (!text) return undefined;
  if (isEmail(text)) return text;
  issues.error(field, `'${text}' is not an email address`);
  return undefined;
}

function isoDate(value: unknown, field: string, issues: IssueList, where?: SourceRef): string | undefined {
  const text = str(value);
  if (!text) return undefined;
  const parsed = parseDateInput(text);
  if (parsed.ok) return parsed.value;
  issues.error(field, parsed.message, where);
  return undefined;
}

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = str(value);
  if (!text) return undefined;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : undefined;
}

function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = str(value)?.toLowerCase();
  if (text === undefined) return undefined;
  if (['true', 'yes', 'y', '1'].includes(text)) return true;
  if (['false', 'no', 'n', '0'].includes(text)) return false;
  return undefined;
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(str).filter((v): v is string => v !== undefined);
  const text = str(value);
  return text ? text.split(/[;|,]/).map((v) => v.trim()).filter(Boolean) : [];
}

export function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) result[key] = entry;
  return result as T;
}
