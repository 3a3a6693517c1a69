import { describe, expect, it, vi } from 'vitest';
import { CorruptedRecordError, StorageFullError, createIncidentStore } from '../../../lib/store';
import { openStore, rawDump, tamper, uniqueDbName } from './helpers';

describe('faults', () => {
  it('surfaces a full disk as StorageFullError, writes nothing, and a retry succeeds', async () => {
    const store = await openStore({ dbName: uniqueDbName() });
    await store.unlock();
    await store.addNote('24-1', 'first note');

    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const text = 'second note, typed at the scene';
    const error = await store.addNote('24-1', text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as StorageFullError).code).toBe('storage-full');
    expect((await store.getIncident('24-1'))?.notes.map((n) => n.text)).toEqual(['first note']);

    put.mockRestore();
    await store.addNote('24-1', text);
    expect((await store.getIncident('24-1'))?.notes.map((n) => n.text)).toEqual(['first note', text]);
    store.close();
  });

  it('also maps a quota abort of the transaction', async () => {
    const store = await openStore({ dbName: uniqueDbName() });
    await store.unlock();
    const original = IDBObjectStore.prototype.put;
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = original.apply(this, args);
      // As Chromium does when the commit hits the quota: after the requests were queued, the
      // transaction aborts with QuotaExceededError and each request fails with AbortError.
      const tx = this.transaction;
      Object.defineProperty(tx, 'error', { get: () => quota, set: () => undefined, configurable: true });
      queueMicrotask(() => tx.abort());
      return request;
    });
    await expect(store.addNote('24-2', 'x')).rejects.toBeInstanceOf(StorageFullError);
    store.close();
  });

  it('falls back to a memory store with the same interface when IndexedDB cannot open', async () => {
    const privateWindow = {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const store = await createIncidentStore({ indexedDB: privateWindow, crypto, pbkdf2Iterations: 1_000 });
    expect(store.persistent).toBe(false);
    expect((await store.status()).persistent).toBe(false);
    await store.unlock('1234');
    const draft = await store.createIncident({ categories: ['burglary'] });
    await store.appendEntry(draft.id, { itemId: 'rights-read', state: 'done' });
    await store.renameIncident(draft.id, '24-3');
    expect((await store.getIncident('24-3'))?.entries).toHaveLength(1);
    expect((await store.searchIncidents('24-3')).map((i) => i.id)).toEqual(['24-3']);
    expect(await store.purgeExpired(Date.now() + 31 * 86_400_000)).toEqual({ purged: 1 });
    expect((await store.auditLog()).map((e) => e.action)).toContain('purged');
    store.close();
  });

  it('falls back when the open request fails asynchronously too', async () => {
    const failing = {
      open: () => {
        const request = new EventTarget() as EventTarget & Record<string, unknown>;
        request.error = new DOMException('denied', 'UnknownError');
        setTimeout(() => request.dispatchEvent(new Event('error')));
        return request;
      },
    } as unknown as IDBFactory;
    const store = await createIncidentStore({ indexedDB: failing, crypto });
    expect(store.persistent).toBe(false);
  });

  it('skips a corrupted record, reports its key, and keeps the others', async () => {
    const dbName = uniqueDbName();
    const store = await openStore({ dbName });
    await store.unlock();
    for (const id of ['24-1', '24-2', '24-3']) await store.addNote(id, `note ${id}`);
    store.close();

    const victim = (await rawDump(dbName)).incidents![1]!.key as string;
    await tamper(dbName, 'incidents', victim, (record) => {
      for (const envelope of [record.body, record.summary]) {
        const bytes = new Uint8Array(envelope.ct);
        bytes[0] = bytes[0]! ^ 0xff;
      }
    });

    const reopened = await openStore({ dbName });
    await reopened.unlock();
    const { incidents, corrupted } = await reopened.listIncidents();
    expect(corrupted).toEqual([victim]);
    expect(incidents).toHaveLength(2);
    for (const summary of incidents) {
      expect((await reopened.getIncident(summary.id))?.notes[0]?.text).toBe(`note ${summary.id}`);
    }
    const lost = ['24-1', '24-2', '24-3'].filter((id) => !incidents.some((s) => s.id === id))[0]!;
    await expect(reopened.getIncident(lost)).rejects.toBeInstanceOf(CorruptedRecordError);
    expect(await reopened.deleteRecord(victim)).toBe(true);
    expect((await reopened.listIncidents()).corrupted).toEqual([]);
    reopened.close();
  });
});
