import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_DAYS } from '../../../lib/store';
import { openStore, rawDump, uniqueDbName } from './helpers';

const DAY = 24 * 60 * 60 * 1000;

describe('retention', () => {
  it('purges incidents 30 days after their last change, logging each', async () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(30);
    const dbName = uniqueDbName();
    let t = 1_700_000_000_000;
    const store = await openStore({ dbName, now: () => t });
    await store.unlock();
    await store.createIncident({ caseNumber: 'OLD-1' });
    t += 5 * DAY;
    await store.createIncident({ caseNumber: 'KEPT-1' });
    t += 20 * DAY;
    await store.createIncident({ caseNumber: 'OLD-2' });
    await store.appendEntry('OLD-2', { itemId: 'rights-read', state: 'done' });
    await store.createIncident({ caseNumber: 'OLD-2-WAS-TOUCHED' });
    const touchedLater = t;
    t += 10 * DAY; // OLD-1 is 35 days old, KEPT-1 30 days, the others 10
    const touched = await store.getIncident('OLD-1');
    expect(touched).not.toBeNull(); // viewing does not extend retention

    expect(await store.purgeExpired(t)).toEqual({ purged: 1 });
    const remaining = (await store.listIncidents()).incidents.map((i) => i.id).sort();
    expect(remaining).toEqual(['KEPT-1', 'OLD-2', 'OLD-2-WAS-TOUCHED']);

    expect(await store.purgeExpired(touchedLater + 31 * DAY, 30)).toEqual({ purged: 3 });
    expect((await store.listIncidents()).incidents).toEqual([]);

    const purged = (await store.auditLog()).filter((entry) => entry.action === 'purged');
    expect(purged).toHaveLength(4);
    expect(purged.every((entry) => /^[0-9a-f]{64}$/.test(entry.incidentKey ?? ''))).toBe(true);
    store.close();
  });

  it('purges while locked: it needs no key', async () => {
    let t = 0;
    const store = await openStore({ dbName: uniqueDbName(), now: () => t });
    await store.unlock('1357');
    await store.createIncident({ caseNumber: 'A' });
    store.lock();
    t = 31 * DAY;
    expect(await store.purgeExpired()).toEqual({ purged: 1 });
    store.close();
  });

  it('deleteEverything leaves no incidents and no keys', async () => {
    const dbName = uniqueDbName();
    const store = await openStore({ dbName });
    await store.unlock('2222');
    await store.createIncident({ caseNumber: 'A' });
    await store.deleteEverything();
    expect(store.isLocked()).toBe(true);
    const dump = await rawDump(dbName);
    expect(dump.incidents).toEqual([]);
    expect(dump.keys).toEqual([]);
    expect(dump.audit!.map((row) => (row.value as { action: string }).action)).toEqual(['deleted']);
    expect((await store.status()).initialised).toBe(false);
    store.close();
  });
});
