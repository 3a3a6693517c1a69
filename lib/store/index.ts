/**
 * Incident store: per-incident checklist entries, notes, needs answers and follow-ups, encrypted
 * on the device. Plain TypeScript over an injected IDBFactory and Crypto (no browser.*, no
 * globals), so the extension and the embeddable widget share it.
 *
 *   const store = await createIncidentStore({ indexedDB, crypto, broadcast: BroadcastChannel });
 *   if (!store.persistent) showBanner('This window cannot save incidents.');
 *   await store.unlock(pin);                     // first call creates the keys; PIN optional
 *   const draft = await store.createIncident();  // id 'draft-…' until the case number is read
 *   await store.appendEntry(draft.id, { itemId: 'rights-read', state: 'done',
 *                                       details: { scriptId, version, language: 'es' } });
 *   await store.renameIncident(draft.id, '24-001234');   // merges if that incident exists
 *   // Each method resolves only after its transaction committed: say "Saved" then.
 *
 * Unlock and keys
 *   status()                        {locked, initialised, pinSet, retryAt, persistent}
 *   unlock(pin?)                    WrongPinError {retryAt} | UnlockThrottledError {retryAt} |
 *                                   PinRequiredError. 5 free failures, then 30 s, doubling.
 *   lock() / isLocked() / onLockChange(fn) / touch()   auto-lock after idleMinutes (30)
 *   setPin(newPin, currentPin?) / removePin(currentPin)
 * Incidents (id = case number, or draft id)
 *   createIncident({caseNumber?, categories?, officerLabel?})   returns the existing one if any
 *   getIncident(id) -> Incident | null                          audited as 'viewed'
 *   updateIncident(id, incident => next | void)                 upsert; retried on conflict
 *   appendEntry, addNote, setCategories, setNeeds, addFollowUp, setFollowUpDone
 *   renameIncident(draftId, caseNumber)
 *   deleteIncident(id) / deleteRecord(key)   (key: for records listed as corrupted)
 *   importIncidents(incidents)               bulk restore/seed, batched transactions
 * Queries
 *   listIncidents() -> {incidents: IncidentSummary[] (newest change first), corrupted: key[]}
 *   searchIncidents(query) -> IncidentSummary[]   case number, category id/label, officer label
 * Audit, retention, reporting
 *   recordAction(id, 'exported' | 'printed'); auditLog(); exportAudit('csv' | 'json')
 *   purgeExpired(now?, retentionDays = 30) -> {purged}; deleteEverything()
 *   exportMonthlyCounts({serviceMap?, referralTypeOf?, timeZone?, suppressBelow?}) -> CSV
 * Sync
 *   onChange(fn) -> unsubscribe   fn({kind: 'changed' | 'deleted', keys, ids} | {kind: 'cleared'})
 *   close()
 *
 * Errors the UI should expect (all StoreError with a stable `code`): StorageFullError (nothing
 * written, keep the input and retry), LockedError, ConflictError, CorruptedRecordError,
 * StoreOutdatedError (a newer panel upgraded the database: reload).
 *
 * At rest, IndexedDB holds per incident only: key = HMAC-SHA-256(index key, case number),
 * updatedAt, schemaVersion, and AES-GCM-256 ciphertexts (summary, body) whose associated data
 * binds them to that key and schema version. Keys: see keys.ts. Concurrency: see incidents.ts.
 */
import { createConnection, DEFAULT_DB_NAME } from './db';
import { StorageUnavailableError } from './errors';
import { createStoreCore, type BroadcastConstructor, type IncidentStore } from './incidents';
import { createMemoryStore } from './memory-store';
import { createIdbBackend } from './records';

export interface CreateIncidentStoreOptions {
  indexedDB: IDBFactory;
  crypto: Crypto;
  dbName?: string;
  /** BroadcastChannel, to keep two panels on the same incident in sync. */
  broadcast?: BroadcastConstructor;
  now?: () => number;
  idleMinutes?: number;
  setTimer?: (callback: () => void, ms: number) => () => void;
  /** PBKDF2 iterations for a newly set PIN (default 600,000). Lower only in tests. */
  pbkdf2Iterations?: number;
  /** IDBKeyRange matching `indexedDB`; defaults to the global one. */
  keyRange?: typeof IDBKeyRange;
  durability?: 'strict' | 'default' | 'relaxed';
  /** An older panel holds the database open; the upgrade waits until it closes. */
  onBlocked?: () => void;
  /** A newer panel took over the database; this one should ask for a reload. */
  onOutdated?: () => void;
  /** Default true: when IndexedDB cannot be opened, return a memory store instead of failing. */
  fallbackToMemory?: boolean;
}

/**
 * Async because whether the store is persistent is only known once IndexedDB has opened (or
 * refused to, as in private windows).
 */
export async function createIncidentStore(options: CreateIncidentStoreOptions): Promise<IncidentStore> {
  const name = options.dbName ?? DEFAULT_DB_NAME;
  const core = {
    crypto: options.crypto,
    now: options.now,
    idleMinutes: options.idleMinutes,
    setTimer: options.setTimer,
    pbkdf2Iterations: options.pbkdf2Iterations,
  };
  const connection = createConnection({
    indexedDB: options.indexedDB,
    name,
    onBlocked: options.onBlocked,
    onVersionChange: options.onOutdated,
  });
  try {
    await connection.get();
  } catch (error) {
    if (error instanceof StorageUnavailableError && options.fallbackToMemory !== false) {
      return createMemoryStore(core);
    }
    throw error;
  }
  const backend = createIdbBackend({ connection, keyRange: options.keyRange, durability: options.durability });
  return createStoreCore({ ...core, backend, broadcast: options.broadcast, channelName: `vsp-store:${name}` });
}

export { createMemoryStore } from './memory-store';
export { createLockController, DEFAULT_IDLE_MINUTES } from './lock';
export { DEFAULT_PBKDF2_ITERATIONS } from './keys';
export { DEFAULT_RETENTION_DAYS } from './retention';
export { SCHEMA_VERSION } from './db';
export { auditToCsv, auditToJson, AUDIT_ACTIONS, type AuditAction, type AuditEntry } from './audit';
export {
  DEFAULT_SERVICE_MAP,
  SERVICE_AREAS,
  countsToCsv,
  monthlyCounts,
  type CountOptions,
  type CountRow,
  type ServiceArea,
} from './report-counts';
export * from './errors';
export type {
  BroadcastConstructor,
  EntryInput,
  IncidentStore,
  NewIncident,
  StoreChange,
  StoreStatus,
} from './incidents';
export { normaliseCaseNumber } from './types';
export type {
  ChecklistEntry,
  DetailValue,
  EntryState,
  FollowUp,
  Incident,
  IncidentSummary,
  NeedsAnswer,
  Note,
} from './types';
export { isDraftId, effectiveCategories } from './types';
