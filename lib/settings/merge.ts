import type * as z from '../zod';
import { defaultSettings } from './defaults';
import {
  JSON_TEXT_LISTS,
  LIST_ITEM_SCHEMAS,
  SETTINGS_KEYS,
  parseJsonText,
  settingsFieldSchemas,
  type DepartmentSettings,
  type SettingsKey,
  type SettingsValues,
} from './schema';

export type SettingsSource = 'policy' | 'local';

export interface SettingsSourceProblem {
  source: SettingsSource;
  /** Where the problem is, like "rmsSites[1].match"; "" for the whole source. */
  path: string;
  message: string;
}

export interface MergedSettings {
  settings: DepartmentSettings;
  /** Top-level fields set (validly) by policy: the options page shows these read-only. */
  lockedPaths: Set<SettingsKey>;
  /** Where each field's value came from. */
  sources: Record<SettingsKey, SettingsSource | 'default'>;
  problems: SettingsSourceProblem[];
}

interface LayerProblem {
  path: string;
  message: string;
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(SETTINGS_KEYS);

// Names an administrator may carry over from the options page's "Copy as policy" or older notes.
const RENAMED_KEYS: Record<string, string> = {
  mappings: 'incidentMappings: the same list of mappings',
  siteRules: 'rmsSites: a list of {"match": "https://rms.example.gov/*", "incidentSelector": ...}',
};

const formatPath = (parts: ReadonlyArray<PropertyKey>) =>
  parts.reduce<string>((path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${String(part)}` : String(part)), '');

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function issuesAt(prefix: ReadonlyArray<PropertyKey>, error: z.core.$ZodError): LayerProblem[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}

function unknownKeyMessage(key: string): string {
  if (RENAMED_KEYS[key]) return `unknown setting, ignored; use ${RENAMED_KEYS[key]}`;
  const sameButCase = SETTINGS_KEYS.find((known) => known.toLowerCase() === key.toLowerCase());
  return sameButCase ? `unknown setting, ignored; did you mean "${sameButCase}"?` : 'unknown setting, ignored';
}

/** A list field: every entry checked on its own, so one bad entry costs only itself. */
function parseListField(key: keyof typeof LIST_ITEM_SCHEMAS, raw: unknown, problems: LayerProblem[]): unknown[] | undefined {
  let list = raw;
  if (typeof raw === 'string' && JSON_TEXT_LISTS.has(key)) {
    const parsed = parseJsonText(raw);
    if (!parsed.ok) {
      problems.push({ path: key, message: parsed.message });
      return undefined;
    }
    list = parsed.value;
  }
  if (!Array.isArray(list)) {
    problems.push({ path: key, message: JSON_TEXT_LISTS.has(key) ? 'must be a list, or a list as JSON text' : 'must be a list' });
    return undefined;
  }
  const itemSchema: z.ZodMiniType = LIST_ITEM_SCHEMAS[key];
  const valid: unknown[] = [];
  list.forEach((entry, index) => {
    const parsed = itemSchema.safeParse(entry);
    if (parsed.success) valid.push(parsed.data);
    else problems.push(...issuesAt([key, index], parsed.error));
  });
  if (key === 'languages' && valid.length === 0) {
    problems.push({ path: key, message: 'needs at least one valid language; ignored' });
    return undefined;
  }
  return valid;
}

/**
 * Reads one source (policy or local options) field by field: valid fields are kept, invalid
 * ones are dropped and reported with their path, so one mistake never disables the rest.
 */
export function parseSettingsLayer(raw: unknown, options: { reportUnknownKeys: boolean }): { values: SettingsValues; problems: LayerProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: LayerProblem[] = [];
  if (raw === undefined || raw === null) return { values, problems };
  if (!isPlainObject(raw)) return { values, problems: [{ path: '', message: 'settings must be an object of named fields' }] };

  for (const [key, value] of Object.entries(raw)) {
    if (!KNOWN_KEYS.has(key)) {
      if (options.reportUnknownKeys) problems.push({ path: key, message: unknownKeyMessage(key) });
      continue;
    }
    const field = key as SettingsKey;
    if (value === undefined || value === null) continue;
    if (field in LIST_ITEM_SCHEMAS) {
      const list = parseListField(field as keyof typeof LIST_ITEM_SCHEMAS, value, problems);
      if (list !== undefined) values[field] = list;
      continue;
    }
    const parsed = (settingsFieldSchemas[field] as z.ZodMiniType).safeParse(value);
    if (parsed.success) values[field] = parsed.data;
    else problems.push(...issuesAt([field], parsed.error));
  }
  return { values: values as SettingsValues, problems };
}

/**
 * Local admin options were first stored as {mappings, siteRules (keyed by origin), teachTools}
 * (lib/settings/admin-options.ts). Read those names too, so options saved before the settings
 * layer still apply; the new names win when both are present.
 */
export function adaptLegacyAdminOptions(raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw;
  const adapted: Record<string, unknown> = { ...raw };
  delete adapted.mappings;
  delete adapted.siteRules;
  if (raw.incidentMappings === undefined && raw.mappings !== undefined) adapted.incidentMappings = raw.mappings;
  if (raw.rmsSites === undefined && isPlainObject(raw.siteRules)) {
    adapted.rmsSites = Object.entries(raw.siteRules).map(([origin, rule]) => ({ ...(isPlainObject(rule) ? rule : {}), match: `${origin}/*` }));
  }
  return adapted;
}

/**
 * Field by field: managed policy > local admin options > bundled defaults. Never throws; every
 * ignored value is listed in `problems` with its source and path.
 */
export function mergeSettings(input: { policy?: unknown; local?: unknown }): MergedSettings {
  const policy = parseSettingsLayer(input.policy, { reportUnknownKeys: true });
  const local = parseSettingsLayer(adaptLegacyAdminOptions(input.local), { reportUnknownKeys: false });
  const problems: SettingsSourceProblem[] = [
    ...policy.problems.map((problem) => ({ source: 'policy' as const, ...problem })),
    ...local.problems.map((problem) => ({ source: 'local' as const, ...problem })),
  ];

  const settings = defaultSettings();
  const writable = settings as unknown as Record<SettingsKey, unknown>;
  const lockedPaths = new Set<SettingsKey>();
  const sources = {} as Record<SettingsKey, SettingsSource | 'default'>;
  for (const key of SETTINGS_KEYS) {
    const fromPolicy = policy.values[key];
    const fromLocal = local.values[key];
    const chosen = fromPolicy !== undefined ? fromPolicy : fromLocal;
    sources[key] = fromPolicy !== undefined ? 'policy' : fromLocal !== undefined ? 'local' : 'default';
    if (fromPolicy !== undefined) lockedPaths.add(key);
    if (chosen === undefined) continue;
    // A partial features object switches only what it names; the rest keep their defaults.
    writable[key] = key === 'features' ? { ...settings.features, ...(chosen as object) } : chosen;
  }

  checkDefaultLanguage(settings, sources, problems);
  return { settings, lockedPaths, sources, problems };
}

// The two language fields can come from different sources, so they are checked after merging.
function checkDefaultLanguage(settings: DepartmentSettings, sources: MergedSettings['sources'], problems: SettingsSourceProblem[]) {
  const offered = settings.languages.map((tag) => tag.toLowerCase());
  if (offered.includes(settings.defaultVictimLanguage.toLowerCase())) return;
  const fallback = settings.languages[0]!;
  const blamed = sources.defaultVictimLanguage !== 'default' ? sources.defaultVictimLanguage : sources.languages;
  problems.push({
    source: blamed === 'default' ? 'local' : blamed,
    path: 'defaultVictimLanguage',
    message: `"${settings.defaultVictimLanguage}" is not one of the languages offered (${settings.languages.join(', ')}); using "${fallback}"`,
  });
  settings.defaultVictimLanguage = fallback;
}
