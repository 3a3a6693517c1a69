import * as z from 'zod';
import { CATEGORY_IDS } from '../taxonomy';
import { toContentErrors, type ContentError } from './validation-errors';

/**
 * The rights-script content model. Scripts are data (bundled JSON, or imported by a department),
 * so everything an officer reads aloud is validated here before the panel shows it.
 */

// ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision: US, US-CA, GB-ENG.
const JURISDICTION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
// A pragmatic BCP 47 subset: primary language plus optional subtags (en, es, es-MX, zh-Hant-TW).
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const VERSION = /^\d+\.\d+(\.\d+)?([-+][0-9A-Za-z.-]+)?$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

const id = (what: string) =>
  z.string().regex(ID, { error: `${what} must be lower-case letters, digits and dashes (e.g. "us-18-3771")` });
const text = (what: string) => z.string().trim().min(1, { error: `${what} must not be empty` });
const isoDate = (what: string) => z.iso.date({ error: `${what} must be an ISO date (YYYY-MM-DD)` });

export const jurisdictionSchema = z
  .string()
  .regex(JURISDICTION, { error: 'jurisdiction must look like "US", "US-CA" or "GB-ENG" (ISO 3166-2)' });

export const languageTagSchema = z
  .string()
  .regex(LANGUAGE_TAG, { error: 'language must be a BCP 47 tag such as "en" or "es-MX"' });

export const reviewStatusSchema = z.discriminatedUnion(
  'status',
  [
    z.object({ status: z.literal('draft') }).strict(),
    z
      .object({
        status: z.literal('reviewed'),
        by: text('reviewStatus.by'),
        on: isoDate('reviewStatus.on'),
      })
      .strict(),
  ],
  { error: 'reviewStatus must be {"status":"draft"} or {"status":"reviewed","by":"...","on":"YYYY-MM-DD"}' },
);

export const sourceSchema = z
  .object({
    id: id('source id'),
    citation: text('citation'),
    url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' }),
  })
  .strict();

export const sectionKindSchema = z.enum(['base', 'addon', 'officer-action'], {
  error: 'kind must be "base", "addon" or "officer-action"',
});

export const sectionSchema = z
  .object({
    id: id('section id'),
    kind: sectionKindSchema,
    categories: z.array(z.enum(CATEGORY_IDS, { error: 'not a category id from lib/taxonomy.ts' })).optional(),
    title: text('title'),
    requiredByLaw: z.boolean(),
    paragraphs: z.array(text('paragraph')).min(1, { error: 'a section needs at least one paragraph' }),
    sourceIds: z.array(z.string()).min(1, { error: 'every section must cite at least one source' }),
  })
  .strict();

export const rightsScriptSchema = z
  .object({
    id: id('script id'),
    jurisdiction: jurisdictionSchema,
    /** Other jurisdictions the same law covers (the Victims' Code covers England and Wales). */
    alsoCovers: z.array(jurisdictionSchema).optional(),
    language: languageTagSchema,
    title: text('title'),
    version: z.string().regex(VERSION, { error: 'version must look like "1.0" or "1.2.0"' }),
    effectiveDate: isoDate('effectiveDate'),
    lastReviewed: isoDate('lastReviewed'),
    reviewStatus: reviewStatusSchema,
    notice: text('notice').optional(),
    sources: z.array(sourceSchema).min(1, { error: 'a script needs at least one source' }),
    sections: z.array(sectionSchema).min(1, { error: 'a script needs at least one section' }),
  })
  .strict()
  .superRefine((script, ctx) => {
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
  });

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
