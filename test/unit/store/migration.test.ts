import type { IDBPDatabase } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { MigrationFailedError, SCHEMA_VERSION, StoreOutdatedError } from '../../../lib/store';
import { hmacHex, sealJson } from '../../../lib/store/crypto';
import { openStoreDb } from '../../../lib/store/db';
import { createKeyring, noThrottle } from '../../../lib/store/keys';
import { openStore, rawDump, request, uniqueDbName } from './helpers';

/** Writes a database exactly as release 1 did: body without notes, notes in their own store. */
async function writeVersion1Database(dbName: string) {
  const db = (await openStoreDb({ indexedDB, name: dbName, version: 1 })) as unknown as IDBPDatabase;
  const { keyring, session } = await createKeyring(crypto, null, 1_000);
  const caseNumber = '23-004321';
  const key = await hmacHex(crypto, session.indexKey, caseNumber);
  const seal = (value: unknown, purpose: 'body' | 'notes') =>
    sealJson(crypto, session.dataKey, value, { recordKey: key, schemaVersion: 1, purpose });
  const body = {
    id: caseNumber,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_100_000,
    categories: { recognised: ['robbery'], corrected: null },
    entries: [{ itemId: 'rights-read', state: 'done', at: 1_700_000_050_000 }],
    needs: { transport: true },
    followUps: [],
  };
  const notes = [{ id: 'n1', at: 1_700_000_060_000, text: 'Written by version 1' }];
  // Encrypt first: awaiting WebCrypto inside the transaction would let it auto-commit.
  const [sealedBody, sealedNotes] = await Promise.all([seal(body, 'body'), seal(notes, 'notes')]);
  const tx = db.transaction(['incidents', 'notes', 'keys'], 'readwrite');
  await tx.objectStore('keys').put(keyring);
  await tx.objectStore('keys').put(noThrottle());
  await tx.objectStore('incidents').put({ key, updatedAt: body.updatedAt, schemaVersion: 1, body: sealedBody });
  await tx.objectStore('notes').put({ key, notes: sealedNotes });
  await tx.done;
  db.close();
  return { caseNumber, key };
}

describe('schema migrations', () => {
  it('opens a v1 database and gets its data, notes included', async () => {
    const dbName = uniqueDbName();
    const { caseNumber, key } = await writeVersion1Database(dbName);
    expect(Object.keys(await rawDump(dbName)).sort()).toEqual(['audit', 'incidents', 'keys', 'notes']);

    const store = await openStore({ dbName });
    await store.unlock();
    const incident = await store.getIncident(caseNumber);
    expect(incident?.notes.map((note) => note.text)).toEqual(['Written by version 1']);
    expect(incident?.entries).toHaveLength(1);
    expect(incident?.needs).toEqual({ transport: true });
    const { incidents, corrupted } = await store.listIncidents();
    expect(corrupted).toEqual([]);
    expect(incidents.map((summary) => [summary.id, summary.noteCount])).toEqual([[caseNumber, 1]]);

    // v2 layout: notes store gone, notes carried in the record, updatedAt indexed.
    let dump = await rawDump(dbName);
    expect(Object.keys(dump).sort()).toEqual(['audit', 'incidents', 'keys']);
    expect(dump.incidents![0]!.value).toMatchObject({ key, schemaVersion: 2, legacyNotes: expect.anything() });

    // The next write folds the legacy notes into the v2 body.
    await store.addNote(caseNumber, 'Written by version 2');
    dump = await rawDump(dbName);
    const record = dump.incidents![0]!.value as Record<string, unknown>;
    expect(record.legacyNotes).toBeUndefined();
    expect(record.summary).toBeDefined();
    expect((await store.getIncident(caseNumber))?.notes.map((note) => note.text)).toEqual([
      'Written by version 1',
      'Written by version 2',
    ]);
    expect(SCHEMA_VERSION).toBe(2);
    store.close();
  });

  it('waits for an old tab holding v1 open (blocked), then upgrades without loss', async () => {
    const dbName = uniqueDbName();
    const { caseNumber } = await writeVersion1Database(dbName);
    // An old panel that only closes a moment after being asked.
    const old = await request(indexedDB.open(dbName, 1));
    old.onversionchange = () => setTimeout(() => old.close(), 20);
    const onBlocked = vi.fn();

    const store = await openStore({ dbName, onBlocked });
    expect(onBlocked).toHaveBeenCalled();
    await store.unlock();
    expect((await store.getIncident(caseNumber))?.notes).toHaveLength(1);
    store.close();
  });

  it('closes its connection when a newer version upgrades, then reports it is outdated', async () => {
    const dbName = uniqueDbName();
    const onOutdated = vi.fn();
    const store = await openStore({ dbName, onOutdated });
    await store.unlock();
    await store.createIncident({ caseNumber: '24-1' });

    // A newer release opens v3: not blocked, because this panel closes on versionchange.
    const newer = indexedDB.open(dbName, SCHEMA_VERSION + 1);
    const blocked = vi.fn();
    newer.onblocked = blocked;
    const db = await request(newer);
    expect(blocked).not.toHaveBeenCalled();
    expect(onOutdated).toHaveBeenCalled();
    await expect(store.createIncident({ caseNumber: '24-2' })).rejects.toBeInstanceOf(StoreOutdatedError);
    db.close();
    store.close();
  });
});

describe('a failing migration', () => {
  it('leaves the v1 data untouched and does not fall back to an empty memory store', async () => {
    const dbName = uniqueDbName();
    const { caseNumber } = await writeVersion1Database(dbName);
    const before = await rawDump(dbName);
    const createIndex = vi.spyOn(IDBObjectStore.prototype, 'createIndex').mockImplementation(() => {
      throw new DOMException('disk error', 'UnknownError');
    });
    await expect(openStore({ dbName })).rejects.toBeInstanceOf(MigrationFailedError);
    createIndex.mockRestore();
    expect(await rawDump(dbName)).toEqual(before);

    const store = await openStore({ dbName });
    await store.unlock();
    expect((await store.getIncident(caseNumber))?.notes).toHaveLength(1);
    store.close();
  });
});
