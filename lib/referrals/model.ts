/**
 * The normalised referral model every importer produces. Field names are camelCase versions of
 * Open Referral HSDS 3.x fields (opens_at -> opensAt); fields HSDS has no place for
 * (victimization categories, service types, 24/7, date verified) are our additions. The mapping
 * table is in docs/referrals.md.
 */
import * as z from 'zod';
import { CATEGORY_IDS } from '../taxonomy';
import { isIsoDate } from './dates';
import { isLanguageCode } from './languages';
import { isValidPhone } from './phone';
import { SERVICE_TYPES } from './service-types';
import { isIanaTimeZone } from './time-zone';
import { isEmail, isHttpUrl } from './web-address';

const HttpUrl = z.string().refine(isHttpUrl, { message: 'must be an http(s) web address' });
const Email = z.string().refine(isEmail, { message: 'must be an email address' });
const IsoDate = z.string().refine(isIsoDate, { message: 'must be a date like 2026-03-31' });
const TimeZone = z.string().refine(isIanaTimeZone, { message: 'must be an IANA time zone name' });
const LanguageCode = z.string().refine(isLanguageCode, { message: 'must be a BCP 47 language code' });
const ClockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time like 09:00');
const ByDay = z.string().regex(/^(?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:MO|TU|WE|TH|FR|SA|SU))*$/, 'must be days like MO,TU');

export const PHONE_TYPES = ['voice', 'text', 'fax', 'tty', 'hotline'] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

export const PhoneSchema = z
  .object({
    number: z.string().min(1),
    extension: z.string().regex(/^\d{1,6}$/).optional(),
    type: z.enum(PHONE_TYPES),
    /** SMS keyword for text lines ("START" in "Text START to 88788"). */
    keyword: z.string().optional(),
    languages: z.array(LanguageCode).default([]),
    description: z.string().optional(),
  })
  .refine((phone) => isValidPhone(phone.number, phone.type === 'text' ? 'text' : 'voice'), {
    message: 'is not a phone number',
    path: ['number'],
  });
export type Phone = z.infer<typeof PhoneSchema>;

export const ScheduleSchema = z.object({
  opensAt: ClockTime,
  closesAt: ClockTime,
  /** RFC 5545 BYDAY as HSDS writes it; absent means every day. */
  byday: ByDay.optional(),
  freq: z.enum(['WEEKLY', 'DAILY']).optional(),
  wkst: z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']).optional(),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
  timezone: TimeZone.optional(),
  description: z.string().optional(),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

export const ServiceAreaSchema = z.object({
  /** Serves the whole country: always "in area". */
  national: z.boolean().default(false),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  states: z.array(z.string()).default([]),
  counties: z.array(z.string()).default([]),
  postalCodes: z.array(z.string()).default([]),
  description: z.string().optional(),
});
export type ServiceArea = z.infer<typeof ServiceAreaSchema>;

export const AddressSchema = z.object({
  address1: z.string().optional(),
  address2: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
});
export type Address = z.infer<typeof AddressSchema>;

export const LocationSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  /**
   * A shelter or safe house: its street address must never reach a screen, a printout or the
   * incident record. Importers drop the street lines and coarsen the coordinates.
   */
  confidential: z.boolean().default(false),
  address: AddressSchema.optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});
export type Location = z.infer<typeof LocationSchema>;

export const OrganizationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  url: HttpUrl.optional(),
  email: Email.optional(),
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const TaxonomyTermSchema = z.object({
  name: z.string().min(1),
  code: z.string().optional(),
  taxonomy: z.string().optional(),
});
export type TaxonomyTerm = z.infer<typeof TaxonomyTermSchema>;

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

export const ReferralSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  alternateName: z.string().optional(),
  description: z.string().optional(),
  status: z.enum(SERVICE_STATUSES).default('active'),
  organization: OrganizationSchema.optional(),
  url: HttpUrl.optional(),
  email: Email.optional(),
  phones: z.array(PhoneSchema).default([]),
  languages: z.array(LanguageCode).default([]),
  /** HSDS interpretation_services: free text such as "telephone interpreters, 200+ languages". */
  interpretationServices: z.string().optional(),
  categories: z.array(z.enum(CATEGORY_IDS)).default([]),
  /** General victim services (VictimConnect, Victim Support): listed for every category. */
  servesAnyCrime: z.boolean().default(false),
  serviceTypes: z.array(z.enum(SERVICE_TYPES)).default([]),
  is24x7: z.boolean().default(false),
  /** The zone schedules are written in; a schedule's own timezone wins. */
  timeZone: TimeZone.optional(),
  schedules: z.array(ScheduleSchema).default([]),
  /** Hours as the source wrote them, for display ("Mo-Fr 09:00-17:00"). */
  hoursText: z.string().optional(),
  serviceArea: ServiceAreaSchema.default({ national: false, states: [], counties: [], postalCodes: [] }),
  locations: z.array(LocationSchema).default([]),
  taxonomyTerms: z.array(TaxonomyTermSchema).default([]),
  sourceUrl: HttpUrl.optional(),
  dateVerified: IsoDate.optional(),
  assuredDate: IsoDate.optional(),
  lastModified: z.string().optional(),
  /** Caveats from whoever verified the listing ("hours not confirmed"). */
  verificationNote: z.string().optional(),
  notes: z.string().optional(),
});
export type Referral = z.infer<typeof ReferralSchema>;
export type ReferralInput = z.input<typeof ReferralSchema>;

export const DIRECTORY_SOURCE_KINDS = ['hsds-json', 'hsds-csv', 'template-csv', 'remote', 'bundled', 'empty'] as const;

export const DirectorySourceSchema = z.object({
  kind: z.enum(DIRECTORY_SOURCE_KINDS),
  name: z.string().optional(),
  url: z.string().optional(),
});
export type DirectorySource = z.infer<typeof DirectorySourceSchema>;

export const DirectorySchema = z.object({
  referrals: z.array(ReferralSchema),
  importedAt: z.string(),
  source: DirectorySourceSchema,
  etag: z.string().optional(),
});
export type Directory = z.infer<typeof DirectorySchema>;

/** The shape of public/content/referrals/national-*.json. */
export const BundledDirectorySchema = z.object({
  schema: z.literal('victim-services-panel/referrals@1'),
  country: z.enum(['US', 'GB']),
  title: z.string(),
  reviewedAt: IsoDate,
  notes: z.array(z.string()).default([]),
  referrals: z.array(ReferralSchema).min(1),
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
