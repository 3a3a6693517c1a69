/**
 * Service areas: counties, ZIP / postcodes, states, or the whole country. HSDS 3 describes an
 * area by name (and optionally a geometry); we read the names people actually write.
 */
import type { ServiceArea } from './model';
import { foldText } from './text';

const US_STATES: Record<string, string> = {
  AL: 'alabama', AK: 'alaska', AZ: 'arizona', AR: 'arkansas', CA: 'california', CO: 'colorado',
  CT: 'connecticut', DE: 'delaware', DC: 'district of columbia', FL: 'florida', GA: 'georgia',
  HI: 'hawaii', ID: 'idaho', IL: 'illinois', IN: 'indiana', IA: 'iowa', KS: 'kansas',
  KY: 'kentucky', LA: 'louisiana', ME: 'maine', MD: 'maryland', MA: 'massachusetts',
  MI: 'michigan', MN: 'minnesota', MS: 'mississippi', MO: 'missouri', MT: 'montana',
  NE: 'nebraska', NV: 'nevada', NH: 'new hampshire', NJ: 'new jersey', NM: 'new mexico',
  NY: 'new york', NC: 'north carolina', ND: 'north dakota', OH: 'ohio', OK: 'oklahoma',
  OR: 'oregon', PA: 'pennsylvania', RI: 'rhode island', SC: 'south carolina', SD: 'south dakota',
  TN: 'tennessee', TX: 'texas', UT: 'utah', VT: 'vermont', VA: 'virginia', WA: 'washington',
  WV: 'west virginia', WI: 'wisconsin', WY: 'wyoming', PR: 'puerto rico', GU: 'guam',
  VI: 'us virgin islands', AS: 'american samoa', MP: 'northern mariana islands',
};
const STATE_BY_NAME = new Map(Object.entries(US_STATES).map(([code, name]) => [name, code]));
const NATIONAL_NAMES = new Set([
  'national', 'nationwide', 'united states', 'usa', 'us', 'u s', 'united kingdom', 'uk', 'england and wales',
  'england wales', 'great britain',
]);
const US_ZIP = /^\d{5}(?:-\d{4})?$/;
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?$/i;

export function isPostalCode(value: string): boolean {
  return US_ZIP.test(value.trim()) || UK_POSTCODE.test(value.trim());
}

/** Counties compare without the "County" suffix: "Harbor County" == "harbor". */
export function countyKey(value: string): string {
  return foldText(value).replace(/\s+(county|parish|borough|census area|municipality)$/, '');
}

/** A US ZIP compares on its first five digits; a UK postcode on its outward code. */
export function postalKey(value: string): string {
  const trimmed = value.trim().toUpperCase();
  if (/^\d{5}/.test(trimmed)) return trimmed.slice(0, 5);
  return trimmed.split(/\s+/)[0] ?? trimmed;
}

export function stateKey(value: string): string {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  return STATE_BY_NAME.get(foldText(trimmed)) ?? foldText(trimmed);
}

/** Reads one HSDS service_area name into the structured area. */
export function addAreaName(area: ServiceArea, name: string): void {
  const trimmed = name.trim();
  if (!trimmed) return;
  const folded = foldText(trimmed);
  if (NATIONAL_NAMES.has(folded)) {
    area.national = true;
    if (['united states', 'usa', 'us', 'u s'].includes(folded)) area.country = 'US';
    if (['united kingdom', 'uk', 'great britain'].includes(folded)) area.country = 'GB';
    return;
  }
  const zip = /^(?:zip|postcode|postal code)?\s*:?\s*(.+)$/i.exec(trimmed)?.[1]?.trim() ?? trimmed;
  if (US_ZIP.test(zip) || (UK_POSTCODE.test(zip) && /\d/.test(zip))) {
    area.postalCodes.push(zip.toUpperCase());
    return;
  }
  if (/\b(county|parish|borough)\b/i.test(trimmed)) {
    area.counties.push(trimmed);
    return;
  }
  const state = stateKey(trimmed);
  if (/^[A-Z]{2}$/.test(state) && US_STATES[state]) {
    area.states.push(state);
    return;
  }
  // Anything else (a city, a region) is kept as a county-level name: better matched loosely than lost.
  area.counties.push(trimmed);
}

export function emptyArea(): ServiceArea {
  return { national: false, states: [], counties: [], postalCodes: [] };
}

export function hasArea(area: ServiceArea): boolean {
  return area.national || area.states.length + area.counties.length + area.postalCodes.length > 0;
}

export function describeArea(area: ServiceArea): string {
  if (area.national) return area.country === 'GB' ? 'UK-wide' : 'nationwide';
  return [...area.counties, ...area.postalCodes, ...area.states].join(', ');
}
