import { openDB, wrap, type IDBPDatabase } from 'idb';
import { DirectorySchema, type Directory } from './model';

/**
 * The department's referral directory (imported or downloaded), kept in its own IndexedDB
 * database: not victim data, so not encrypted, but large (20,000 services is a few megabytes).
 * Saving replaces the whole directory in one transaction, so a failed save keeps the old one.
 * Panels and the options page hear about a new directory over BroadcastChannel.
 */
export const DIRECTORY_DB = 'victim-services-directory';
const STORE = 'directory';
const KEY = 'current';
const VERSION = 1;

/** The part of BroadcastChannel this store uses, so tests and hosts can hand in their own. */
export interface BroadcastLike {
  postMessage(message: unknown): void;
  close(): void;
  addEventListener(type: 'message', listener: () => void): void;
}

export interface DirectoryStoreOptions {
  /** The factory to open; defaults to the page's own `indexedDB` (tests pass fake-indexeddb's). */
  indexedDB?: IDBFactory;
  broadcast?: new (name: string) => BroadcastLike;
  /** Database name; the widget prefixes its host's store name so two hosts never share one. */
  name?: string;
  /** Told when the stored directory no longer validates or cannot be read (it loads as null). */
  onProblem?: (problem: string) => void;
}

export interface DirectoryLoad {
  directory: Directory | null;
  /** Why `directory` is null although something was stored. */
  problem?: string;
}

export interface DirectoryStore {
  /** null when none was ever saved, or when the stored one no longer validates (`problem` says why). */
  load(): Promise<DirectoryLoad>;
  /** Validates, then replaces the directory in one transaction; rejects and keeps the old one on failure. */
  save(directory: Directory): Promise<void>;
  /** Called now and after every save here or in another page; returns unsubscribe. */
  watch(listener: (directory: Directory | null) => void): () => void;
  close(): void;
}

function upgrade(database: IDBDatabase | IDBPDatabase): void {
  if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE);
}

/** idb's openDB always uses the global factory; this opens through the one we were given. */
async function openWith(factory: IDBFactory, name: string): Promise<IDBPDatabase> {
  const request = factory.open(name, VERSION);
  request.addEventListener('upgradeneeded', () => upgrade(request.result));
  const database = await wrap(request);
  if (!database) throw new Error(`Could not open ${name}`);
  return database;
}

export function createDirectoryStore(options: DirectoryStoreOptions = {}): DirectoryStore {
  const name = options.name ?? DIRECTORY_DB;
  let db: Promise<IDBPDatabase> | undefined;
  const open = () => (db ??= options.indexedDB ? openWith(options.indexedDB, name) : openDB(name, VERSION, { upgrade }));
  const channel = options.broadcast ? new options.broadcast(`vsp-directory:${name}`) : undefined;
  const listeners = new Set<(directory: Directory | null) => void>();

  const load = async (): Promise<DirectoryLoad> => {
    const raw: unknown = await (await open()).get(STORE, KEY);
    if (raw === undefined) return { directory: null };
    const parsed = DirectorySchema.safeParse(raw);
    if (parsed.success) return { directory: parsed.data };
    const issue = parsed.error.issues[0];
    const problem = `The saved referral directory could not be read (${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid'}); import it again.`;
    options.onProblem?.(problem);
    return { directory: null, problem };
  };
  const failed = (error: unknown) => {
    options.onProblem?.(`The saved referral directory could not be opened (${error instanceof Error ? error.message : String(error)}).`);
    return null;
  };
  const notify = () =>
    void load().then(
      ({ directory }) => directory,
      failed,
    ).then((directory) => listeners.forEach((listener) => listener(directory)));
  channel?.addEventListener('message', notify);

  return {
    load,
    async save(directory) {
      // Validate first: a directory that would not load back must never replace a good one.
      const checked = DirectorySchema.parse(directory);
      const tx = (await open()).transaction(STORE, 'readwrite');
      // One put in one transaction: it commits whole or, on any error or abort, not at all.
      await Promise.all([tx.store.put(checked, KEY), tx.done]);
      channel?.postMessage({ type: 'changed' });
      notify();
    },
    watch(listener) {
      listeners.add(listener);
      void load().then(
        ({ directory }) => directory,
        failed,
      ).then((directory) => listeners.has(listener) && listener(directory));
      return () => void listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.close();
      void db?.then((database) => database.close(), () => {});
    },
  };
}
