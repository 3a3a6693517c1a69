/**
 * The normalised referral model every importer produces. Field names are camelCase versions of
 * Open Referral HSDS 3.x fields (opens_at -> opensAt); fields HSDS has no place for
 * (victimization categories, service types, 24/7, date verified) are our additions. The mapping
 * table is in docs/referrals.md.
 */
import * as z from '../zod';
import { CATEGORY_IDS } from '../taxonomy';
import { isIsoDate } from './dates';
import { isLanguageCode } from './languages';
import { isValidPhone } from './phone';
import { SERVICE_TYPES } from './service-types';
import { isIanaTimeZone } from './time-zone';
import { isEmail, isHttpUrl } from './web-address';

const HttpUrl = z.string().check(z.refine(isHttpUrl, { message: 'must be an http(s) web address' }));
const Email = z.string().check(z.refine(isEmail, { message: 'must be an email address' }));
const IsoDate = z.string().check(z.refine(isIsoDate, { message: 'must be a date like 2026-03-31' }));
const TimeZone = z.string().check(z.refine(isIanaTimeZone, { message: 'must be an IANA time zone name' }));
const LanguageCode = z.string().check(z.refine(isLanguageCode, { message: 'must be a BCP 47 language code' }));
const ClockTime = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time like 09:00'));
const ByDay = z.string().check(z.regex(/^(?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:MO|TU|WE|TH|FR|SA|SU))*$/, 'must be days like MO,TU'));
const nonEmpty = () => z.string().check(z.minLength(1));

export const PHONE_TYPES = ['voice', 'text', 'fax', 'tty', 'hotline'] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

export const PhoneSchema = z
  .object({
    number: nonEmpty(),
    extension: z.optional(z.string().check(z.regex(/^\d{1,6}$/))),
    type: z.enum(PHONE_TYPES),
    /** SMS keyword for text lines ("START" in "Text START to 88788"). */
    keyword: z.optional(z.string()),
    languages: z._default(z.array(LanguageCode), []),
    description: z.optional(z.string()),
  })
  .check(
    z.refine((phone) => isValidPhone(phone.number, phone.type === 'text' ? 'text' : 'voice'), {
      message: 'is not a phone number',
      path: ['number'],
    }),
  );
export type Phone = z.infer<typeof PhoneSchema>;

export const ScheduleSchema = z.object({
  opensAt: ClockTime,
  closesAt: ClockTime,
  /** RFC 5545 BYDAY as HSDS writes it; absent means every day. */
  byday: z.optional(ByDay),
  freq: z.optional(z.enum(['WEEKLY', 'DAILY'])),
  wkst: z.optional(z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])),
  validFrom: z.optional(IsoDate),
  validTo: z.optional(IsoDate),
  timezone: z.optional(TimeZone),
  description: z.optional(z.string()),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

export const ServiceAreaSchema = z.object({
  /** Serves the whole country: always "in area". */
  national: z._default(z.boolean(), false),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  states: z._default(z.array(z.string()), []),
  counties: z._default(z.array(z.string()), []),
  postalCodes: z._default(z.array(z.string()), []),
  description: z.optional(z.string()),
});
export type ServiceArea = z.infer<typeof ServiceAreaSchema>;

export const AddressSchema = z.object({
  address1: z.optional(z.string()),
  address2: z.optional(z.string()),
  city: z.optional(z.string()),
  region: z.optional(z.string()),
  postalCode: z.optional(z.string()),
  country: z.optional(z.string()),
});
export type Address = z.infer<typeof AddressSchema>;

export const LocationSchema = z.object({
  id: nonEmpty(),
  name: z.optional(z.string()),
  /**
   * A shelter or safe house: its street address must never reach a screen, a printout or the
   * incident record. Importers drop the street lines and coarsen the coordinates.
   */
  confidential: z._default(z.boolean(), false),
  address: z.optional(AddressSchema),
  latitude: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  longitude: z.optional(z.number().check(z.gte(-180), z.lte(180))),
});
export type Location = z.infer<typeof LocationSchema>;

export const OrganizationSchema = z.object({
  id: nonEmpty(),
  name: nonEmpty(),
  url: z.optional(HttpUrl),
  email: z.optional(Email),
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const TaxonomyTermSchema = z.object({
  name: nonEmpty(),
  code: z.optional(z.string()),
  taxonomy: z.optional(z.string()),
});
export type TaxonomyTerm = z.infer<typeof TaxonomyTermSchema>;

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

export const ReferralSchema = z.object({
  id: nonEmpty(),
  name: nonEmpty(),
  alternateName: z.optional(z.string()),
  description: z.optional(z.string()),
  status: z._default(z.enum(SERVICE_STATUSES), 'active'),
  organization: z.optional(OrganizationSchema),
  url: z.optional(HttpUrl),
  email: z.optional(Email),
  phones: z._default(z.array(PhoneSchema), []),
  languages: z._default(z.array(LanguageCode), []),
  /** HSDS interpretation_services: free text such as "telephone interpreters, 200+ languages". */
  interpretationServices: z.optional(z.string()),
  categories: z._default(z.array(z.enum(CATEGORY_IDS)), []),
  /** General victim services (VictimConnect, Victim Support): listed for every category. */
  servesAnyCrime: z._default(z.boolean(), false),
  serviceTypes: z._default(z.array(z.enum(SERVICE_TYPES)), []),
  is24x7: z._default(z.boolean(), false),
  /** The zone schedules are written in; a schedule's own timezone wins. */
  timeZone: z.optional(TimeZone),
  schedules: z._default(z.array(ScheduleSchema), []),
  /** Hours as the source wrote them, for display ("Mo-Fr 09:00-17:00"). */
  hoursText: z.optional(z.string()),
  serviceArea: z._default(ServiceAreaSchema, { national: false, states: [], counties: [], postalCodes: [] }),
  locations: z._default(z.array(LocationSchema), []),
  taxonomyTerms: z._default(z.array(TaxonomyTermSchema), []),
  sourceUrl: z.optional(HttpUrl),
  dateVerified: z.optional(IsoDate),
  assuredDate: z.optional(IsoDate),
  lastModified: z.optional(z.string()),
  /** Caveats from whoever verified the listing ("hours not confirmed"). */
  verificationNote: z.optional(z.string()),
  notes: z.optional(z.string()),
});
export type Referral = z.infer<typeof ReferralSchema>;
export type ReferralInput = z.input<typeof ReferralSchema>;

export const DIRECTORY_SOURCE_KINDS = ['hsds-json', 'hsds-csv', 'template-csv', 'remote', 'bundled', 'empty'] as const;

export const DirectorySourceSchema = z.object({
  kind: z.enum(DIRECTORY_SOURCE_KINDS),
  name: z.optional(z.string()),
  url: z.optional(z.string()),
});
export type DirectorySource = z.infer<typeof DirectorySourceSchema>;

export const DirectorySchema = z.object({
  referrals: z.array(ReferralSchema),
  importedAt: z.string(),
  source: DirectorySourceSchema,
  etag: z.optional(z.string()),
});
export type Directory = z.infer<typeof DirectorySchema>;

/** The shape of public/content/referrals/national-*.json. */
export const BundledDirectorySchema = z.object({
  schema: z.literal('victim-services-panel/referrals@1'),
  country: z.enum(['US', 'GB']),
  title: z.string(),
  reviewedAt: IsoDate,
  notes: z._default(z.array(z.string()), []),
  referrals: z.array(ReferralSchema).check(z.minLength(1)),
});
export type BundledDirectory = z.infer<typeof BundledDirectorySchema>;

/** One problem a person can fix: where it is, which field, what is wrong. */
export interface ImportIssue {
  /** Spreadsheet row (header is row 1) or 1-based position in a JSON list. */
  row?: number;
  /** For multi-file imports (HSDS tabular): which file. */
  file?: string;
  field?: string;
  message: string;
}

export interface InvalidRow {
  row: number;
  file?: string;
  /** The service name if the row had one, so the list is readable. */
  name?: string;
  errors: ImportIssue[];
}

/** What an import would do, shown before anything changes. */
export interface ImportPreview {
  valid: Referral[];
  invalid: InvalidRow[];
  warnings: ImportIssue[];
  source: DirectorySource;
  /** Set when the file could not be read at all (not JSON, missing required columns). */
  fatal?: string;
}
