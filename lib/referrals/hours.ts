/**
 * Opening hours as a department types them: "Mo-Fr 09:00-17:00; Sa 10:00-14:00", "24/7",
 * "Mon,Wed 9am-12pm", "Mo-Su 22:00-02:00" (past midnight). Produces HSDS-style weekly schedules.
 */
import type { Schedule } from './model';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_WORDS: Record<string, Weekday> = {
  mo: 'MO', mon: 'MO', monday: 'MO',
  tu: 'TU', tue: 'TU', tues: 'TU', tuesday: 'TU',
  we: 'WE', wed: 'WE', wednesday: 'WE',
  th: 'TH', thu: 'TH', thur: 'TH', thurs: 'TH', thursday: 'TH',
  fr: 'FR', fri: 'FR', friday: 'FR',
  sa: 'SA', sat: 'SA', saturday: 'SA',
  su: 'SU', sun: 'SU', sunday: 'SU',
};
const EVERY_DAY_WORDS = new Set(['daily', 'every day', 'everyday']);
const ALWAYS = /^(?:24\s*\/\s*7|24x7|24\s*hours?(?:\s*a\s*day)?(?:,?\s*7\s*days(?:\s*a\s*week)?)?|always open)$/i;

export type HoursResult =
  | { ok: true; is24x7: boolean; schedules: Schedule[] }
  | { ok: false; message: string };

export const HOURS_EXAMPLE = "use e.g. 'Mo-Fr 09:00-17:00; Sa 10:00-14:00' or '24/7'";

export function parseHours(input: string): HoursResult {
  const raw = input.trim();
  if (ALWAYS.test(raw)) return { ok: true, is24x7: true, schedules: [] };
  const schedules: Schedule[] = [];
  for (const part of raw.split(/;|\n/).map((p) => p.trim()).filter(Boolean)) {
    const parsed = parsePart(part);
    if (typeof parsed === 'string') return { ok: false, message: `'${raw}' is not opening hours: ${parsed}; ${HOURS_EXAMPLE}` };
    schedules.push(...parsed);
  }
  if (schedules.length === 0) return { ok: false, message: `'${raw}' is not opening hours; ${HOURS_EXAMPLE}` };
  return { ok: true, is24x7: false, schedules };
}

function parsePart(part: string): Schedule[] | string {
  const match = /^(.*?)\s*((?:\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*[-–]\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*,?\s*)+)$/i.exec(part);
  if (!match) return `'${part}' needs days and times`;
  const days = parseDays(match[1]!.trim());
  if (typeof days === 'string') return days;
  const ranges = match[2]!.split(',').map((r) => r.trim()).filter(Boolean);
  const schedules: Schedule[] = [];
  for (const range of ranges) {
    const [from, to] = range.split(/\s*[-–]\s*/);
    const opensAt = parseClock(from ?? '');
    const closesAt = parseClock(to ?? '');
    if (!opensAt) return `'${from}' is not a time`;
    if (!closesAt) return `'${to}' is not a time`;
    schedules.push({ opensAt, closesAt, freq: 'WEEKLY', ...(days.length < 7 ? { byday: days.join(',') } : {}) });
  }
  return schedules;
}

function parseDays(text: string): Weekday[] | string {
  const folded = text.toLowerCase().replace(/\.$/, '');
  if (folded === '' || EVERY_DAY_WORDS.has(folded)) return [...WEEKDAYS];
  const days = new Set<Weekday>();
  for (const piece of folded.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean)) {
    const [startWord, endWord] = piece.split(/\s*(?:-|–|\bto\b)\s*/);
    const start = DAY_WORDS[startWord ?? ''];
    if (!start) return `'${startWord}' is not a day (use Mo Tu We Th Fr Sa Su)`;
    if (endWord === undefined) {
      days.add(start);
      continue;
    }
    const end = DAY_WORDS[endWord];
    if (!end) return `'${endWord}' is not a day (use Mo Tu We Th Fr Sa Su)`;
    // Ranges may wrap the week: "Fr-Mo" is Friday to Monday.
    for (let i = WEEKDAYS.indexOf(start); ; i = (i + 1) % 7) {
      days.add(WEEKDAYS[i]!);
      if (WEEKDAYS[i] === end) break;
    }
  }
  return WEEKDAYS.filter((day) => days.has(day));
}

/** "9", "09:00", "9:30pm", "24:00" -> "HH:MM" */
export function parseClock(text: string): string | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  const meridiem = match[3]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (match[2] === undefined) {
    return undefined; // a bare "9" is too easy to misread; ask for 09:00 or 9am
  }
  if (minute > 59 || hour > 24 || (hour === 24 && minute !== 0)) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Weekly schedules back to the compact text form, for display. */
export function formatSchedules(schedules: readonly Schedule[]): string {
  return schedules
    .map((s) => `${formatDays(s.byday)} ${s.opensAt}-${s.closesAt}`.trim())
    .join('; ');
}

function formatDays(byday: string | undefined): string {
  if (!byday) return 'Mo-Su';
  const days = byday.split(',') as Weekday[];
  const indexes = days.map((d) => WEEKDAYS.indexOf(d)).sort((a, b) => a - b);
  const contiguous = indexes.every((value, i) => i === 0 || value === indexes[i - 1]! + 1);
  const label = (d: Weekday) => d[0] + d[1]!.toLowerCase();
  if (contiguous && indexes.length > 2) return `${label(WEEKDAYS[indexes[0]!]!)}-${label(WEEKDAYS[indexes.at(-1)!]!)}`;
  return indexes.map((i) => label(WEEKDAYS[i]!)).join(',');
}
