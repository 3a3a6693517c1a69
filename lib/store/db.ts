/**
 * Opening the database and migrating it. Each schema version has one upgrade step, applied in
 * order inside the browser's versionchange transaction, so a device that skipped releases still
 * reaches the current shape in one open.
 *
 * v1: incidents {key, updatedAt, schemaVersion, body} and notes in their own store
 *     {key, notes}; retention had to scan every record.
 * v2: notes move into the incident record (as `legacyNotes` until the record is next written,
 *     because re-encrypting needs the key, which an upgrade does not have), a small encrypted
 *     `summary` per record for fast listing, and an `updatedAt` index for retention.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { AuditEntry } from './audit';
import type { Envelope } from './crypto';
import { MigrationFailedError, StorageUnavailableError, StoreOutdatedError, isVersionError } from './errors';
import type { StoredKeyring, UnlockThrottle } from './keys';

export const SCHEMA_VERSION = 2;
export const DEFAULT_DB_NAME = 'victim-services-panel';

export interface StoredIncident {
  /** HMAC-SHA-256(index key, case number) in hex. */
  key: string;
  /** Plaintext on purpose: retention must work while locked. */
  updatedAt: number;
  schemaVersion: number;
  /** Absent on records migrated from v1 until they are next written. */
  summary?: Envelope;
  body: Envelope;
  /** Notes moved over from the v1 notes store, folded into `body` on the next write. */
  legacyNotes?: Envelope;
}

/** The v1 notes store row, kept only so the migration and its test can name it. */
export interface StoredNotesV1 {
  key: string;
  notes: Envelope;
}

export interface StoreDbSchema extends DBSchema {
  incidents: { key: string; value: StoredIncident; indexes: { updatedAt: number } };
  keys: { key: string; value: StoredKeyring | UnlockThrottle };
  audit: { key: number; value: AuditEntry };
}

// Upgrades touch stores that no longer exist in the current schema, so they run untyped.
type AnyDb = IDBPDatabase<unknown>;
type AnyUpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

function upgradeToV1(db: AnyDb): void {
  db.createObjectStore('incidents', { keyPath: 'key' });
  db.createObjectStore('notes', { keyPath: 'key' });
  db.createObjectStore('keys', { keyPath: 'id' });
  db.createObjectStore('audit', { keyPath: 'seq', autoIncrement: true });
}

async function upgradeToV2(db: AnyDb, tx: AnyUpgradeTx): Promise<void> {
  const incidents = tx.objectStore('incidents');
  incidents.createIndex('updatedAt', 'updatedAt');
  let cursor = await incidents.openCursor();
  while (cursor) {
    const record = cursor.value as StoredIncident;
    const notesRow = (await tx.objectStore('notes').get(record.key)) as StoredNotesV1 | undefined;
    const migrated: StoredIncident = { ...record, schemaVersion: 2 };
    if (notesRow) migrated.legacyNotes = notesRow.notes;
    await cursor.update(migrated);
    cursor = await cursor.continue();
  }
  // v1 wrote an incident and its notes in one transaction, so no notes row lacks its incident.
  db.deleteObjectStore('notes');
}

/** Index i upgrades a database at version i to version i + 1. */
const UPGRADES: ((db: AnyDb, tx: AnyUpgradeTx) => void | Promise<void>)[] = [upgradeToV1, upgradeToV2];

async function runUpgrades(db: AnyDb, tx: AnyUpgradeTx, from: number, to: number): Promise<void> {
  for (let version = from; version < to; version++) {
    const step = UPGRADES[version];
    if (!step) throw new Error(`No upgrade from schema v${version}`);
    await step(db, tx);
  }
}

export interface OpenOptions {
  indexedDB: IDBFactory;
  name: string;
  /** Tests open older versions to write data as a previous release did. */
  version?: number;
  /** An older connection (another tab) has not closed yet; the open waits for it. */
  onBlocked?: () => void;
  /** A newer version wants the database: this connection has been closed. */
  onVersionChange?: () => void;
}

export function openStoreDb(options: OpenOptions): Promise<IDBPDatabase<StoreDbSchema>> {
  const version = options.version ?? SCHEMA_VERSION;
  let request: IDBOpenDBRequest;
  try {
    request = options.indexedDB.open(options.name, version);
  } catch (error) {
    // Firefox private windows and disabled storage throw synchronously.
    return Promise.reject(new StorageUnavailableError(error));
  }
  let migrationError: unknown = null;
  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction as IDBTransaction;
    const upgradeTx = wrap(tx) as unknown as AnyUpgradeTx;
    upgradeTx.done.catch(() => undefined); // an abort is reported through the open request
    runUpgrades(wrap(request.result) as AnyDb, upgradeTx, event.oldVersion, version).catch(
      (error: unknown) => {
        migrationError = error ?? new Error('migration failed');
        try {
          tx.abort();
        } catch {
          // already finished or aborted
        }
      },
    );
  });
  request.addEventListener('blocked', () => options.onBlocked?.());
  // Listened to directly rather than through idb's wrap(), so a failure is reported the same way
  // whatever IDBFactory implementation was injected.
  return new Promise<IDBPDatabase<StoreDbSchema>>((resolve, reject) => {
    request.addEventListener('success', () => {
      const db = wrap(request.result) as unknown as IDBPDatabase<StoreDbSchema>;
      // Closing on versionchange is what lets another tab's upgrade (or a delete) proceed
      // instead of being blocked behind this panel forever.
      db.addEventListener('versionchange', () => {
        db.close();
        options.onVersionChange?.();
      });
      resolve(db);
    });
    request.addEventListener('error', (event) => {
      event.preventDefault?.();
      const error = request.error;
      // Not "unavailable": falling back to an empty memory store would look like lost data.
      if (migrationError) reject(new MigrationFailedError(migrationError));
      else reject(isVersionError(error) ? new StoreOutdatedError(error) : new StorageUnavailableError(error));
    });
  });
}

/**
 * A lazily (re)opened connection. After a versionchange closed it, the next use reopens: that
 * succeeds after a delete, and fails with StoreOutdatedError after a newer release upgraded.
 */
export interface Connection {
  get(): Promise<IDBPDatabase<StoreDbSchema>>;
  close(): void;
}

export function createConnection(options: OpenOptions): Connection {
  let current: Promise<IDBPDatabase<StoreDbSchema>> | null = null;
  let closedByUs = false;
  return {
    get() {
      if (closedByUs) return Promise.reject(new StorageUnavailableError('closed'));
      if (!current) {
        const opening = openStoreDb({
          ...options,
          onVersionChange: () => {
            current = null;
            options.onVersionChange?.();
          },
        });
        current = opening;
        const forget = () => {
          if (current === opening) current = null;
        };
        // 'close' fires when the browser drops the connection (storage cleared, disk error).
        opening.then((db) => db.addEventListener('close', forget), forget);
      }
      return current;
    },
    close() {
      closedByUs = true;
      current?.then((db) => db.close()).catch(() => undefined);
      current = null;
    },
  };
}
