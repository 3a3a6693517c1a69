import { describe, expect, it } from 'vitest';
import { createIncidentStore } from '../../../../lib/store';
import { readingPage } from '../script/render-panel';
import { setUpSession, until } from './session-helpers';

let counter = 0;
const open = (dbName: string) => // BroadcastChannel carries one connection's changes to the other, as between two panels.
  createIncidentStore({ indexedDB, crypto, dbName, pbkdf2Iterations: 1000, fallbackToMemory: false, broadcast: BroadcastChannel });

describe('incident session on IndexedDB (fake-indexeddb)', () => {
  it('is persistent, and what one panel recorded is there for the next one', async () => {
    const dbName = `vsp-session-${Date.now()}-${counter++}`;
    const first = setUpSession({ store: await open(dbName) });
    first.fake.setPage(readingPage('DOM VIOL'));
    await until(() => first.session.status.value === 'ready');
    expect(first.session.persistent.value).toBe(true);
    expect(await first.session.setItemState('interpreter', 'done', { language: 'Spanish', professional: true })).toBe(true);
    first.fake.setPage(readingPage('DOM VIOL', '26-700'));
    await until(() => first.session.incident.value?.id === '26-700');
    first.stop();
    first.store.close();

    const second = setUpSession({ store: await open(dbName) });
    second.fake.setPage(readingPage('DOM VIOL', '26-700'));
    await until(() => second.session.incident.value !== null);
    expect(second.session.incident.value!.entries).toMatchObject([{ itemId: 'interpreter', state: 'done', details: { language: 'Spanish', professional: true } }]);
    second.stop();
    second.store.close();
  });

  it('keeps two panels with their own connections in step', async () => {
    const dbName = `vsp-session-${Date.now()}-${counter++}`;
    const a = setUpSession({ store: await open(dbName) });
    const b = setUpSession({ store: await open(dbName) });
    a.fake.setPage(readingPage('DOM VIOL', '26-701'));
    b.fake.setPage(readingPage('DOM VIOL', '26-701'));
    await until(() => a.session.status.value === 'ready' && b.session.status.value === 'ready');
    await a.session.setItemState('safety-plan', 'done');
    await until(() => b.session.incident.value?.entries.length === 1, 4000);
    a.stop();
    b.stop();
    a.store.close();
    b.store.close();
  });
});
