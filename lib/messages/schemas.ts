import * as z from '../zod';
import { MAX_TITLE, MAX_URL, type PageReport } from './page-report';

/**
 * The panel parses everything a content script sends: the script lives in a page the extension
 * does not control, so its messages are untrusted data. Limits are generous for real pages and
 * small enough that a hostile one cannot flood the panel. (zod/mini keeps the panel small.)
 */
const text = (max: number, min = 0) => z.string().check(z.minLength(min), z.maxLength(max));

const signalSchema = z.object({
  text: text(400, 1),
  code: z.optional(text(100)),
  label: text(120),
  source: z.enum(['site-rule', 'label', 'table', 'text']),
  frame: text(300),
  at: z.number(),
});

const readingSchema = z.object({
  signals: z.array(signalSchema).check(z.maxLength(60)),
  caseNumber: z.optional(z.object({ value: text(100, 1), label: text(120) })),
  hasIncidentField: z.boolean(),
});

export const pageReportSchema = z.object({
  type: z.literal('vsp:page'),
  title: text(MAX_TITLE),
  url: text(MAX_URL),
  top: z.boolean(),
  reading: z.optional(readingSchema),
});

export function parsePageReport(message: unknown): PageReport | undefined {
  const parsed = pageReportSchema.safeParse(message);
  return parsed.success ? (parsed.data as PageReport) : undefined;
}

export const teachAnswerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('vsp:taught'),
    field: z.enum(['incident', 'case']),
    origin: z.string().check(z.regex(/^https?:\/\/[^/\s]+$/), z.maxLength(300)),
    selector: text(500, 1),
    sample: text(200),
  }),
  z.object({ type: z.literal('vsp:teach-cancelled') }),
]);
