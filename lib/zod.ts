/**
 * The one zod import for runtime code: zod/mini, with English messages.
 *
 * Classic `zod` registers its English locale when its first schema is built; zod/mini registers
 * none, so its issues would all read "Invalid input". Every schema file imports z from here, so
 * the locale is set before any schema parses, whichever file loads first. Classic zod is kept
 * out of the bundles: it pulls in toJSONSchema and the rest of its methods (~15 kB gzip).
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// As classic zod does it: only when no locale was configured, so an explicit z.config() wins.
if (!z.config().localeError) z.config(en());

export * from 'zod/mini';
