import type { Reminder } from '../platform';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { loadEffectiveAdminOptions, type ManagedAreaLike, type StorageAreaLike } from './admin-storage';

/**
 * The background's daily chores: delete incident records past the department's retention period
 * (at start-up and once a day) and remind officers of follow-ups on the day they are due.
 * Alarms survive the service worker being stopped; the reminder texts live in storage.local and
 * never hold victim data (the panel builds them from the follow-up's kind and date only).
 */
export const RETENTION_ALARM = 'vsp-retention';
export const REMINDER_ALARM_PREFIX = 'vsp-reminder:';
export const REMINDERS_KEY = 'vsp.reminders';
const DAY_MINUTES = 24 * 60;
const REMIND_AT_HOUR = 9;

interface AlarmsLike {
  create(name: string, info: { when?: number; periodInMinutes?: number; delayInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean> | void;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

export interface MaintenanceApi {
  alarms: AlarmsLike;
  notifications?: { create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string> | void };
  runtime: { getURL(path: string): string; onStartup: { addListener(listener: () => void): void }; onInstalled: { addListener(listener: () => void): void } };
  storage: { local: StorageAreaLike; managed?: ManagedAreaLike };
}

export interface MaintenanceOptions {
  /** Deletes incidents unchanged for `retentionDays`; resolves with how many. */
  purge(retentionDays: number): Promise<number>;
  /** The notification's title, in the officer's language. */
  reminderTitle: string;
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
}

/** 09:00 local time on the due date: a reminder at midnight would wake nobody. */
export function reminderTime(due: string): number {
  const [year, month, day] = due.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, REMIND_AT_HOUR, 0, 0, 0).getTime();
}

export async function scheduleReminder(api: Pick<MaintenanceApi, 'alarms' | 'storage'>, reminder: Reminder, now = Date.now()): Promise<void> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reminder.due)) throw new Error(`due must be a date (YYYY-MM-DD), not "${reminder.due}"`);
  const stored = await readReminders(api.storage.local);
  stored[reminder.id] = { due: reminder.due, title: reminder.title.slice(0, 200) };
  await api.storage.local.set({ [REMINDERS_KEY]: stored });
  // A follow-up due today after 09:00 still deserves its reminder: a minute from now.
  await api.alarms.create(`${REMINDER_ALARM_PREFIX}${reminder.id}`, { when: Math.max(reminderTime(reminder.due), now + 60_000) });
}

/** Forgets reminders and clears their alarms: the follow-up was done, or its record deleted. */
export async function cancelReminders(api: Pick<MaintenanceApi, 'alarms' | 'storage'>, ids: readonly string[] | 'all'): Promise<void> {
  const stored = await readReminders(api.storage.local);
  const gone = ids === 'all' ? Object.keys(stored) : ids.filter((id) => id in stored);
  if (gone.length === 0) return;
  for (const id of gone) delete stored[id];
  await api.storage.local.set({ [REMINDERS_KEY]: stored });
  await Promise.all(gone.map((id) => api.alarms.clear(`${REMINDER_ALARM_PREFIX}${id}`)));
}

async function readReminders(area: StorageAreaLike): Promise<Record<string, { due: string; title: string }>> {
  const raw = (await area.get(REMINDERS_KEY))[REMINDERS_KEY];
  return typeof raw === 'object' && raw !== null ? { ...(raw as Record<string, { due: string; title: string }>) } : {};
}

export function startMaintenance(api: MaintenanceApi, options: MaintenanceOptions): void {
  const log = options.log ?? (() => {});
  const purge = async () => {
    const state = await loadEffectiveAdminOptions(api.storage.local, api.storage.managed);
    const days = (state.effective?.values.retentionDays as number | undefined) ?? DEFAULT_SETTINGS.retentionDays;
    const purged = await options.purge(days);
    if (purged > 0) log(`retention: deleted ${purged} incident record(s) older than ${days} days`);
  };
  const runPurge = () => void purge().catch((error) => log('retention purge failed', error));

  api.runtime.onStartup.addListener(runPurge);
  api.runtime.onInstalled.addListener(() => {
    void api.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
    runPurge();
  });
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) runPurge();
    else if (alarm.name.startsWith(REMINDER_ALARM_PREFIX)) void remind(alarm.name.slice(REMINDER_ALARM_PREFIX.length)).catch((error) => log('reminder failed', error));
  });

  async function remind(id: string) {
    const stored = await readReminders(api.storage.local);
    const reminder = stored[id];
    if (!reminder) return;
    await api.notifications?.create(`vsp-follow-up-${id}`, {
      type: 'basic',
      iconUrl: api.runtime.getURL('/icon/128.png'),
      title: options.reminderTitle,
      message: reminder.title,
    });
    delete stored[id];
    await api.storage.local.set({ [REMINDERS_KEY]: stored });
  }
}
