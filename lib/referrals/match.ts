/**
 * Which services to offer a victim, best first, each with the reasons it was chosen.
 *
 * Order (see docs/referrals.md):
 *  1. for urgent categories, 24/7 hotlines for that crime (then 24/7 general victim lines)
 *  2. speaks the victim's language (then: offers interpreters)
 *  3. serves the crime specifically, before general victim services and need-only services
 *  4. open now, then hours unknown, then closed
 *  5. meets more of the recorded needs
 *  6. local before national
 *  7. nearer (when both have coordinates and an origin is given)
 *  8. name
 * A service that does not speak the language is ranked lower, never hidden, unless the caller
 * asks for onlyLanguage: an English-only shelter tonight beats no shelter.
 */
import { CATEGORY_LABELS, type CategoryId } from '../taxonomy';
import { countyKey, postalKey, stateKey } from './area';
import { haversineKm, type Point } from './geo';
import { languageName, primaryLanguage } from './languages';
import { FLAG_AGNOSTIC, FLAG_ALWAYS_ANSWERS, FLAG_ANY_CRIME, FLAG_INTERPRETERS, buildIndex, categoryMaskOf, type IndexedReferral, type ReferralIndex } from './match-index';
import type { Directory } from './model';
import { toReferralView, type ReferralView } from './referral-view';
import { isOpenAt, nextChange, type OpenState } from './schedule';
import {
  NEED_LABELS,
  NEED_SERVICE_TYPES,
  URGENT_CATEGORIES,
  type NeedId,
  type ServiceType,
} from './service-types';
import { foldText } from './text';

export interface MatchQuery {
  categories: CategoryId[];
  needs?: NeedId[];
  /** BCP 47 code of the language the victim is most comfortable in. */
  language?: string;
  area?: { county?: string; postalCode?: string; state?: string };
  now: Date;
  origin?: Point;
  /** Filters: hide services that do not speak the language (interpreters count as speaking). */
  onlyLanguage?: boolean;
  onlyOpenNow?: boolean;
  /** Narrow to these categories (a subset of `categories`), e.g. a filter chip. */
  onlyCategories?: CategoryId[];
  /** Case- and accent-insensitive search in name, alternate name and organization. */
  nameQuery?: string;
  /** Default 50. */
  limit?: number;
}

export interface Match {
  id: string;
  referral: ReferralView;
  reasons: string[];
  openState: OpenState;
  /** Next opening or closing, for "closes at 17:00". */
  nextChange?: { at: Date; to: 'open' | 'closed' };
  distanceKm?: number;
  /** undefined when no language was asked for. */
  speaksLanguage?: boolean;
}

interface Scored {
  entry: IndexedReferral;
  hotlineRank: number;
  languageRank: number;
  tier: number;
  openRank: number;
  openState: OpenState;
  needHits: number;
  distanceKm: number;
  areaReason: string;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const OPEN_RANK: Record<OpenState, number> = { open: 2, unknown: 1, closed: 0 };

export function matchReferrals(source: Directory | ReferralIndex, query: MatchQuery): Match[] {
  const index = 'entries' in source ? source : buildIndex(source);
  const categories = query.onlyCategories?.length
    ? query.categories.filter((c) => query.onlyCategories!.includes(c))
    : query.categories;
    const needs = query.needs ?? [];
  const urgent = categories.some((c) => URGENT_CATEGORIES.has(c));
  const language = query.language ? primaryLanguage(query.language) : undefined;
  const nameKey = query.nameQuery ? foldText(query.nameQuery) : '';
  const area = normaliseArea(query.area);

  const wantedMask = categoryMaskOf(categories);
  const speaks = language ? index.speaks.get(language) : undefined;
  const groupStates: (OpenState | undefined)[] = new Array(index.scheduleGroups.length);
  const openStateOf = (i: number): OpenState => {
    const group = index.scheduleGroup[i]!;
    return (groupStates[group] ??= isOpenAt(index.scheduleGroups[group]!, query.now));
  };
  const scored: Scored[] = [];
  for (const i of candidates(index, categories, needs, area)) {
    const entry = index.entries[i]!;
    if (nameKey && !entry.nameKey.includes(nameKey)) continue;
    const areaReason = area ? inArea(entry, area) : '';
    if (areaReason === undefined) continue;

    // Counted, not collected: arrays are built only for the few results returned (less garbage).
    const categoryHits = bitCount(index.categoryMask[i]! & wantedMask);
    let needHits = 0;
    for (const need of needs) if (meetsNeed(entry, need, language)) needHits++;
    const flags = index.flags[i]!;
    const anyCrime = (flags & FLAG_ANY_CRIME) !== 0;
    const servesCrime = categoryHits > 0 || anyCrime;
    // A service for other crimes (a DV shelter for a robbery victim) is not offered for a need;
    // one that serves no particular crime (a food bank) is.
    const agnostic = (flags & FLAG_AGNOSTIC) !== 0;
    const relevant =
      categories.length > 0 ? servesCrime || (agnostic && needHits > 0) : needs.length > 0 ? needHits > 0 : true;
    if (!relevant) continue;

    let languageRank = 0;
    if (language) {
      languageRank = speaks?.[i] ? 2 : flags & FLAG_INTERPRETERS ? 1 : 0;
      if (query.onlyLanguage && languageRank === 0) continue;
    }
    const openState = openStateOf(i);
    if (query.onlyOpenNow && openState !== 'open') continue;

    const alwaysAnswers = (flags & FLAG_ALWAYS_ANSWERS) !== 0;
    scored.push({
      entry,
      hotlineRank: urgent && alwaysAnswers ? (categoryHits > 0 ? 2 : anyCrime ? 1 : 0) : 0,
      languageRank,
      tier: categoryHits > 0 ? 2 : anyCrime ? 1 : 0,
      openRank: OPEN_RANK[openState],
      openState,
      needHits,
      distanceKm: query.origin ? nearest(entry.points, query.origin) : Infinity,
      // Always present (a stable object shape keeps this hot loop fast); '' means no reason to show.
      areaReason: areaReason ?? '',
    });
  }

  const limit = query.limit ?? 50;
  return topResults(scored, limit).map((s) => toMatch(s, query, categories, needs, language));
}

const byRank = (a: Scored, b: Scored) =>
  b.hotlineRank - a.hotlineRank ||
  b.languageRank - a.languageRank ||
  b.tier - a.tier ||
  b.openRank - a.openRank ||
  b.needHits - a.needHits ||
  // Among equals, the department's own listing before a national line: it is nearer and local.
  Number(a.entry.national) - Number(b.entry.national) ||
  compareDistance(a.distanceKm, b.distanceKm) ||
  (a.entry.nameKey < b.entry.nameKey ? -1 : a.entry.nameKey > b.entry.nameKey ? 1 : 0);

/** The ranks before distance and name, packed in one number that orders like `byRank`'s first keys. */
const coarseKey = (s: Scored) => ((((s.hotlineRank * 3 + s.languageRank) * 3 + s.tier) * 3 + s.openRank) * 64) + Math.min(s.needHits, 63);

/**
 * The best `limit` in `byRank` order. A city directory yields thousands of candidates and the
 * panel shows a few dozen, so only those whose coarse rank can reach the top are fully sorted:
 * the same answer as sorting everything, at a fraction of the comparisons.
 */
function topResults(scored: Scored[], limit: number): Scored[] {
  if (scored.length <= limit * 4) return scored.sort(byRank).slice(0, limit);
  const keys = new Float64Array(scored.length);
  for (let i = 0; i < scored.length; i++) keys[i] = coarseKey(scored[i]!);
  const threshold = [...keys].sort((a, b) => b - a)[limit - 1]!;
  const contenders: Scored[] = [];
  for (let i = 0; i < scored.length; i++) if (keys[i]! >= threshold) contenders.push(scored[i]!);
  return contenders.sort(byRank).slice(0, limit);
}

/** Name search over the whole directory, for the "find a service" box. */
export function searchByName(source: Directory | ReferralIndex, text: string, limit = 20): ReferralView[] {
  const index = 'entries' in source ? source : buildIndex(source);
  const key = foldText(text);
  if (!key) return [];
  return index.entries
    .filter((e) => e.nameKey.includes(key))
    .sort((a, b) => Number(!a.nameKey.startsWith(key)) - Number(!b.nameKey.startsWith(key)) || (a.nameKey < b.nameKey ? -1 : 1))
    .slice(0, limit)
    .map((e) => toReferralView(e.referral));
}

/**
 * Indexes of services worth scoring. With an area, the services listed for that area (usually
 * far fewer than those for a category) are the pool; without one, the category lists are.
 */
function candidates(index: ReferralIndex, categories: CategoryId[], needs: NeedId[], area: Area | undefined): number[] {
  if (area) {
    const seen = new Uint8Array(index.entries.length);
    const pool: number[] = [];
    const add = (list: readonly number[] | undefined) => {
      for (const i of list ?? []) if (!seen[i]) (seen[i] = 1), pool.push(i);
    };
    if (area.county) add(index.byCounty.get(area.county));
    if (area.postalCode) add(index.byPostalCode.get(area.postalCode));
    if (area.state) add(index.byState.get(area.state));
    add(index.everywhere);
    return pool;
  }
  if (categories.length === 0 && needs.length === 0) return [...index.entries.keys()];
  const seen = new Uint8Array(index.entries.length);
  const pool: number[] = [];
  const add = (list: readonly number[] | undefined) => {
    for (const i of list ?? []) if (!seen[i]) (seen[i] = 1), pool.push(i);
  };
  for (const category of categories) add(index.byCategory.get(category));
  add(index.anyCrime);
  // Services with no category are offered when they meet a need; meetsNeed decides later.
  if (needs.length > 0) add(index.categoryAgnostic);
  return pool;
}

function meetsNeed(entry: IndexedReferral, need: NeedId, language: string | undefined): boolean {
  if (NEED_SERVICE_TYPES[need].some((type: ServiceType) => entry.serviceTypes.has(type))) return true;
  if (need === 'language-interpreter') return entry.offersInterpreters || (language !== undefined && entry.languages.has(language));
  if (need === 'disability-access') return entry.hasTty;
  if (need === 'immigration') return entry.mentionsImmigration;
  return false;
}

interface Area {
  county?: string;
  countyLabel?: string;
  postalCode?: string;
  postalLabel?: string;
  state?: string;
}

function normaliseArea(area: MatchQuery['area']): Area | undefined {
  if (!area || (!area.county && !area.postalCode && !area.state)) return undefined;
  return {
    ...(area.county ? { county: countyKey(area.county), countyLabel: area.county } : {}),
    ...(area.postalCode ? { postalCode: postalKey(area.postalCode), postalLabel: area.postalCode } : {}),
    ...(area.state ? { state: stateKey(area.state) } : {}),
  };
}

/** The reason text when in area, '' when in area without a reason worth saying, undefined when out. */
function inArea(entry: IndexedReferral, area: Area): string | undefined {
  if (entry.national) return 'available nationwide';
  if (area.county) {
    const county = entry.counties.get(area.county);
    if (county) return `in ${county}`;
  }
  if (area.postalCode) {
    const code = entry.postalCodes.get(area.postalCode);
    if (code) return `serves ${code}`;
  }
  if (area.state && entry.states.has(area.state)) return `serves ${area.state}`;
  // A listing with no service area is the department's own: assume it serves the department's area.
  if (!entry.hasArea) return '';
  return undefined;
}

function nearest(points: Point[], origin: Point): number {
  let best = Infinity;
  for (const point of points) best = Math.min(best, haversineKm(origin, point));
  return best;
}

function compareDistance(a: number, b: number): number {
  if (a === b) return 0;
  if (a === Infinity) return 1;
  if (b === Infinity) return -1;
  return a - b;
}

function toMatch(s: Scored, query: MatchQuery, categories: CategoryId[], needs: NeedId[], language: string | undefined): Match {
  const referral = s.entry.referral;
  const reasons: string[] = [];
  const matchedCategories = categories.filter((c) => s.entry.categories.has(c));
  for (const category of matchedCategories) reasons.push(`serves ${CATEGORY_LABELS[category].en.toLowerCase()}`);
  if (matchedCategories.length === 0 && referral.servesAnyCrime) reasons.push('serves victims of any crime');
  for (const need of needs) if (meetsNeed(s.entry, need, language)) reasons.push(`meets need: ${NEED_LABELS[need]}`);
  const change = nextChange(referral, query.now);
  if (referral.is24x7) reasons.push('open 24/7');
  else if (s.openState === 'open') reasons.push('open now');
  else if (s.openState === 'closed') reasons.push('closed now');
  else reasons.push('hours unknown');
  if (language) {
    const name = languageName(language);
    reasons.push(s.languageRank === 2 ? `speaks ${name}` : s.languageRank === 1 ? `interpreters available (${name} not listed)` : `does not list ${name}`);
  }
  if (s.areaReason) reasons.push(s.areaReason);
  if (Number.isFinite(s.distanceKm)) reasons.push(`${s.distanceKm < 10 ? s.distanceKm.toFixed(1) : Math.round(s.distanceKm)} km away`);
  return {
    id: referral.id,
    referral: toReferralView(referral),
    reasons,
    openState: s.openState,
    ...(change ? { nextChange: change } : {}),
    ...(Number.isFinite(s.distanceKm) ? { distanceKm: s.distanceKm } : {}),
    ...(language ? { speaksLanguage: s.languageRank > 0 } : {}),
  };
}
