import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createDirectoryStore } from '../../../lib/referrals/directory-store';
import { commitImport, emptyDirectory, generateServices, importHsdsJson } from '../../../lib/referrals';

let counter = 0;
const fresh = () => `vsp-directory-test-${Date.now()}-${counter++}`;

function directoryOf(n: number) {
  const committed = commitImport(emptyDirectory(), importHsdsJson(generateServices(n, 3)), new Date('2026-11-22T10:00:00Z'));
  if (!committed.ok) throw new Error(committed.error);
  return committed.directory;
}

describe('directory store', () => {
  it('keeps 20,000 services and reads them back validated', async () => {
    const store = createDirectoryStore({ name: fresh() });
    expect((await store.load()).directory).toBeNull();
    const directory = directoryOf(20_000);
    await store.save(directory);
    const { directory: loaded } = await store.load();
    expect(loaded!.referrals).toHaveLength(directory.referrals.length);
    expect(loaded!.referrals[123]).toEqual(directory.referrals[123]);
    store.close();
  }, 60_000);

  it('opens the IndexedDB factory it is given, not the global one', async () => {
    const factory = new IDBFactory();
    const name = fresh();
    const store = createDirectoryStore({ indexedDB: factory, name });
    await store.save(directoryOf(2));
    expect((await store.load()).directory!.referrals).toHaveLength(2);
    // Nothing landed in the global factory under that name.
    expect((await createDirectoryStore({ name }).load()).directory).toBeNull();
    store.close();
  });

  it('refuses an invalid directory and keeps the one it had', async () => {
    const store = createDirectoryStore({ name: fresh() });
    const good = directoryOf(3);
    await store.save(good);
    await expect(store.save({ ...good, referrals: [{ id: '' }] } as never)).rejects.toThrow();
    expect((await store.load()).directory!.referrals).toHaveLength(3);
    store.close();
  });

  it('keeps the old directory when the write itself fails part-way (transaction aborted)', async () => {
    const factory = new IDBFactory();
    const store = createDirectoryStore({ indexedDB: factory, name: fresh() });
    await store.save(directoryOf(3));
    // The put is queued, then the transaction dies (as on a quota error): nothing may be half-written.
    const put = FakeObjectStore.prototype.put;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    });
    await expect(store.save(directoryOf(5))).rejects.toBeTruthy();
    vi.restoreAllMocks();
    expect((await store.load()).directory!.referrals).toHaveLength(3);
    store.close();
  });

  it('loads a corrupt stored directory as null and reports why', async () => {
    const factory = new IDBFactory();
    const name = fresh();
    const problems: string[] = [];
    const store = createDirectoryStore({ indexedDB: factory, name, onProblem: (problem) => problems.push(problem) });
    await store.save(directoryOf(1));
    store.close();
    // Something else (an old version, a hand edit) wrote a directory that no longer validates.
    const request = factory.open(name, 1);
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction('directory', 'readwrite');
      tx.objectStore('directory').put({ referrals: [{ name: 'No id' }], importedAt: 'x', source: { kind: 'template-csv' } }, 'current');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    raw.close();
    const reopened = createDirectoryStore({ indexedDB: factory, name, onProblem: (problem) => problems.push(problem) });
    const loaded = await reopened.load();
    expect(loaded.directory).toBeNull();
    expect(loaded.problem).toMatch(/could not be read.*import it again/);
    const watched: unknown[] = [];
    reopened.watch((directory) => watched.push(directory));
    await expect.poll(() => watched).toEqual([null]);
    expect(problems.length).toBeGreaterThanOrEqual(2);
    reopened.close();
  });

  it('tells watchers now and after each save, across stores on the same database', async () => {
    const name = fresh();
    const options = { name, broadcast: BroadcastChannel };
    const panel = createDirectoryStore(options);
    const optionsPage = createDirectoryStore(options);
    const seen: (number | null)[] = [];
    panel.watch((directory) => seen.push(directory ? directory.referrals.length : null));
    await new Promise((done) => setTimeout(done, 20));
    await optionsPage.save(directoryOf(2));
    await expect.poll(() => seen).toEqual([null, 2]);
    panel.close();
    optionsPage.close();
  });
});
