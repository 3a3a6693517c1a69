import { readFileSync } from 'node:fs';
import { checklistFileSchema } from '../../../lib/checklist/template-schema';

/** The bundled templates as the panel loads them. */
export const bundled = checklistFileSchema.parse(JSON.parse(readFileSync('public/content/checklists/default.json', 'utf8'))).templates;
