/**
 * Everything matching needs, computed once per directory so a query only touches the services
 * that serve the asked-for categories or needs.
 */
import { CATEGORY_IDS, type CategoryId } from '../taxonomy';
import { countyKey, hasArea, postalKey, stateKey } from './area';
import type { Point } from './geo';
import { primaryLanguage } from './languages';
import type { Directory, Referral } from './model';
import type { ServiceType } from './service-types';
import { foldText } from './text';

export interface IndexedReferral {
  referral: Referral;
  nameKey: string;
  languages: ReadonlySet<string>;
  offersInterpreters: boolean;
  hasTty: boolean;
  mentionsImmigration: boolean;
  counties: ReadonlyMap<string, string>;
  postalCodes: ReadonlyMap<string, string>;
  states: ReadonlySet<string>;
  national: boolean;
  hasArea: boolean;
  isHotline: boolean;
  points: Point[];
  categories: ReadonlySet<CategoryId>;
  serviceTypes: ReadonlySet<ServiceType>;
}

export interface ReferralIndex {
  directory: Directory;
  entries: IndexedReferral[];
  byCategory: ReadonlyMap<CategoryId, number[]>;
  anyCrime: number[];
  byServiceType: ReadonlyMap<ServiceType, number[]>;
  /** Services with no category at all (food banks, general legal aid): offered for needs. */
  categoryAgnostic: number[];
  /** Services by the area keys they list; `everywhere` holds national and unscoped services. */
  byCounty: ReadonlyMap<string, number[]>;
  byPostalCode: ReadonlyMap<string, number[]>;
  byState: ReadonlyMap<string, number[]>;
  everywhere: number[];
  /**
   * The hot loop's view of `entries`: categories as a bit mask per service (bit = position in
   * CATEGORY_IDS) and, per primary language, a flag per service. Scoring thousands of services
   * reads these flat arrays instead of chasing a Set per service.
   */
  categoryMask: Uint32Array;
  speaks: ReadonlyMap<string, Uint8Array>;
  /**
   * Services with the same hours share a group (most directories have a few hundred distinct
   * schedules among thousands of services), so "open now" is worked out once per group per query.
   */
  scheduleGroup: Uint32Array;
  scheduleGroups: Referral[];
  /** Per service, the FLAG_* bits below. */
  flags: Uint8Array;
}

export const FLAG_ANY_CRIME = 1;
export const FLAG_AGNOSTIC = 2;
export const FLAG_ALWAYS_ANSWERS = 4;
export const FLAG_INTERPRETERS = 8;

const CATEGORY_BIT = new Map<CategoryId, number>(CATEGORY_IDS.map((id, bit) => [id, 1 << bit]));

/** The mask of these categories, for `ReferralIndex.categoryMask`. */
export function categoryMaskOf(categories: Iterable<CategoryId>): number {
  let mask = 0;
  for (const category of categories) mask |= CATEGORY_BIT.get(category) ?? 0;
  return mask >>> 0;
}

const indexes = new WeakMap<Directory, ReferralIndex>();

export function buildIndex(directory: Directory): ReferralIndex {
  const cached = indexes.get(directory);
  if (cached) return cached;
  const entries: IndexedReferral[] = [];
  const byCategory = new Map<CategoryId, number[]>();
  const byServiceType = new Map<ServiceType, number[]>();
  const anyCrime: number[] = [];
  const categoryAgnostic: number[] = [];
  const byCounty = new Map<string, number[]>();
  const byPostalCode = new Map<string, number[]>();
  const byState = new Map<string, number[]>();
  const everywhere: number[] = [];
  const push = <K>(map: Map<K, number[]>, key: K, value: number) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  directory.referrals.forEach((referral) => {
    if (referral.status !== 'active') return; // defunct and closed services are never offered
    const index = entries.length;
    const phoneLanguages = referral.phones.flatMap((p) => p.languages);
    const interpretation = foldText(referral.interpretationServices ?? '');
    entries.push({
      referral,
      nameKey: foldText([referral.name, referral.alternateName, referral.organization?.name].filter(Boolean).join(' | ')),
      languages: new Set([...referral.languages, ...phoneLanguages].map(primaryLanguage)),
      offersInterpreters: interpretation !== '' && !/^(no|none|not available)\b/.test(interpretation),
      hasTty: referral.phones.some((p) => p.type === 'tty'),
      mentionsImmigration: referral.taxonomyTerms.some((t) => /immigra|asylum|visa|refugee/i.test(t.name)) ||
        /immigra|u visa|t visa|asylum/i.test(referral.description ?? ''),
      counties: new Map(referral.serviceArea.counties.map((c) => [countyKey(c), c])),
      postalCodes: new Map(referral.serviceArea.postalCodes.map((p) => [postalKey(p), p])),
      states: new Set(referral.serviceArea.states.map(stateKey)),
      national: referral.serviceArea.national,
      hasArea: hasArea(referral.serviceArea),
      isHotline: referral.serviceTypes.includes('hotline') || referral.phones.some((p) => p.type === 'hotline'),
      points: referral.locations
        .filter((l) => l.latitude !== undefined && l.longitude !== undefined)
        .map((l) => ({ lat: l.latitude!, lon: l.longitude! })),
      categories: new Set(referral.categories),
      serviceTypes: new Set(referral.serviceTypes),
    });
    for (const category of referral.categories) push(byCategory, category, index);
    for (const type of referral.serviceTypes) push(byServiceType, type, index);
    if (referral.servesAnyCrime) anyCrime.push(index);
    if (referral.categories.length === 0 && !referral.servesAnyCrime) categoryAgnostic.push(index);
    const entry = entries[index]!;
    if (entry.national || !entry.hasArea) everywhere.push(index);
    else {
      for (const key of entry.counties.keys()) push(byCounty, key, index);
      for (const key of entry.postalCodes.keys()) push(byPostalCode, key, index);
      for (const key of entry.states) push(byState, key, index);
    }
  });
  const scheduleGroup = new Uint32Array(entries.length);
  const scheduleGroups: Referral[] = [];
  const groupOf = new Map<string, number>();
  const categoryMask = new Uint32Array(entries.length);
  const flags = new Uint8Array(entries.length);
  const speaks = new Map<string, Uint8Array>();
  entries.forEach((entry, i) => {
    categoryMask[i] = categoryMaskOf(entry.categories);
    const referral = entry.referral;
    flags[i] =
      (referral.servesAnyCrime ? FLAG_ANY_CRIME : 0) |
      (referral.categories.length === 0 && !referral.servesAnyCrime ? FLAG_AGNOSTIC : 0) |
      (entry.isHotline && referral.is24x7 ? FLAG_ALWAYS_ANSWERS : 0) |
      (entry.offersInterpreters ? FLAG_INTERPRETERS : 0);
    const { is24x7, status, timeZone, schedules } = entry.referral;
    const signature = JSON.stringify([is24x7, status, timeZone ?? null, schedules ?? null]);
    let group = groupOf.get(signature);
    if (group === undefined) {
      group = scheduleGroups.push(entry.referral) - 1;
      groupOf.set(signature, group);
    }
    scheduleGroup[i] = group;
    for (const language of entry.languages) {
      let flags = speaks.get(language);
      if (!flags) speaks.set(language, (flags = new Uint8Array(entries.length)));
      flags[i] = 1;
    }
  });
  const index: ReferralIndex = {
    categoryMask,
    speaks,
    scheduleGroup,
    scheduleGroups,
    flags,
    directory,
    entries,
    byCategory,
    anyCrime,
    byServiceType,
    categoryAgnostic,
    byCounty,
    byPostalCode,
    byState,
    everywhere,
  };
  indexes.set(directory, index);
  return index;
}
