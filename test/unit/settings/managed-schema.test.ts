import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANAGED_SCHEMA_FILE, renderManagedSchema } from '../../../lib/settings/managed-schema';
import { SETTINGS_KEYS, settingsFieldSchemas } from '../../../lib/settings/schema';

const committed = readFileSync(resolve(__dirname, '../../..', MANAGED_SCHEMA_FILE), 'utf8');
const managed = JSON.parse(committed) as { type: string; properties: Record<string, ChromeNode> };

interface ChromeNode {
  type: string;
  items?: ChromeNode;
  properties?: Record<string, ChromeNode>;
  additionalProperties?: ChromeNode;
  [attribute: string]: unknown;
}

// Attributes Chromium accepts per type (components/policy/core/common/schema.cc, kAttributesAndTypesFor*).
const ALLOWED: Record<string, string[]> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  object: ['additionalProperties', 'description', 'id', 'patternProperties', 'properties', 'required', 'sensitiveValue', 'title', 'type'],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
};

function dialectProblems(node: ChromeNode, where: string): string[] {
  const allowed = ALLOWED[node.type];
  if (!allowed) return [`${where}: type ${JSON.stringify(node.type)}`];
  const problems = Object.keys(node).filter((attribute) => !allowed.includes(attribute)).map((attribute) => `${where}: attribute ${attribute}`);
  if (node.type === 'array') problems.push(...(node.items ? dialectProblems(node.items, `${where}[]`) : [`${where}: array without items`]));
  for (const [key, child] of Object.entries(node.properties ?? {})) problems.push(...dialectProblems(child, `${where}.${key}`));
  if (node.additionalProperties) problems.push(...dialectProblems(node.additionalProperties, `${where}.*`));
  return problems;
}

type ZodDef = { type: string; innerType?: ZodNode; in?: ZodNode; options?: ZodNode[] };
type ZodNode = { _zod: { def: ZodDef }; safeParse(value: unknown): { success: boolean } };

/** The Chrome type a zod field is carried as, read from zod's own definition (not from the generator). */
function chromeTypeOf(schema: ZodNode): string {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
      return chromeTypeOf(def.innerType!);
    case 'pipe':
      return chromeTypeOf(def.in!);
    case 'union':
      // Several shapes travel in Chrome as their JSON text form.
      return def.options!.some((option) => chromeTypeOf(option) === 'string') ? 'string' : 'no single type';
    case 'number':
      return schema.safeParse(1.5).success ? 'number' : 'integer';
    case 'record':
      return 'object';
    case 'enum':
      return 'string';
    default:
      return def.type;
  }
}

describe('public/managed_schema.json', () => {
  it('is exactly what the generator writes (regenerate: npx tsx scripts/generate-managed-schema.ts)', () => {
    expect(committed).toBe(renderManagedSchema());
  });

  it('has a field for every setting and a setting for every field, with compatible types', () => {
    expect(Object.keys(managed.properties).sort()).toEqual([...SETTINGS_KEYS].sort());
    for (const key of SETTINGS_KEYS) {
      expect({ key, type: managed.properties[key]!.type }).toEqual({ key, type: chromeTypeOf(settingsFieldSchemas[key] as unknown as ZodNode) });
    }
  });

  it('stays inside the dialect Chrome accepts', () => {
    expect(managed.type).toBe('object');
    expect(Object.keys(managed).sort()).toEqual(['properties', 'type']);
    expect(Object.entries(managed.properties).flatMap(([key, node]) => dialectProblems(node, key))).toEqual([]);
    for (const node of Object.values(managed.properties)) expect(node.description).toEqual(expect.any(String));
  });
});
