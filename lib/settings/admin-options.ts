import * as z from '../zod';
import { departmentMappingSchema, type DepartmentMapping } from '../classify';
import type { SiteRule } from '../page-reader/types';
import type { SiteRules } from './site-rules';

/**
 * What a department administrator sets on a machine (the options page, teach mode). Managed
 * policy will sit above these and bundled defaults below them (the settings issue); the shape
 * here is the part the incident reader needs: code mappings, site rules, and whether the panel
 * shows the site set-up tools.
 */
const selector = z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500)));
export const siteRuleSchema = z.strictObject({ incidentSelector: selector, caseNumberSelector: selector, narrativeSelector: selector });

const originKey = z.string().check(z.regex(/^https?:\/\/[^/\s]+$/, 'must be an origin like https://rms.example.gov'));

export interface AdminOptions {
  mappings: DepartmentMapping[];
  siteRules: SiteRules;
  teachTools: boolean;
}

export interface SettingsProblem {
  path: string;
  message: string;
}

export interface AdminOptionsState {
  options: AdminOptions;
  problems: SettingsProblem[];
  /** Fields set by managed policy (read-only on the options page): e.g. "incidentMappings". */
  locked?: readonly string[];
  /** Every department setting in effect and where it came from (for the options overview). */
  effective?: { values: Readonly<Record<string, unknown>>; sources: Readonly<Record<string, 'policy' | 'local' | 'default'>> };
}

export const DEFAULT_ADMIN_OPTIONS: AdminOptions = { mappings: [], siteRules: {}, teachTools: false };

const formatPath = (parts: ReadonlyArray<PropertyKey>) =>
  parts.reduce<string>((path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${String(part)}` : String(part)), '');

/**
 * Reads stored options field by field: what is valid applies, what is not is dropped and
 * reported with its path, so one bad entry never disables the rest.
 */
export function parseAdminOptions(raw: unknown): { options: AdminOptions; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const options: AdminOptions = { mappings: [], siteRules: {}, teachTools: false };
  if (raw === undefined || raw === null) return { options, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { options, problems: [{ path: '', message: 'options must be an object' }] };
  const input = raw as Record<string, unknown>;

  if (input.mappings !== undefined) {
    if (!Array.isArray(input.mappings)) problems.push({ path: 'mappings', message: 'must be a list' });
    else
      input.mappings.forEach((entry, index) => {
        const parsed = departmentMappingSchema.safeParse(entry);
        if (parsed.success) options.mappings.push(parsed.data as DepartmentMapping);
        else for (const issue of parsed.error.issues) problems.push({ path: formatPath(['mappings', index, ...issue.path]), message: issue.message });
      });
  }

  if (input.siteRules !== undefined) {
    if (typeof input.siteRules !== 'object' || input.siteRules === null || Array.isArray(input.siteRules)) problems.push({ path: 'siteRules', message: 'must be an object keyed by origin' });
    else
      for (const [origin, rule] of Object.entries(input.siteRules)) {
        const key = originKey.safeParse(origin);
        const parsed = siteRuleSchema.safeParse(rule);
        if (!key.success) problems.push({ path: `siteRules.${origin}`, message: key.error.issues[0]!.message });
        else if (!parsed.success) for (const issue of parsed.error.issues) problems.push({ path: formatPath(['siteRules', origin, ...issue.path]), message: issue.message });
        else options.siteRules[origin] = parsed.data as SiteRule;
      }
  }

  if (input.teachTools !== undefined) {
    if (typeof input.teachTools === 'boolean') options.teachTools = input.teachTools;
    else problems.push({ path: 'teachTools', message: 'must be true or false' });
  }
  return { options, problems };
}

/**
 * Mappings and site rules as a policy fragment a department can deploy to every machine, in the
 * managed-policy field names (incidentMappings, rmsSites; see ./schema.ts and docs/deploy.md).
 */
export function toPolicyFragment(options: Pick<AdminOptions, 'mappings' | 'siteRules'>): string {
  const rmsSites = Object.entries(options.siteRules)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([origin, rule]) => ({ match: `${origin}/*`, ...rule }));
  return JSON.stringify({ incidentMappings: options.mappings, rmsSites }, null, 2);
}
