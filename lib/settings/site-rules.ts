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

function cleanRule(rule: unknown): SiteRule | undefined {
  if (typeof rule !== 'object' || rule === null) return undefined;
  const clean: SiteRule = {};
  for (const key of SELECTOR_KEYS) {
    const value = (rule as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.length > 0 && value.length <= 500) clean[key] = value;
  }
  return Object.keys(clean).length > 0 ? clean : undefined;
}

/** Does a match pattern like "https://*.rms.example/*" cover this page's origin? */
export function originPatternMatches(pattern: string, url: string): boolean {
  const origin = originOf(url);
  const found = /^(https?):\/\/(\*\.)?([a-z0-9.-]+)(:\d{1,5})?\/\*$/i.exec(pattern.trim());
  if (!origin || !found) return false;
  const page = new URL(origin);
  if (page.protocol !== `${found[1]!.toLowerCase()}:` || page.port !== (found[4]?.slice(1) ?? '')) return false;
  const host = found[3]!.toLowerCase();
  return found[2] ? page.hostname === host || page.hostname.endsWith(`.${host}`) : page.hostname === host;
}

/**
 * The department's site rule for a page: from managed policy's `rmsSites` when the policy sets
 * that field at all (policy > local, per field), else from the local admin options.
 */
export function effectiveSiteRule(policy: unknown, local: unknown, url: string): SiteRule | undefined {
  const sites = typeof policy === 'object' && policy !== null ? (policy as { rmsSites?: unknown }).rmsSites : undefined;
  if (Array.isArray(sites)) {
    for (const site of sites) {
      const match = typeof site === 'object' && site !== null ? (site as { match?: unknown }).match : undefined;
      if (typeof match === 'string' && originPatternMatches(match, url)) return cleanRule(site);
    }
    return undefined;
  }
  return siteRuleFor(local, url);
}

/** The rule for the page at `url`, from stored admin options of any shape. */
export function siteRuleFor(stored: unknown, url: string): SiteRule | undefined {
  const origin = originOf(url);
  if (!origin || typeof stored !== 'object' || stored === null) return undefined;
  const rules = (stored as { siteRules?: unknown }).siteRules;
  if (typeof rules !== 'object' || rules === null) return undefined;
  return cleanRule((rules as Record<string, unknown>)[origin]);
}
