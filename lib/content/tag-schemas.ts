import * as z from '../zod';
import { JURISDICTION, LANGUAGE_TAG } from './patterns';

/** Jurisdiction and language fields of content files (scripts, risk screens), with their messages. */
export const jurisdictionSchema = z
  .string()
  .check(z.regex(JURISDICTION, { error: 'jurisdiction must look like "US", "US-CA" or "GB-ENG" (ISO 3166-2)' }));

export const languageTagSchema = z
  .string()
  .check(z.regex(LANGUAGE_TAG, { error: 'language must be a BCP 47 tag such as "en" or "es-MX"' }));
