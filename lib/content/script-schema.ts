import * as z from '../zod';
import { jurisdictionSchema, languageTagSchema } from './tag-schemas';
import { CATEGORY_IDS } from '../taxonomy';
import { toContentErrors, type ContentError } from './validation-errors';

/**
 * The rights-script content model. Scripts are data (bundled JSON, or imported by a department),
 * so everything an officer reads aloud is validated here before the panel shows it.
 */

const VERSION = /^\d+\.\d+(\.\d+)?([-+][0-9A-Za-z.-]+)?$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

const id = (what: string) =>
  z.string().check(z.regex(ID, { error: `${what} must be lower-case letters, digits and dashes (e.g. "us-18-3771")` }));
const text = (what: string) => z.string().check(z.trim(), z.minLength(1, { error: `${what} must not be empty` }));
const isoDate = (what: string) => z.iso.date({ error: `${what} must be an ISO date (YYYY-MM-DD)` });

export { jurisdictionSchema, languageTagSchema };

export const reviewStatusSchema = z.discriminatedUnion(
  'status',
  [
    z.strictObject({ status: z.literal('draft') }),
    z.strictObject({
      status: z.literal('reviewed'),
      by: text('reviewStatus.by'),
      on: isoDate('reviewStatus.on'),
    }),
  ],
  { error: 'reviewStatus must be {"status":"draft"} or {"status":"reviewed","by":"...","on":"YYYY-MM-DD"}' },
);

export const sourceSchema = z.strictObject({
  id: id('source id'),
  citation: text('citation'),
  url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' }),
});

export const sectionKindSchema = z.enum(['base', 'addon', 'officer-action'], {
  error: 'kind must be "base", "addon" or "officer-action"',
});

export const sectionSchema = z.strictObject({
  id: id('section id'),
  kind: sectionKindSchema,
  categories: z.optional(z.array(z.enum(CATEGORY_IDS, { error: 'not a category id from lib/taxonomy.ts' }))),
  title: text('title'),
  requiredByLaw: z.boolean(),
  paragraphs: z.array(text('paragraph')).check(z.minLength(1, { error: 'a section needs at least one paragraph' })),
  sourceIds: z.array(z.string()).check(z.minLength(1, { error: 'every section must cite at least one source' })),
});

export const rightsScriptSchema = z
  .strictObject({
    id: id('script id'),
    jurisdiction: jurisdictionSchema,
    /** Other jurisdictions the same law covers (the Victims' Code covers England and Wales). */
    alsoCovers: z.optional(z.array(jurisdictionSchema)),
    language: languageTagSchema,
    title: text('title'),
    version: z.string().check(z.regex(VERSION, { error: 'version must look like "1.0" or "1.2.0"' })),
    effectiveDate: isoDate('effectiveDate'),
    lastReviewed: isoDate('lastReviewed'),
    reviewStatus: reviewStatusSchema,
    notice: z.optional(text('notice')),
    sources: z.array(sourceSchema).check(z.minLength(1, { error: 'a script needs at least one source' })),
    sections: z.array(sectionSchema).check(z.minLength(1, { error: 'a script needs at least one section' })),
  })
  .check(
    z.superRefine((script, ctx) => {
      const sourceIds = new Set<string>();
      script.sources.forEach((source, i) => {
        if (sourceIds.has(source.id)) {
          ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id '${source.id}'` });
        }
        sourceIds.add(source.id);
      });

      const sectionIds = new Set<string>();
      script.sections.forEach((section, i) => {
        if (sectionIds.has(section.id)) {
          ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `duplicate section id '${section.id}'` });
        }
        sectionIds.add(section.id);

        section.sourceIds.forEach((sourceId, j) => {
          if (!sourceIds.has(sourceId)) {
            ctx.addIssue({
              code: 'custom',
              path: ['sections', i, 'sourceIds', j],
              message: `'${sourceId}' is not in sources`,
            });
          }
        });

        // An add-on with no category could never be selected: that is always an authoring mistake.
        if (section.kind === 'addon' && (section.categories?.length ?? 0) === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', i, 'categories'],
            message: 'an add-on section must list at least one category',
          });
        }
        if (section.kind === 'base' && section.categories !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', i, 'categories'],
            message: 'a base section applies to every victim; move it to an add-on to limit it to categories',
          });
        }
      });

      if (script.lastReviewed < script.effectiveDate && script.reviewStatus.status === 'reviewed') {
        ctx.addIssue({
          code: 'custom',
          path: ['lastReviewed'],
          message: 'a reviewed script cannot have been last reviewed before it took effect',
        });
      }
    }),
  );

export type RightsScript = z.infer<typeof rightsScriptSchema>;
export type ScriptSection = z.infer<typeof sectionSchema>;
export type ScriptSource = z.infer<typeof sourceSchema>;
export type SectionKind = z.infer<typeof sectionKindSchema>;
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

export type ParseRightsScriptResult = { ok: true; script: RightsScript } | { ok: false; errors: ContentError[] };

export function parseRightsScript(json: unknown): ParseRightsScriptResult {
  const result = rightsScriptSchema.safeParse(json);
  return result.success ? { ok: true, script: result.data } : { ok: false, errors: toContentErrors(result.error) };
}
