import { z } from 'zod';
import { MAX_TITLE, MAX_URL, type PageReport } from './page-report';

/**
 * The panel parses everything a content script sends: the script lives in a page the extension
 * does not control, so its messages are untrusted data.
 */
export const pageReportSchema = z.object({
  type: z.literal('vsp:page'),
  title: z.string().max(MAX_TITLE),
  url: z.string().max(MAX_URL),
  top: z.boolean(),
});

export function parsePageReport(message: unknown): PageReport | undefined {
  const parsed = pageReportSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}
