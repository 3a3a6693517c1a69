import { describe, expect, it } from 'vitest';
import type { StoreChange } from '../../../lib/store';
import { openStore, uniqueDbName } from './helpers';

describe('two panels at once', () => {
  it('loses no entry when two store instances append concurrently', async () => {
    const dbName = uniqueDbName();
    const a = await openStore({ dbName });
    const b = await openStore({ dbName });
    await Promise.all([a.unlock(), b.unlock()]); // both initialise at once: one keyring wins
    await a.createIncident({ caseNumber: '24-42' });

    const perPanel = 15;
    await Promise.all([
      ...Array.from({ length: perPanel }, (_, i) => a.appendEntry('24-42', { itemId: `a-${i}`, state: 'done' })),
      ...Array.from({ length: perPanel }, (_, i) => b.appendEntry('24-42', { itemId: `b-${i}`, state: 'done' })),
      a.addNote('24-42', 'note from a'),
      b.addNote('24-42', 'note from b'),
    ]);

    for (const store of [a, b]) {
      const incident = await store.getIncident('24-42');
      expect(incident?.entries).toHaveLength(2 * perPanel);
      expect(new Set(incident?.entries.map((e) => e.itemId)).size).toBe(2 * perPanel);
      expect(incident?.notes.map((n) => n.text).sort()).toEqual(['note from a', 'note from b']);
    }
    // The list of the other panel notices the change without a broadcast.
    expect((await b.listIncidents()).incidents[0]?.entryCount).toBe(2 * perPanel);
    a.close();
    b.close();
  });

  it('keeps two panels in sync through BroadcastChannel', async () => {
    const dbName = uniqueDbName();
    const a = await openStore({ dbName, broadcast: BroadcastChannel });
    const b = await openStore({ dbName, broadcast: BroadcastChannel });
    await a.unlock();
    await b.unlock();
    await b.listIncidents();
    const heard = new Promise<StoreChange>((resolve) => {
      const stop = b.onChange((change) => {
        stop();
        resolve(change);
      });
    });
    await a.appendEntry('24-77', { itemId: 'rights-read', state: 'done' });
    expect(await heard).toMatchObject({ kind: 'changed', ids: ['24-77'] });
    expect((await b.listIncidents()).incidents.map((i) => i.id)).toEqual(['24-77']);
    a.close();
    b.close();
  });
});
