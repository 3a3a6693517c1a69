import { describe, expect, it } from 'vitest';
import {
  LockedError,
  PinRequiredError,
  UnlockThrottledError,
  WrongPinError,
} from '../../../lib/store';
import { openStore, uniqueDbName } from './helpers';

describe('PIN unlock', () => {
  it('a wrong PIN gives no data, an audit entry, and persisted back-off', async () => {
    const dbName = uniqueDbName();
    let t = 1_000_000;
    const now = () => t;
    const first = await openStore({ dbName, now });
    await first.unlock('1234');
    await first.addNote('24-1', 'kept secret');
    first.close();

    const store = await openStore({ dbName, now });
    await expect(store.unlock()).rejects.toBeInstanceOf(PinRequiredError);
    for (let i = 1; i <= 4; i++) {
      const error = await store.unlock('0000').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongPinError);
      expect((error as WrongPinError).retryAt).toBeNull();
    }
    await expect(store.listIncidents()).rejects.toBeInstanceOf(LockedError);
    await expect(store.getIncident('24-1')).rejects.toBeInstanceOf(LockedError);

    const fifth = (await store.unlock('0000').catch((e: unknown) => e)) as WrongPinError;
    expect(fifth.retryAt).toBe(t + 30_000);
    // During the wait even the right PIN is refused without being tried.
    await expect(store.unlock('1234')).rejects.toBeInstanceOf(UnlockThrottledError);
    store.close();

    // The back-off survives closing the panel.
    const reopened = await openStore({ dbName, now });
    expect((await reopened.status()).retryAt).toBe(t + 30_000);
    await expect(reopened.unlock('1234')).rejects.toBeInstanceOf(UnlockThrottledError);
    t += 30_001;
    const sixth = (await reopened.unlock('0000').catch((e: unknown) => e)) as WrongPinError;
    expect(sixth.retryAt).toBe(t + 60_000);
    t += 60_001;
    await reopened.unlock('1234');
    expect((await reopened.getIncident('24-1'))?.notes[0]?.text).toBe('kept secret');
    expect((await reopened.status()).retryAt).toBeNull();

    const audit = await reopened.auditLog();
    const failures = audit.filter((entry) => entry.action === 'failed-unlock');
    expect(failures.map((entry) => entry.detail)).toEqual([
      'wrong-pin',
      'wrong-pin',
      'wrong-pin',
      'wrong-pin',
      'wrong-pin',
      'throttled',
      'throttled',
      'wrong-pin',
    ]);
    expect(failures.every((entry) => entry.outcome === 'failed' && entry.incidentKey === null)).toBe(true);
    expect(audit.filter((entry) => entry.action === 'unlocked' && entry.outcome === 'ok')).toHaveLength(2);
    reopened.close();
  });

  it('sets, changes and removes the PIN without re-encrypting or losing data', async () => {
    const dbName = uniqueDbName();
    const store = await openStore({ dbName });
    await store.unlock();
    await store.addNote('24-2', 'before the PIN');
    expect((await store.status()).pinSet).toBe(false);

    await store.setPin('1111');
    expect((await store.status()).pinSet).toBe(true);
    store.lock();
    await expect(store.unlock()).rejects.toBeInstanceOf(PinRequiredError);
    await store.unlock('1111');

    await expect(store.setPin('2222', 'wrong')).rejects.toBeInstanceOf(WrongPinError);
    await store.setPin('2222', '1111');
    store.lock();
    await expect(store.unlock('1111')).rejects.toBeInstanceOf(WrongPinError);
    await store.unlock('2222');

    await store.removePin('2222');
    store.lock();
    await store.unlock();
    expect((await store.getIncident('24-2'))?.notes[0]?.text).toBe('before the PIN');
    store.close();
  });
});
