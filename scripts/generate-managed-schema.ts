/**
 * Writes public/managed_schema.json from lib/settings/schema.ts. Run after changing a setting:
 *   npx tsx scripts/generate-managed-schema.ts
 * A unit test fails when the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MANAGED_SCHEMA_FILE, renderManagedSchema } from '../lib/settings/managed-schema';

const target = fileURLToPath(new URL(`../${MANAGED_SCHEMA_FILE}`, import.meta.url));
writeFileSync(target, renderManagedSchema());
console.log(`wrote ${MANAGED_SCHEMA_FILE}`);
