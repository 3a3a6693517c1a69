import type { SiteRule } from '../page-reader/types';

/**
 * Site rules are keyed by origin ("https://rms.harbor.example"). This file carries no zod: the
 * content script uses it in every RMS frame. Admin options are validated where they are written
 * (options page, panel) by ./admin-options.ts; here anything odd is simply ignored.
 */
export const ADMIN_OPTIONS_KEY = 'vsp.adminOptions';

export type SiteRules = Record<string, SiteRule>;

const SELECTOR_KEYS = ['incidentSelector', 'caseNumberSelector', 'narrativeSelector'] as const;

export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The rule for the page at `url`, from stored admin options of any shape. */
export function siteRuleFor(stored: unknown, url: string): SiteRule | undefined {
  const origin = originOf(url);
  if (!origin || typeof stored !== 'object' || stored === null) return undefined;
  const rules = (stored as { siteRules?: unknown }).siteRules;
  if (typeof rules !== 'object' || rules === null) return undefined;
  const rule = (rules as Record<string, unknown>)[origin];
  if (typeof rule !== 'object' || rule === null) return undefined;
  const clean: SiteRule = {};
  for (const key of SELECTOR_KEYS) {
    const value = (rule as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.length > 0 && value.length <= 500) clean[key] = value;
  }
  return Object.keys(clean).length > 0 ? clean : undefined;
}
