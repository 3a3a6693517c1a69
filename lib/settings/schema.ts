// zod/mini: the panel, options page and background import this; classic zod would add ~20 kB gzip.
import { JURISDICTION, LANGUAGE_TAG } from '../content/patterns';
import * as z from '../zod';
import { departmentMappingSchema } from '../classify/mappings';
import { parsePhone } from '../referrals/phone';
import { isEmail, isHttpUrl } from '../referrals/web-address';
import { siteRuleSchema } from './admin-options';

/**
 * Everything a department sets, one top-level field per setting. Each field is optional here:
 * "not set" must stay distinguishable from "set to the default", because merge.ts takes every
 * field from the highest source that sets it (policy > local admin options > bundled defaults).
 * public/managed_schema.json is generated from this file (managed-schema.ts), so adding a field
 * here and running `npx tsx scripts/generate-managed-schema.ts` is the whole job.
 */

// Chrome match-pattern syntax limited to whole origins: host access is granted per origin anyway.
const ORIGIN_PATTERN = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?\/\*$/i;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be ${max} characters or fewer`));

export const jurisdictionSchema = z.string().check(z.regex(JURISDICTION, 'must look like "US", "US-CA" or "GB-ENG" (ISO 3166-2)'));
export const languageTagSchema = z.string().check(z.regex(LANGUAGE_TAG, 'must be a BCP 47 language tag such as "en" or "es-MX"'));

const httpsUrl = z.string().check(
  z.refine((value) => /^https:\/\//i.test(value) && isHttpUrl(value), 'must be an https:// web address'),
);

export const rmsSiteSchema = z.extend(siteRuleSchema, {
  match: z.string().check(z.trim(), z.regex(ORIGIN_PATTERN, 'must be an origin pattern like "https://rms.harbor.example/*"')),
});

/**
 * Scripts, checklist templates and inline HSDS services are validated by their own modules when
 * loaded; here they only need to be objects. Chrome's managed-schema dialect cannot describe "any
 * object" (it strips properties it does not know), so on Chrome these lists travel as JSON text.
 */
export const contentObjectSchema = z.record(z.string(), z.unknown());
const contentList = z.array(contentObjectSchema);

export function parseJsonText(value: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(value) };
  } catch (error) {
    return { ok: false, message: `is not valid JSON text (${error instanceof Error ? error.message : String(error)})` };
  }
}

const contentListAsJsonText = z.pipe(
  z.string(),
  z.transform((value: string, ctx) => {
    const parsed = parseJsonText(value);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: 'custom', message: parsed.message, input: value });
    return z.NEVER;
  }),
);

export const contentListSchema = z.union([contentList, z.pipe(contentListAsJsonText, contentList)], {
  error: 'must be a list of objects, or that list as JSON text',
});

export const referralDirectorySchema = z
  .strictObject({ directoryUrl: z.optional(httpsUrl), services: z.optional(contentListSchema) })
  .check(
    z.refine((directory) => (directory.directoryUrl === undefined) !== (directory.services === undefined), 'set either directoryUrl or services (inline HSDS), not both and not neither'),
  );

export const victimLiaisonSchema = z
  .strictObject({
    name: text(200),
    phone: z.optional(z.string().check(z.refine((value) => parsePhone(value).ok, 'is not a phone number'))),
    email: z.optional(z.string().check(z.refine(isEmail, 'must be an email address'))),
    hours: z.optional(text(200)),
  })
  .check(z.refine((liaison) => liaison.phone !== undefined || liaison.email !== undefined, 'needs a phone or an email so a victim can reach the liaison'));

export const featuresSchema = z.strictObject({
  readAloud: z.optional(z.boolean()),
  print: z.optional(z.boolean()),
  insertIntoReport: z.optional(z.boolean()),
});

const wholeNumber = (min: number, max: number) =>
  z.int().check(z.minimum(min, `must be at least ${min}`), z.maximum(max, `must be at most ${max}`));

/** One schema per top-level setting. Order here is the order of the generated managed schema. */
export const settingsFieldSchemas = {
  jurisdiction: jurisdictionSchema,
  federalBaseline: z.boolean(),
  languages: z.array(languageTagSchema),
  defaultVictimLanguage: languageTagSchema,
  rmsSites: z.array(rmsSiteSchema),
  incidentMappings: z.array(departmentMappingSchema),
  scripts: contentListSchema,
  checklistTemplates: contentListSchema,
  riskScreens: contentListSchema,
  referralDirectory: referralDirectorySchema,
  victimLiaison: victimLiaisonSchema,
  handoutQrUrl: httpsUrl,
  retentionDays: wholeNumber(1, 3650),
  idleLockMinutes: wholeNumber(1, 480),
  pinRequired: z.boolean(),
  features: featuresSchema,
  teachTools: z.boolean(),
} as const;

export type SettingsKey = keyof typeof settingsFieldSchemas;
export const SETTINGS_KEYS = Object.keys(settingsFieldSchemas) as SettingsKey[];

/**
 * List settings whose entries are checked one by one, so one bad entry drops that entry only
 * (as admin options do for mappings). Content lists may also arrive as JSON text (Chrome).
 */
export const LIST_ITEM_SCHEMAS = {
  languages: languageTagSchema,
  rmsSites: rmsSiteSchema,
  incidentMappings: departmentMappingSchema,
  scripts: contentObjectSchema,
  checklistTemplates: contentObjectSchema,
  riskScreens: contentObjectSchema,
} as const satisfies Partial<Record<SettingsKey, z.ZodMiniType>>;

export const JSON_TEXT_LISTS: ReadonlySet<SettingsKey> = new Set(['scripts', 'checklistTemplates', 'riskScreens']);

/** The whole policy or options object, every field optional and no unknown keys (for examples and tooling). */
export const departmentSettingsSchema = z.strictObject(
  Object.fromEntries(SETTINGS_KEYS.map((key) => [key, z.optional(settingsFieldSchemas[key])])) as {
    [K in SettingsKey]: z.ZodMiniOptional<(typeof settingsFieldSchemas)[K]>;
  },
);

type FieldValue<K extends SettingsKey> = z.output<(typeof settingsFieldSchemas)[K]>;
export type RmsSite = FieldValue<'rmsSites'>[number];
export type ContentObject = z.output<typeof contentObjectSchema>;
export type ReferralDirectorySetting = FieldValue<'referralDirectory'>;
export type VictimLiaison = FieldValue<'victimLiaison'>;
export type Features = Required<FieldValue<'features'>>;

/** The merged result: every setting has a value except those that have no honest default. */
export interface DepartmentSettings {
  jurisdiction?: string;
  federalBaseline: boolean;
  languages: string[];
  defaultVictimLanguage: string;
  rmsSites: RmsSite[];
  incidentMappings: FieldValue<'incidentMappings'>;
  scripts: ContentObject[];
  checklistTemplates: ContentObject[];
  /** Department screening instruments (lib/content/risk-screen.ts), validated when loaded. */
  riskScreens: ContentObject[];
  /** Absent: the bundled national directory only. */
  referralDirectory?: ReferralDirectorySetting;
  /** Absent: the panel shows no liaison rather than an invented one. */
  victimLiaison?: VictimLiaison;
  handoutQrUrl?: string;
  retentionDays: number;
  idleLockMinutes: number;
  pinRequired: boolean;
  features: Features;
  teachTools: boolean;
}

/** A partial set of valid values from one source, field by field. */
export type SettingsValues = { -readonly [K in SettingsKey]?: FieldValue<K> };
