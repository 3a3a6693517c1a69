/**
 * "Is it open now?" and "when does that change?" for a service's weekly hours, in the service's
 * own time zone. No hours, or hours without a zone, answer 'unknown': never 'closed', because
 * telling an officer a line is closed when we simply do not know could stop a call.
 */
import { WEEKDAYS } from './hours';
import type { Referral, Schedule } from './model';
import { addDays, wallClock, wallTimeToInstant, type WallClock } from './zoned-time';

export type OpenState = 'open' | 'closed' | 'unknown';
export type ScheduledService = Pick<Referral, 'is24x7' | 'schedules' | 'timeZone' | 'status'>;

interface Rule {
  days: ReadonlySet<number>;
  opens: number;
  closes: number;
  validFrom?: string;
  validTo?: string;
  timeZone: string;
}

const ALL_DAYS: ReadonlySet<number> = new Set([0, 1, 2, 3, 4, 5, 6]);
const rulesCache = new WeakMap<readonly Schedule[], Rule[] | null>();

export function isOpenAt(service: ScheduledService, instant: Date): OpenState {
  if (service.status && service.status !== 'active') return 'closed';
  if (service.is24x7) return 'open';
  const rules = rulesOf(service);
  if (!rules) return 'unknown';
  for (const rule of rules) if (ruleIsOpen(rule, wallClock(instant, rule.timeZone))) return 'open';
  return 'closed';
}

export interface OpenChange {
  at: Date;
  /** The state the service changes to at `at`. */
  to: 'open' | 'closed';
}

/** The next opening or closing within `horizonDays`; undefined for 24/7, unknown hours or none. */
export function nextChange(service: ScheduledService, instant: Date, horizonDays = 8): OpenChange | undefined {
  const current = isOpenAt(service, instant);
  if (current === 'unknown' || service.is24x7 || (service.status && service.status !== 'active')) return undefined;
  const rules = rulesOf(service)!;
  // Look at the next two days first: nearly every answer is there, and each candidate costs
  // several Intl calls. A change found there counts only if it is earlier than any candidate
  // from the later days could be (rules may sit in different zones).
  const windows: [number, number][] = [[-1, 1], [2, horizonDays]];
  const pool: number[] = [];
  for (const [from, to] of windows) {
    for (const rule of rules) pool.push(...candidateInstants(rule, instant, from, to));
    const laterBound = to >= horizonDays ? Infinity : Math.min(...rules.map((rule) => dayStart(rule, instant, to + 1)));
    const future = [...new Set(pool)].filter((t) => t > instant.getTime()).sort((a, b) => a - b);
    for (const t of future) {
      if (t >= laterBound) break;
      const state = isOpenAt(service, new Date(t));
      if (state !== current && state !== 'unknown') return { at: new Date(t), to: state };
    }
  }
  return undefined;
}

function candidateInstants(rule: Rule, instant: Date, fromDay: number, toDay: number): number[] {
  const today = wallClock(instant, rule.timeZone);
  const instants: number[] = [];
  for (let offset = fromDay; offset <= toDay; offset++) {
    const day = addDays(today, offset);
    if (rule.validFrom || rule.validTo) {
      instants.push(wallTimeToInstant(day.year, day.month, day.day, 0, rule.timeZone).getTime()); // validity starts and ends at local midnight
    }
    if (!rule.days.has(day.weekday)) continue;
    instants.push(wallTimeToInstant(day.year, day.month, day.day, rule.opens, rule.timeZone).getTime());
    const closeDay = rule.closes <= rule.opens ? addDays(day, 1) : day;
    instants.push(wallTimeToInstant(closeDay.year, closeDay.month, closeDay.day, rule.closes, rule.timeZone).getTime());
  }
  return instants;
}

function dayStart(rule: Rule, instant: Date, offset: number): number {
  const day = addDays(wallClock(instant, rule.timeZone), offset);
  return wallTimeToInstant(day.year, day.month, day.day, 0, rule.timeZone).getTime();
}

function rulesOf(service: ScheduledService): Rule[] | null {
  const schedules = service.schedules ?? [];
  if (schedules.length === 0) return null;
  const cached = rulesCache.get(schedules);
  if (cached !== undefined) return cached;
  let rules: Rule[] | null = [];
  for (const schedule of schedules) {
    const timeZone = schedule.timezone ?? service.timeZone;
    if (!timeZone) {
      rules = null;
      break;
    }
    const opens = toMinutes(schedule.opensAt);
    let closes = toMinutes(schedule.closesAt);
    // "00:00-00:00" and "09:00-09:00" mean the whole day, not a zero-length opening.
    if (closes === opens) closes = opens + 1440;
    rules.push({
      days: schedule.byday ? new Set(schedule.byday.split(',').map((d) => WEEKDAYS.indexOf(d as (typeof WEEKDAYS)[number]))) : ALL_DAYS,
      opens,
      closes,
      ...(schedule.validFrom ? { validFrom: schedule.validFrom } : {}),
      ...(schedule.validTo ? { validTo: schedule.validTo } : {}),
      timeZone,
    });
  }
  rulesCache.set(schedules, rules);
  return rules;
}

function ruleIsOpen(rule: Rule, now: WallClock): boolean {
  if (rule.closes > rule.opens && rule.closes <= 1440) {
    return rule.days.has(now.weekday) && now.minutes >= rule.opens && now.minutes < rule.closes && isValidOn(rule, now.date);
  }
  // Past midnight (22:00-02:00) or a full day: the part after midnight belongs to the day before.
  const closesNextDay = rule.closes > 1440 ? rule.closes - 1440 : rule.closes;
  if (rule.days.has(now.weekday) && now.minutes >= rule.opens && isValidOn(rule, now.date)) return true;
  const yesterday = dayBefore(now);
  return rule.days.has(yesterday.weekday) && now.minutes < closesNextDay && isValidOn(rule, yesterday.date);
}

// Matching asks about thousands of services at one instant: the day before is worked out once.
const daysBefore = new WeakMap<WallClock, ReturnType<typeof addDays>>();
function dayBefore(clock: WallClock): ReturnType<typeof addDays> {
  let day = daysBefore.get(clock);
  if (!day) daysBefore.set(clock, (day = addDays(clock, -1)));
  return day;
}

function isValidOn(rule: Rule, date: string): boolean {
  return (!rule.validFrom || date >= rule.validFrom) && (!rule.validTo || date <= rule.validTo);
}

function toMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}
