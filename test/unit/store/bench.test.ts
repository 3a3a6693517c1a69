import { describe, expect, it } from 'vitest';
import {
  benchListAndSearch,
  benchOpenIncidentWith,
  benchPurge,
  benchTickToCommit,
  seedIncidents,
} from '../../../lib/store/bench';
import { openStore, uniqueDbName } from './helpers';

// The budgets apply in Chromium (test/bench); under fake-indexeddb this checks that the
// functions work and prints Node timings. STORE_BENCH_N=10000 for the full-size run.
const n = Number(process.env['STORE_BENCH_N'] ?? 500);

describe('benchmark functions', () => {
  it('run against a store and report timings', { timeout: 600_000 }, async () => {
    const store = await openStore({ dbName: uniqueDbName() });
    await store.unlock();
    const ticks = await benchTickToCommit(store, 50);
    const open = await benchOpenIncidentWith(store, 200);
    const seeded = await seedIncidents(store, n);
    const listSearch = await benchListAndSearch(store);
    const purge = await benchPurge(store);
    console.log(JSON.stringify({ n, ticks, open, seeded, listSearch, purge }, null, 2));

    expect(ticks.count).toBe(50);
    expect(open.count).toBeGreaterThan(0);
    expect(listSearch.listed).toBe(n);
    expect(listSearch.found).toBeGreaterThan(0);
    expect(purge.purged).toBeGreaterThan(n * 0.4);
    expect(purge.purged).toBeLessThan(n * 0.6);
    expect((await store.listIncidents()).incidents).toHaveLength(n - purge.purged);
    store.close();
  });
});
