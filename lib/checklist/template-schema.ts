import * as z from '../zod';
import { CATEGORY_IDS } from '../taxonomy';

/**
 * Checklist templates are data: bundled in public/content/checklists, replaced or extended by a
 * department (policy `checklistTemplates`). Item ids are shared with lib/store/report-counts.ts
 * (VOCA service areas) and with the features that tick items themselves (components/session-context.ts).
 */
const ID = /^[a-z0-9][a-z0-9-]*$/;
const id = (what: string) => z.string().check(z.regex(ID, { error: `${what} must be lower-case letters, digits and dashes` }));

/** Text in several languages; English is required so every department has a fallback. */
export const localisedTextSchema = z
  .record(
    z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'keys must be language tags such as "en" or "es"' })),
    z.string().check(z.trim(), z.minLength(1)),
  )
  .check(z.refine((text) => typeof text.en === 'string', { error: 'needs at least an "en" text' }));

export const detailFieldSchema = z.strictObject({
  id: id('detail id'),
  kind: z.enum(['text', 'date', 'yes-no'], { error: 'kind must be "text", "date" or "yes-no"' }),
  label: localisedTextSchema,
  /** Shown under the field: guidance such as "never a child". */
  hint: z.optional(localisedTextSchema),
});

/** Where an item or template comes from (a statute, a protocol, a department policy), for review. */
export const sourceSchema = z.strictObject({
  title: z.string().check(z.trim(), z.minLength(1)),
  url: z.optional(z.url({ error: 'must be a full web address (https://…)' })),
});

export const checklistItemSchema = z.strictObject({
  id: id('item id'),
  label: localisedTextSchema,
  /** Practical guidance shown under the label ("never ask a child to interpret"). */
  hint: z.optional(localisedTextSchema),
  /** Why the item matters to the victim; shown on request, never in the summary. */
  why: z.optional(localisedTextSchema),
  source: z.optional(sourceSchema),
  details: z.optional(z.array(detailFieldSchema)),
});

export const checklistTemplateSchema = z.strictObject({
  id: id('template id'),
  /** Omitted: applies to every incident. */
  categories: z.optional(
    z.array(z.enum(CATEGORY_IDS, { error: 'not a category id from lib/taxonomy.ts' })).check(z.minLength(1)),
  ),
  title: localisedTextSchema,
  source: z.optional(sourceSchema),
  /** Last review by the department or maintainers (YYYY-MM-DD), so stale lists are noticed. */
  reviewed: z.optional(z.iso.date({ error: 'reviewed must be a date such as 2026-01-31' })),
  items: z
    .array(checklistItemSchema)
    .check(
      z.minLength(1, { error: 'a template needs at least one item' }),
      z.refine((items) => new Set(items.map((item) => item.id)).size === items.length, { error: 'an item id appears twice in this template' }),
    ),
});

export const checklistFileSchema = z.strictObject({ templates: z.array(checklistTemplateSchema).check(z.minLength(1)) });

export type LocalisedText = z.infer<typeof localisedTextSchema>;
export type DetailField = z.infer<typeof detailFieldSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>;

export interface TemplateProblem {
  /** e.g. "checklistTemplates[2].items[0].label" */
  path: string;
  message: string;
}

const formatPath = (parts: ReadonlyArray<PropertyKey>) =>
  parts.reduce<string>((path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${String(part)}` : String(part)), '');

/** Department templates one by one: a bad one is reported and skipped, the rest apply. */
export function parseDepartmentTemplates(raw: readonly unknown[], prefix = 'checklistTemplates'): { templates: ChecklistTemplate[]; problems: TemplateProblem[] } {
  const templates: ChecklistTemplate[] = [];
  const problems: TemplateProblem[] = [];
  raw.forEach((entry, index) => {
    const parsed = checklistTemplateSchema.safeParse(entry);
    if (parsed.success) templates.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push({ path: formatPath([prefix, index, ...issue.path]), message: issue.message });
  });
  return { templates, problems };
}

/** Department templates replace bundled ones with the same id and add the others after them. */
export function mergeTemplates(bundled: readonly ChecklistTemplate[], department: readonly ChecklistTemplate[]): ChecklistTemplate[] {
  const replaced = new Map(department.map((template) => [template.id, template]));
  const merged = bundled.map((template) => replaced.get(template.id) ?? template);
  const bundledIds = new Set(bundled.map((template) => template.id));
  return [...merged, ...department.filter((template) => !bundledIds.has(template.id))];
}

/** The text for a language: exact tag, then its primary language, then English. */
export function localise(text: LocalisedText, language: string): string {
  return text[language] ?? text[language.split('-')[0]!.toLowerCase()] ?? text.en!;
}
