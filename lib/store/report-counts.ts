/**
 * Monthly counts for victim-service grant reporting (VOCA performance measures): victimization
 * types, services given, referrals by type and languages. Only categories, service areas,
 * referral types, language codes and counts leave this module; never case numbers, names,
 * notes or needs answers.
 */
import { toCsv } from './csv';
import { effectiveCategories, type ChecklistEntry, type Incident } from './types';

/** The five VOCA PMT service areas. */
export const SERVICE_AREAS = [
  'information-referral',
  'personal-advocacy',
  'emotional-support-safety',
  'shelter-housing',
  'criminal-justice-assistance',
] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

/**
 * Checklist item id -> service area. The ids must match the checklist templates in
 * lib/content; departments with their own templates pass their own map.
 */
export const DEFAULT_SERVICE_MAP: Readonly<Record<string, ServiceArea>> = {
  'rights-read': 'information-referral',
  'rights-card-given': 'information-referral',
  'referral-given': 'information-referral',
  'justice-process-explained': 'information-referral',
  'compensation-info-given': 'information-referral',
  interpreter: 'personal-advocacy',
  'advocate-called': 'personal-advocacy',
  'medical-exam-accompaniment': 'personal-advocacy',
  'transportation-arranged': 'personal-advocacy',
  'crisis-intervention': 'emotional-support-safety',
  'safety-plan': 'emotional-support-safety',
  'lethality-assessment': 'emotional-support-safety',
  'emergency-shelter': 'shelter-housing',
  'relocation-assistance': 'shelter-housing',
  'protection-order-info': 'criminal-justice-assistance',
  'notification-registration': 'criminal-justice-assistance',
  'property-return': 'criminal-justice-assistance',
  'victim-impact-statement-info': 'criminal-justice-assistance',
};

export type CountMeasure = 'victimization' | 'service' | 'referral' | 'language';

export interface CountRow {
  /** YYYY-MM in the reporting time zone. */
  month: string;
  measure: CountMeasure;
  value: string;
  count: number;
}

export interface CountOptions {
  serviceMap?: Readonly<Record<string, ServiceArea>>;
  /** Referral directory lookup, for entries that record only {referralId, name}. */
  referralTypeOf?: (referralId: string) => string | undefined;
  /** IANA zone of the department; defaults to the runtime's. */
  timeZone?: string;
  /** Drop cells below this count, so a rare combination in a small town cannot single a victim out. */
  suppressBelow?: number;
}

function monthFormatter(timeZone: string | undefined): (at: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
  return (at) => {
    const parts = format.formatToParts(new Date(at));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}`;
  };
}

/** An item can be ticked for several referrals; each referral is its own subject. */
function subjectOf(entry: ChecklistEntry): string {
  const referralId = entry.details?.['referralId'];
  return typeof referralId === 'string' ? `${entry.itemId}\u0000${referralId}` : entry.itemId;
}

/** What stands at the end: a later 'not-done' withdraws an earlier 'done'. */
function currentlyDone(entries: readonly ChecklistEntry[]): ChecklistEntry[] {
  const latest = new Map<string, ChecklistEntry>();
  for (const entry of [...entries].sort((a, b) => a.at - b.at)) latest.set(subjectOf(entry), entry);
  return [...latest.values()].filter((entry) => entry.state === 'done');
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function monthlyCounts(incidents: readonly Incident[], options: CountOptions = {}): CountRow[] {
  const serviceMap = options.serviceMap ?? DEFAULT_SERVICE_MAP;
  const monthOf = monthFormatter(options.timeZone);
  const counts = new Map<string, CountRow>();
  const seen = new Set<string>();

  // Each incident counts at most once per month and value (victims served), except referrals,
  // where each distinct referral given counts (`distinct`).
  const countOnce = (incidentIndex: number, month: string, measure: CountMeasure, value: string, distinct = '') => {
    const cell = `${month}\u0000${measure}\u0000${value}`;
    const perIncident = `${incidentIndex}\u0000${distinct}\u0000${cell}`;
    if (seen.has(perIncident)) return;
    seen.add(perIncident);
    const row = counts.get(cell) ?? { month, measure, value, count: 0 };
    row.count++;
    counts.set(cell, row);
  };

  incidents.forEach((incident, index) => {
    for (const category of effectiveCategories(incident.categories)) {
      countOnce(index, monthOf(incident.createdAt), 'victimization', category);
    }
    for (const entry of currentlyDone(incident.entries)) {
      const month = monthOf(entry.at);
      const area = serviceMap[entry.itemId];
      if (area) countOnce(index, month, 'service', area);
      const referralId = text(entry.details?.['referralId']);
      if (referralId) {
        const type =
          text(entry.details?.['referralType']) ?? options.referralTypeOf?.(referralId) ?? 'unspecified';
        countOnce(index, month, 'referral', type.toLowerCase(), referralId);
      }
      const language = text(entry.details?.['language']);
      if (language) countOnce(index, month, 'language', language.toLowerCase());
    }
  });

  const minimum = options.suppressBelow ?? 0;
  const order: Record<CountMeasure, number> = { victimization: 0, service: 1, referral: 2, language: 3 };
  return [...counts.values()]
    .filter((row) => row.count >= minimum)
    .sort(
      (a, b) =>
        a.month.localeCompare(b.month) || order[a.measure] - order[b.measure] || a.value.localeCompare(b.value),
    );
}

export function countsToCsv(rows: readonly CountRow[]): string {
  return toCsv(
    ['month', 'measure', 'value', 'count'],
    rows.map((row) => [row.month, row.measure, row.value, row.count]),
  );
}
