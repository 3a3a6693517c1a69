// idb recognises requests by the global IndexedDB classes, so the fake must be installed globally.
import 'fake-indexeddb/auto';
import { benchListAndSearch, benchOpenIncidentWith, benchPurge, benchTickToCommit, seedIncidents } from '../../lib/store/bench';
import { createIncidentStore } from '../../lib/store';

/**
 * The incident store's budgets, in Node over fake-indexeddb (a JavaScript IndexedDB, slower than
 * a browser's): the figures are an upper bound for what an officer sees, with real AES-GCM.
 */
export async function storeFigures() {
  const open = (name: string) =>
    createIncidentStore({ indexedDB, keyRange: IDBKeyRange, crypto, dbName: name, fallbackToMemory: false });

  const small = await open('bench-small');
  await small.unlock();
  const tick = await benchTickToCommit(small, 200);
  const openWith = await benchOpenIncidentWith(small, 200, 20);
  small.close();

  const large = await open('bench-large');
  await large.unlock();
  const now = Date.now();
  const seeded = await seedIncidents(large, 10_000, { now, spreadDays: 60 });
  const list = await benchListAndSearch(large);
  const purge = await benchPurge(large, now);
  large.close();
  return { tick, openWith, seeded, list, purge };
}
