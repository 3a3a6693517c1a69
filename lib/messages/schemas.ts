import { z } from 'zod';
import { MAX_TITLE, MAX_URL, type PageReport } from './page-report';

/**
 * The panel parses everything a content script sends: the script lives in a page the extension
 * does not control, so its messages are untrusted data. Limits are generous for real pages and
 * small enough that a hostile one cannot flood the panel.
 */
const signalSchema = z.object({
  text: z.string().min(1).max(400),
  code: z.string().max(100).optional(),
  label: z.string().max(120),
  source: z.enum(['site-rule', 'label', 'table', 'text']),
  frame: z.string().max(300),
  at: z.number(),
});

const readingSchema = z.object({
  signals: z.array(signalSchema).max(60),
  caseNumber: z.object({ value: z.string().min(1).max(100), label: z.string().max(120) }).optional(),
  hasIncidentField: z.boolean(),
});

export const pageReportSchema = z.object({
  type: z.literal('vsp:page'),
  title: z.string().max(MAX_TITLE),
  url: z.string().max(MAX_URL),
  top: z.boolean(),
  reading: readingSchema.optional(),
});

export function parsePageReport(message: unknown): PageReport | undefined {
  const parsed = pageReportSchema.safeParse(message);
  return parsed.success ? (parsed.data as PageReport) : undefined;
}
