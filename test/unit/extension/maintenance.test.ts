import { describe, expect, it, vi } from 'vitest';
import { cancelReminders, REMINDERS_KEY, RETENTION_ALARM, reminderTime, scheduleReminder, startMaintenance, type MaintenanceApi } from '../../../lib/extension/maintenance';
import { fakeEvent } from './fake-api';

function fakeMaintenanceApi(localValues: Record<string, unknown> = {}) {
  const stored: Record<string, unknown> = { ...localValues };
  const alarm = fakeEvent<[{ name: string }]>();
  const startup = fakeEvent<[]>();
  const installed = fakeEvent<[]>();
  const api = {
    alarms: { create: vi.fn(async () => {}), clear: vi.fn(async () => true), onAlarm: alarm },
    notifications: { create: vi.fn(async (id: string) => id) },
    runtime: { getURL: (path: string) => `chrome-extension://x${path}`, onStartup: startup, onInstalled: installed },
    storage: {
      local: {
        get: async (key: string) => (key in stored ? { [key]: structuredClone(stored[key]) } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(stored, structuredClone(items)),
      },
    },
  } satisfies MaintenanceApi;
  return { api, stored, alarm, startup, installed };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('maintenance', () => {
  it('purges with the department’s retention period at start-up and on the daily alarm', async () => {
    const { api, alarm, startup, installed } = fakeMaintenanceApi({ 'vsp.adminOptions': { retentionDays: 7 } });
    const purge = vi.fn(async () => 0);
    startMaintenance(api, { purge, reminderTitle: 'Follow-up' });
    installed.emit();
    await settle();
    expect(api.alarms.create).toHaveBeenCalledWith(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 1440 });
    expect(purge).toHaveBeenLastCalledWith(7);
    startup.emit();
    alarm.emit({ name: RETENTION_ALARM });
    await settle();
    expect(purge).toHaveBeenCalledTimes(3);
  });

  it('falls back to 30 days and survives a failing purge', async () => {
    const { api, startup } = fakeMaintenanceApi();
    const log = vi.fn();
    const purge = vi.fn(async () => {
      throw new Error('disk gone');
    });
    startMaintenance(api, { purge, reminderTitle: 'Follow-up', log });
    startup.emit();
    await settle();
    expect(purge).toHaveBeenCalledWith(30);
    expect(log).toHaveBeenCalledWith('retention purge failed', expect.any(Error));
  });

  it('reminds on the due day at 09:00 with the stored title, once', async () => {
    const { api, alarm, stored } = fakeMaintenanceApi();
    startMaintenance(api, { purge: async () => 0, reminderTitle: 'Victim services follow-up due today' });
    const now = new Date(2026, 10, 22, 8, 0).getTime();
    await scheduleReminder(api, { id: 'f1', due: '2026-11-25', title: 'Call back with case status' }, now);
    expect(api.alarms.create).toHaveBeenCalledWith('vsp-reminder:f1', { when: new Date(2026, 10, 25, 9, 0).getTime() });
    alarm.emit({ name: 'vsp-reminder:f1' });
    await settle();
    expect(api.notifications.create).toHaveBeenCalledWith('vsp-follow-up-f1', expect.objectContaining({ title: 'Victim services follow-up due today', message: 'Call back with case status' }));
    expect(stored[REMINDERS_KEY]).toEqual({});
    alarm.emit({ name: 'vsp-reminder:f1' });
    await settle();
    expect(api.notifications.create).toHaveBeenCalledTimes(1);
  });

  it('a reminder for today after 09:00 fires a minute from now; a bad date is refused', async () => {
    const { api } = fakeMaintenanceApi();
    const now = new Date(2026, 10, 22, 15, 0).getTime();
    await scheduleReminder(api, { id: 'f2', due: '2026-11-22', title: 'x' }, now);
    expect(api.alarms.create).toHaveBeenCalledWith('vsp-reminder:f2', { when: now + 60_000 });
    await expect(scheduleReminder(api, { id: 'f3', due: 'tomorrow', title: 'x' })).rejects.toThrow(/YYYY-MM-DD/);
    expect(reminderTime('2026-01-02')).toBe(new Date(2026, 0, 2, 9).getTime());
  });

  it('cancels reminders whose follow-up was done or deleted, and all of them after deleting every record', async () => {
    const { api, alarm, stored } = fakeMaintenanceApi();
    startMaintenance(api, { purge: async () => 0, reminderTitle: 'Follow-up due' });
    const now = new Date(2026, 10, 22, 8, 0).getTime();
    for (const id of ['f1', 'f2', 'f3']) await scheduleReminder(api, { id, due: '2026-11-25', title: `case ${id}` }, now);
    await cancelReminders(api, ['f1', 'unknown']);
    expect(api.alarms.clear).toHaveBeenCalledWith('vsp-reminder:f1');
    expect(api.alarms.clear).not.toHaveBeenCalledWith('vsp-reminder:unknown');
    expect(Object.keys(stored[REMINDERS_KEY] as object)).toEqual(['f2', 'f3']);
    // An alarm that fired anyway (cleared too late) finds nothing to say.
    alarm.emit({ name: 'vsp-reminder:f1' });
    await settle();
    expect(api.notifications.create).not.toHaveBeenCalled();
    await cancelReminders(api, 'all');
    expect(stored[REMINDERS_KEY]).toEqual({});
    expect(api.alarms.clear).toHaveBeenCalledWith('vsp-reminder:f3');
  });
});
