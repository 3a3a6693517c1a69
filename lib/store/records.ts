/**
 * Persistence behind the store, as a handful of whole operations. Each call is one transaction
 * that has committed when the promise resolves, which is what lets the UI say "Saved". Keeping
 * the interface this small is what lets the memory store reuse all of the store's logic.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { AuditEntry } from './audit';
import { versionTag } from './crypto';
import type { Connection, StoreDbSchema, StoredIncident } from './db';
import { isQuotaError, toStoreError } from './errors';
import { noThrottle, type StoredKeyring, type UnlockThrottle } from './keys';

/** Write (or, without `put`, delete) one record if it still has the version the caller read. */
export interface RecordWrite {
  key: string;
  /** Version tag read before the change, or null when the record must not exist yet. */
  expectTag: string | null;
  put?: StoredIncident;
}

/** Cheap "has anything changed" probe: record count and the most recently updated record. */
export interface Fingerprint {
  count: number;
  latest: { key: string; updatedAt: number } | null;
}

export interface RecordBackend {
  readonly persistent: boolean;
  getKeyState(): Promise<{ keyring: StoredKeyring | undefined; throttle: UnlockThrottle }>;
  /** Stores `keyring` unless one exists (two panels initialising at once); returns the one kept. */
  addKeyring(keyring: StoredKeyring, audit: AuditEntry[]): Promise<StoredKeyring>;
  replaceKeyring(keyring: StoredKeyring, audit: AuditEntry[]): Promise<void>;
  /** Read-modify-write of the unlock back-off in one transaction, so two panels count both failures. */
  updateThrottle(update: (current: UnlockThrottle) => UnlockThrottle, audit: AuditEntry[]): Promise<UnlockThrottle>;
  getIncident(key: string): Promise<StoredIncident | undefined>;
  getIncidents(): Promise<StoredIncident[]>;
  fingerprint(): Promise<Fingerprint>;
  /** All writes or none. False (and nothing written) when any record changed since it was read. */
  commit(writes: RecordWrite[], audit: AuditEntry[]): Promise<boolean>;
  /** Bulk import: overwrites without version checks. */
  putIncidents(records: StoredIncident[], audit: AuditEntry[]): Promise<void>;
  /** Deletes records last changed before `cutoff`; returns their keys. */
  deleteUpdatedBefore(cutoff: number, auditFor: (key: string) => AuditEntry): Promise<string[]>;
  clearEverything(audit: AuditEntry): Promise<void>;
  appendAudit(entries: AuditEntry[]): Promise<void>;
  getAudit(): Promise<AuditEntry[]>;
  close(): void;
}

export function tagOf(record: StoredIncident | undefined): string | null {
  return record ? versionTag(record.body) : null;
}

export interface IdbBackendOptions {
  connection: Connection;
  /** Defaults to the global IDBKeyRange of the page/worker the store runs in. */
  keyRange?: typeof IDBKeyRange;
  /**
   * 'strict' (default) waits for the write to reach disk before "Saved": a closed laptop lid at
   * a scene must not lose the last tick.
   */
  durability?: 'strict' | 'default' | 'relaxed';
}

type Names = StoreNames<StoreDbSchema>;

/**
 * Queue requests without a round trip each, then wait for all. Every promise gets a handler so a
 * failing request reports once (through Promise.all) instead of as unhandled rejections.
 */
async function all(requests: Promise<unknown>[]): Promise<void> {
  for (const request of requests) request.catch(() => undefined);
  await Promise.all(requests);
}

export function createIdbBackend(options: IdbBackendOptions): RecordBackend {
  const { connection } = options;
  const durability = options.durability ?? 'strict';
  const keyRange = () => options.keyRange ?? globalThis.IDBKeyRange;

  async function run<T, M extends IDBTransactionMode>(
    stores: Names[],
    mode: M,
    work: (tx: IDBPTransaction<StoreDbSchema, Names[], M>) => Promise<T>,
  ): Promise<T> {
    const db = await connection.get();
    const tx = db.transaction(stores, mode, { durability: mode === 'readwrite' ? durability : 'default' });
    const done = tx.done;
    done.catch(() => undefined); // awaited below; this only stops an unhandled rejection on abort
    try {
      const result = await work(tx);
      await done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already committed or aborted
      }
      // A quota failure shows up on the requests as a bare AbortError; the transaction's own
      // error says why it aborted.
      const abortReason = await done.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      throw toStoreError(isQuotaError(abortReason) ? abortReason : error);
    }
  }

  return {
    persistent: true,

    getKeyState: () =>
      run(['keys'], 'readonly', async (tx) => {
        const keys = tx.objectStore('keys');
        const [keyring, throttle] = await Promise.all([keys.get('keyring'), keys.get('throttle')]);
        return {
          keyring: keyring as StoredKeyring | undefined,
          throttle: (throttle as UnlockThrottle | undefined) ?? noThrottle(),
        };
      }),

    addKeyring: (keyring, audit) =>
      run(['keys', 'audit'], 'readwrite', async (tx) => {
        const existing = (await tx.objectStore('keys').get('keyring')) as StoredKeyring | undefined;
        if (existing) return existing;
        await all([
          tx.objectStore('keys').put(keyring),
          tx.objectStore('keys').put(noThrottle()),
          ...audit.map((entry) => tx.objectStore('audit').add(entry)),
        ]);
        return keyring;
      }),

    replaceKeyring: (keyring, audit) =>
      run(['keys', 'audit'], 'readwrite', async (tx) => {
        await all([tx.objectStore('keys').put(keyring), ...audit.map((entry) => tx.objectStore('audit').add(entry))]);
      }),

    updateThrottle: (update, audit) =>
      run(['keys', 'audit'], 'readwrite', async (tx) => {
        const current = ((await tx.objectStore('keys').get('throttle')) as UnlockThrottle | undefined) ?? noThrottle();
        const next = update(current);
        await all([tx.objectStore('keys').put(next), ...audit.map((entry) => tx.objectStore('audit').add(entry))]);
        return next;
      }),

    getIncident: (key) => run(['incidents'], 'readonly', (tx) => tx.objectStore('incidents').get(key)),

    getIncidents: () => run(['incidents'], 'readonly', (tx) => tx.objectStore('incidents').getAll()),

    fingerprint: () =>
      run(['incidents'], 'readonly', async (tx) => {
        const count = await tx.objectStore('incidents').count();
        const newest = await tx.objectStore('incidents').index('updatedAt').openKeyCursor(null, 'prev');
        return {
          count,
          latest: newest ? { key: newest.primaryKey, updatedAt: newest.key } : null,
        };
      }),

    commit: (writes, audit) =>
      run(['incidents', 'audit'], 'readwrite', async (tx) => {
        const incidents = tx.objectStore('incidents');
        const current = await Promise.all(writes.map((write) => incidents.get(write.key)));
        if (writes.some((write, i) => tagOf(current[i]) !== write.expectTag)) return false;
        // A throw here (quota) aborts the transaction in run(), so no write lands half-done.
        await all([
          ...writes.map((write) => (write.put ? incidents.put(write.put) : incidents.delete(write.key))),
          ...audit.map((entry) => tx.objectStore('audit').add(entry)),
        ]);
        return true;
      }),

    putIncidents: (records, audit) =>
      run(['incidents', 'audit'], 'readwrite', async (tx) => {
        await all([
          ...records.map((record) => tx.objectStore('incidents').put(record)),
          ...audit.map((entry) => tx.objectStore('audit').add(entry)),
        ]);
      }),

    deleteUpdatedBefore: (cutoff, auditFor) =>
      run(['incidents', 'audit'], 'readwrite', async (tx) => {
        const range = keyRange().upperBound(cutoff, true);
        const keys = await tx.objectStore('incidents').index('updatedAt').getAllKeys(range);
        await all(
          keys.flatMap((key) => [tx.objectStore('incidents').delete(key), tx.objectStore('audit').add(auditFor(key))]),
        );
        return keys;
      }),

    clearEverything: (audit) =>
      run(['incidents', 'keys', 'audit'], 'readwrite', async (tx) => {
        await Promise.all([tx.objectStore('incidents').clear(), tx.objectStore('keys').clear(), tx.objectStore('audit').clear()]);
        await tx.objectStore('audit').add(audit);
      }),

    appendAudit: (entries) =>
      run(['audit'], 'readwrite', async (tx) => {
        await all(entries.map((entry) => tx.objectStore('audit').add(entry)));
      }),

    getAudit: () => run(['audit'], 'readonly', (tx) => tx.objectStore('audit').getAll()),

    close: () => connection.close(),
  };
}
