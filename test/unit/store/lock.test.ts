import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLockController, LockedError } from '../../../lib/store';
import { openStore, uniqueDbName } from './helpers';

afterEach(() => vi.useRealTimers());

describe('auto-lock', () => {
  const fakeTimerOptions = () => ({
    now: () => Date.now(),
    setTimer: (callback: () => void, ms: number) => {
      const timer = setTimeout(callback, ms);
      return () => clearTimeout(timer);
    },
  });

  it('drops the keys after the idle time (default 30 minutes)', () => {
    vi.useFakeTimers();
    const lock = createLockController<string>(fakeTimerOptions());
    const states: boolean[] = [];
    lock.subscribe((locked) => states.push(locked));
    expect(lock.isLocked()).toBe(true);
    lock.unlock('keys');
    vi.advanceTimersByTime(29 * 60_000);
    expect(lock.use()).toBe('keys');
    vi.advanceTimersByTime(29 * 60_000); // 29 minutes after the last use
    expect(lock.isLocked()).toBe(false);
    lock.touch();
    vi.advanceTimersByTime(30 * 60_000);
    expect(lock.isLocked()).toBe(true);
    expect(() => lock.use()).toThrow(LockedError);
    expect(states).toEqual([false, true]);
  });

  it('honours idleMinutes and explicit lock', () => {
    vi.useFakeTimers();
    const lock = createLockController<string>({ ...fakeTimerOptions(), idleMinutes: 5 });
    lock.unlock('k');
    vi.advanceTimersByTime(5 * 60_000);
    expect(lock.isLocked()).toBe(true);
    lock.unlock('k');
    lock.lock();
    expect(lock.isLocked()).toBe(true);
  });

  it('locks a store: nothing decrypted stays reachable', async () => {
    let t = 0;
    const timers: { at: number; callback: () => void }[] = [];
    const store = await openStore({
      dbName: uniqueDbName(),
      now: () => t,
      idleMinutes: 1,
      setTimer: (callback, ms) => {
        const timer = { at: t + ms, callback };
        timers.push(timer);
        return () => timers.splice(timers.indexOf(timer), 1);
      },
    });
    const changes: boolean[] = [];
    store.onLockChange((locked) => changes.push(locked));
    await store.unlock();
    await store.createIncident({ caseNumber: '24-9' });
    expect((await store.listIncidents()).incidents).toHaveLength(1);
    t = 60_000;
    for (const timer of timers.filter((timer) => timer.at <= t)) timer.callback();
    expect(store.isLocked()).toBe(true);
    expect(changes).toEqual([false, true]);
    await expect(store.listIncidents()).rejects.toBeInstanceOf(LockedError);
    await expect(store.searchIncidents('24-9')).rejects.toBeInstanceOf(LockedError);
    store.close();
  });
});
