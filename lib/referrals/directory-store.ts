import { openDB, type IDBPDatabase } from 'idb';
import { DirectorySchema, type Directory } from './model';

/**
 * The department's referral directory (imported or downloaded), kept in its own IndexedDB
 * database: not victim data, so not encrypted, but large (20,000 services is a few megabytes).
 * Saving replaces the whole directory in one transaction, so a failed save keeps the old one.
 * Panels and the options page hear about a new directory over BroadcastChannel. (idb opens the
 * page's own IndexedDB; tests install fake-indexeddb globally.)
 */
export const DIRECTORY_DB = 'victim-services-directory';
const STORE = 'directory';
const KEY = 'current';

interface BroadcastLike {
  postMessage(message: unknown): void;
  close(): void;
  addEventListener(type: 'message', listener: () => void): void;
}

export interface DirectoryStoreOptions {
  broadcast?: new (name: string) => BroadcastLike;
  name?: string;
}

export interface DirectoryStore {
  /** null when none was ever saved, or when the stored one no longer validates (`problem` says why). */
  load(): Promise<{ directory: Directory | null; problem?: string }>;
  save(directory: Directory): Promise<void>;
  /** Called now and after every save here or in another panel; returns unsubscribe. */
  watch(listener: (directory: Directory | null) => void): () => void;
  close(): void;
}

export function createDirectoryStore(options: DirectoryStoreOptions): DirectoryStore {
  const name = options.name ?? DIRECTORY_DB;
  let db: Promise<IDBPDatabase> | undefined;
  const open = () =>
    (db ??= openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore(STORE);
      },
    }));
  const channel = options.broadcast ? new options.broadcast(`vsp-directory:${name}`) : undefined;
  const listeners = new Set<(directory: Directory | null) => void>();

  const load = async () => {
    const raw: unknown = await (await open()).get(STORE, KEY);
    if (raw === undefined) return { directory: null };
    const parsed = DirectorySchema.safeParse(raw);
    return parsed.success ? { directory: parsed.data } : { directory: null, problem: `The saved directory could not be read (${parsed.error.issues[0]?.message ?? 'invalid'}); import it again.` };
  };
  const notify = () => void load().then(({ directory }) => listeners.forEach((listener) => listener(directory)), () => {});
  channel?.addEventListener('message', notify);

  return {
    load,
    async save(directory) {
      const checked = DirectorySchema.parse(directory);
      const database = await open();
      const tx = database.transaction(STORE, 'readwrite');
      await Promise.all([tx.store.put(checked, KEY), tx.done]);
      channel?.postMessage({ type: 'changed' });
      notify();
    },
    watch(listener) {
      listeners.add(listener);
      void load().then(({ directory }) => listeners.has(listener) && listener(directory), () => listener(null));
      return () => void listeners.delete(listener);
    },
    close() {
      channel?.close();
      void db?.then((database) => database.close());
    },
  };
}
