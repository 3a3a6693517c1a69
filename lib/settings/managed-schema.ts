import * as z from '../zod';
import { departmentSettingsSchema, type SettingsKey } from './schema';

/**
 * Generates public/managed_schema.json (Chrome's storage.managed_schema) from the zod schema in
 * ./schema.ts. Build-time only: the panel never imports this file.
 *
 * Chrome's dialect (components/policy/core/common/schema.cc): types array, boolean, integer,
 * number, object, string; each schema has exactly one `type` or a `$ref`; object keeps
 * properties / additionalProperties (a schema, never `false`) / patternProperties / required;
 * array needs `items`; integer may have minimum / maximum / enum; string may have pattern / enum;
 * all may have title / description / id. The top level may not have additionalProperties.
 *
 * We emit only types, properties, items and prose. Chrome drops a whole policy that fails its
 * schema before the extension sees it, so range, enum and pattern checks stay in zod, which keeps
 * the valid entries, drops the bad ones and tells the administrator which and why (merge.ts).
 */

export type ChromeSchema =
  | { type: 'boolean' | 'integer' | 'number' | 'string'; title?: string; description?: string }
  | { type: 'array'; items: ChromeSchema; title?: string; description?: string }
  | { type: 'object'; properties?: Record<string, ChromeSchema>; additionalProperties?: ChromeSchema; title?: string; description?: string };

const FIELD_DOCS: Record<SettingsKey, { title: string; description: string }> = {
  jurisdiction: { title: 'Jurisdiction', description: 'ISO 3166-2 code whose victims\' rights script is read, e.g. "US-CA" or "GB-ENG".' },
  federalBaseline: { title: 'Add U.S. federal rights', description: 'Also show the U.S. federal victims\' rights after the state script. Default false.' },
  languages: { title: 'Languages offered', description: 'BCP 47 tags of the languages offered to victims, e.g. ["en", "es"]. Default ["en", "es"].' },
  defaultVictimLanguage: { title: 'Default victim language', description: 'BCP 47 tag; must be one of the languages offered. Default "en".' },
  rmsSites: { title: 'RMS sites', description: 'Where the RMS is: [{"match": "https://rms.example.gov/*", "incidentSelector": "#type", "caseNumberSelector": "#case", "narrativeSelector": "#narrative"}]. Selectors are optional.' },
  incidentMappings: { title: 'Incident code mappings', description: 'Department codes mapped to categories: [{"match": "DV", "kind": "exact" or "pattern", "category": "<taxonomy id>", "note": "..."}]. They win over the built-in rules.' },
  scripts: { title: 'Rights scripts', description: 'JSON text of a list of rights scripts (see docs/content.md). JSON text because Chrome policy cannot carry free-form objects.' },
  checklistTemplates: { title: 'Checklist templates', description: 'JSON text of a list of checklist templates. JSON text because Chrome policy cannot carry free-form objects.' },
  riskScreens: { title: 'Risk screens', description: 'JSON text of a list of the department\'s screening instruments (questions, trigger rule, protocol; see docs/content.md). JSON text because Chrome policy cannot carry free-form objects.' },
  referralDirectory: { title: 'Referral directory', description: 'Either {"directoryUrl": "https://..."} (an HSDS JSON file the panel downloads) or {"services": "<JSON text of HSDS services>"}.' },
  victimLiaison: { title: 'Victim liaison', description: 'Who victims can call: {"name", "phone", "email", "hours"}; name and a phone or email are required.' },
  handoutQrUrl: { title: 'Handout QR address', description: 'https:// address printed as a QR code on the victim handout.' },
  retentionDays: { title: 'Keep incidents (days)', description: 'Days an incident checklist is kept on the device, 1 to 3650. Default 30.' },
  idleLockMinutes: { title: 'Lock after idle (minutes)', description: 'Minutes without use before the panel locks, 1 to 480. Default 30.' },
  pinRequired: { title: 'Require a PIN', description: 'Officers must set and enter a PIN to open saved incidents. Default false.' },
  features: { title: 'Features', description: 'Switch features off: {"readAloud": false, "print": false, "insertIntoReport": false}. Each defaults to true.' },
  teachTools: { title: 'Site set-up tools', description: 'Show "Point at the incident type field" in the panel. Default false.' },
};

type JsonSchema = Record<string, unknown>;

const SCALARS = new Set(['boolean', 'integer', 'number', 'string']);

function toChrome(schema: JsonSchema, where: string): ChromeSchema {
  // Several accepted shapes: Chrome takes one type, and the string (JSON text) form carries any shape.
  if (Array.isArray(schema.anyOf)) {
    const stringBranch = (schema.anyOf as JsonSchema[]).filter((branch) => branch.type === 'string');
    if (stringBranch.length !== 1) throw new Error(`${where}: a choice of shapes needs exactly one string (JSON text) form for Chrome`);
    return { type: 'string' };
  }
  const type = schema.type;
  if (typeof type !== 'string') throw new Error(`${where}: Chrome needs exactly one type, got ${JSON.stringify(type)}`);
  if (SCALARS.has(type)) return { type: type as 'boolean' | 'integer' | 'number' | 'string' };
  if (type === 'array') {
    if (typeof schema.items !== 'object' || schema.items === null) throw new Error(`${where}: a list needs one item schema`);
    return { type: 'array', items: toChrome(schema.items as JsonSchema, `${where}[]`) };
  }
  if (type === 'object') {
    const result: ChromeSchema = { type: 'object' };
    if (schema.properties) {
      result.properties = Object.fromEntries(
        Object.entries(schema.properties as Record<string, JsonSchema>).map(([key, child]) => [key, toChrome(child, `${where}.${key}`)]),
      );
    }
    const extra = schema.additionalProperties;
    if (typeof extra === 'object' && extra !== null && Object.keys(extra).length > 0) result.additionalProperties = toChrome(extra as JsonSchema, `${where}.*`);
    if (!result.properties && !result.additionalProperties) throw new Error(`${where}: Chrome strips objects with no declared properties`);
    return result;
  }
  throw new Error(`${where}: type "${type}" is not in Chrome's managed-schema dialect`);
}

/** The managed schema as an object: top-level type object with one property per setting. */
export function buildManagedSchema(): { type: 'object'; properties: Record<SettingsKey, ChromeSchema> } {
  const jsonSchema = z.toJSONSchema(departmentSettingsSchema, { io: 'input', unrepresentable: 'throw' }) as JsonSchema;
  const properties = jsonSchema.properties as Record<SettingsKey, JsonSchema>;
  const chromeProperties = {} as Record<SettingsKey, ChromeSchema>;
  for (const key of Object.keys(properties) as SettingsKey[]) {
    chromeProperties[key] = { ...FIELD_DOCS[key], ...toChrome(properties[key], key) };
  }
  return { type: 'object', properties: chromeProperties };
}

/** Exactly the text committed as public/managed_schema.json. */
export function renderManagedSchema(): string {
  return `${JSON.stringify(buildManagedSchema(), null, 2)}\n`;
}

export const MANAGED_SCHEMA_FILE = 'public/managed_schema.json';
