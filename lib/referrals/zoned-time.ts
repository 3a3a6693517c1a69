/**
 * Wall-clock time in an IANA zone using only Intl.DateTimeFormat, so DST rules come from the
 * runtime's zone database and we carry no date library.
 */

export interface WallClock {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday ... 6 = Sunday (RFC 5545 order). */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
  /** "YYYY-MM-DD" in the zone. */
  date: string;
}

const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();
// Matching asks the same zone about the same instant thousands of times; remember the last answer.
const lastAnswer = new Map<string, { ms: number; clock: WallClock }>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export function wallClock(instant: Date | number, timeZone: string): WallClock {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const cached = lastAnswer.get(timeZone);
  if (cached && cached.ms === ms) return cached.clock;
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour) % 24;
  const clock: WallClock = {
    year,
    month,
    day,
    weekday: WEEKDAY_INDEX[parts.weekday ?? ''] ?? 0,
    minutes: hour * 60 + Number(parts.minute),
    date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
  lastAnswer.set(timeZone, { ms, clock });
  return clock;
}

/** Minutes the zone is ahead of UTC at an instant (New York in winter: -300). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const flooredToMinute = Math.floor(instant / 60_000) * 60_000;
  const c = wallClock(flooredToMinute, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, 0, c.minutes);
  return Math.round((asUtc - flooredToMinute) / 60_000);
}

/**
 * The instant a wall-clock time happens in a zone. Times that do not exist (the hour skipped when
 * clocks go forward) move forward by the gap; times that happen twice (clocks go back) take the
 * first. This is what Temporal calls "compatible" disambiguation.
 */
export function wallTimeToInstant(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const local = Date.UTC(year, month - 1, day, 0, minutes);
  const firstGuess = local - offsetMinutes(local, timeZone) * 60_000;
  const firstOffset = offsetMinutes(firstGuess, timeZone);
  const secondGuess = local - firstOffset * 60_000;
  if (offsetMinutes(secondGuess, timeZone) === firstOffset) return new Date(secondGuess);
  return new Date(Math.max(firstGuess, secondGuess));
}

/** Calendar arithmetic on "YYYY-MM-DD" without touching time zones. */
export function addDays(date: { year: number; month: number; day: number }, days: number): { year: number; month: number; day: number; date: string; weekday: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return {
    year,
    month,
    day,
    date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    weekday: (d.getUTCDay() + 6) % 7,
  };
}
