/**
 * The incident store's behaviour over any RecordBackend: incident changes with optimistic
 * concurrency, the decrypted summary index, audit, retention and cross-panel notification.
 * IndexedDB and memory differ only in the backend they pass in.
 *
 * Concurrency: WebCrypto is async and an IndexedDB transaction auto-commits while we await it,
 * so a change is read (transaction 1), decrypted, changed and re-encrypted outside any
 * transaction, then written (transaction 2) only if the record still carries the version tag
 * (the body's IV, fresh on every write) that was read; otherwise the change is re-applied to the
 * newer record. Within one store instance writes are also queued, so retries only happen
 * between panels.
 */
import type {
  BroadcastConstructor,
  EntryInput,
  IncidentStore,
  NewIncident,
  StoreChange,
  StoreStatus,
} from './api';
import { auditEntry, auditToCsv, auditToJson, type AuditAction, type AuditOutcome } from './audit';
import { createRecordCodec } from './codec';
import type { StoredIncident } from './db';
import { hmacHex, randomToken } from './crypto';
import { ConflictError, NotFoundError, StorageFullError } from './errors';
import { DEFAULT_PBKDF2_ITERATIONS, type SessionKeys } from './keys';
import { createLockController } from './lock';
import { mergeIncidents } from './merge';
import { tagOf, type RecordBackend } from './records';
import { countsToCsv, monthlyCounts } from './report-counts';
import { DEFAULT_RETENTION_DAYS, purgeExpiredRecords } from './retention';
import { createSummaryIndex } from './summary-index';
import { createUnlocker } from './unlock';
import {
  normaliseCaseNumber,
  DRAFT_PREFIX,
  blankIncident,
  checkIncident,
  checklistEntrySchema,
  summarise,
  type FollowUp,
  type Incident,
} from './types';

export type { BroadcastConstructor, EntryInput, IncidentStore, NewIncident, StoreChange, StoreStatus };

type ChannelMessage = { type: 'changed' | 'deleted'; keys: string[] } | { type: 'cleared' };

export interface StoreCoreOptions {
  backend: RecordBackend;
  crypto: Crypto;
  now?: () => number;
  /** BroadcastChannel (or compatible) constructor; omitted = no cross-panel sync. */
  broadcast?: BroadcastConstructor;
  channelName: string;
  idleMinutes?: number;
  setTimer?: (callback: () => void, ms: number) => () => void;
  /** Used when a PIN is set; existing keyrings keep the count they were made with. */
  pbkdf2Iterations?: number;
  /** Attempts at a change before ConflictError. */
  maxAttempts?: number;
}

const IMPORT_BATCH = 500;
const MAX_KEYS_FETCHED_PER_MESSAGE = 20;


function defaultSetTimer(callback: () => void, ms: number): () => void {
  const timer = setTimeout(callback, ms);
  // Node (scripts, benchmarks): a pending auto-lock must not keep the process alive.
  (timer as { unref?: () => void }).unref?.();
  return () => clearTimeout(timer);
}

export function createStoreCore(options: StoreCoreOptions): IncidentStore {
  const { backend, crypto } = options;
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? defaultSetTimer;
  const iterations = options.pbkdf2Iterations ?? DEFAULT_PBKDF2_ITERATIONS;
  const maxAttempts = options.maxAttempts ?? 20;
  const lock = createLockController<SessionKeys>({ idleMinutes: options.idleMinutes, now, setTimer });
  const index = createSummaryIndex();
  const keyCache = new Map<string, string>();
  const listeners = new Set<(change: StoreChange) => void>();
  const channel = options.broadcast ? new options.broadcast(options.channelName) : null;
  // Bumped on every lock, so work that started before a lock cannot refill the index after it.
  let generation = 0;
  let writeQueue: Promise<unknown> = Promise.resolve();
  let refreshing: { generation: number; done: Promise<void> } | null = null;

  lock.subscribe((locked) => {
    if (!locked) {
      // Decrypt the summaries right after unlock, while the officer is still looking at the
      // screen, so the first list or search is already warm. Failures resurface on that call.
      refreshIndex(lock.use()).catch(() => undefined);
      return;
    }
    generation++;
    index.clear();
    keyCache.clear();
  });

  const audit = (action: AuditAction, key: string | null, outcome: AuditOutcome = 'ok', detail?: string) =>
    auditEntry(now(), action, key, outcome, detail);
  const unlocker = createUnlocker({
    backend,
    crypto,
    now,
    iterations,
    audit: (action, outcome, detail) => audit(action, null, outcome, detail),
  });
  const { decode, encode, summaryOf } = createRecordCodec(crypto);

  /** One write at a time per instance: a panel's own ticks never conflict with each other. */
  function serially<T>(work: () => Promise<T>): Promise<T> {
    const result = writeQueue.then(work, work);
    writeQueue = result.catch(() => undefined);
    return result;
  }

  async function pause(attempt: number): Promise<void> {
    // Jitter so two panels that collided do not collide again in lockstep.
    if (attempt > 1) await new Promise<void>((resolve) => setTimer(resolve, Math.random() * 4 * attempt));
  }

  async function recordKey(keys: SessionKeys, id: string): Promise<string> {
    let key = keyCache.get(id);
    if (!key) {
      key = await hmacHex(crypto, keys.indexKey, id);
      keyCache.set(id, key);
    }
    return key;
  }

  function emit(change: StoreChange, fromHere: boolean): void {
    if (fromHere && channel) {
      const message: ChannelMessage = change.kind === 'cleared' ? { type: 'cleared' } : { type: change.kind, keys: change.keys };
      channel.postMessage(message);
    }
    for (const listener of listeners) listener(change);
  }

  function remember(record: StoredIncident, incident: Incident, since: number): void {
    if (since === generation) index.set(record.key, tagOf(record) ?? '', summarise(incident, record.key));
  }

  /** Apply `change` to the current version of incident `id` and commit, retrying on conflict. */
  function mutate(id: string, change: (current: Incident | null) => Incident | undefined): Promise<Incident> {
    return serially(async () => {
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const since = generation;
        const keys = lock.use();
        const key = await recordKey(keys, id);
        const stored = await backend.getIncident(key);
        const current = stored ? await decode(keys, stored) : null;
        const changed = change(current);
        if (!changed) {
          if (current) return current;
          throw new NotFoundError();
        }
        const next = checkIncident({ ...changed, id, updatedAt: now() });
        const record = await encode(keys, next, key);
        const committed = await backend.commit(
          [{ key, expectTag: tagOf(stored), put: record }],
          [audit(current ? 'changed' : 'created', key)],
        );
        if (committed) {
          remember(record, next, since);
          emit({ kind: 'changed', keys: [key], ids: [id] }, true);
          return next;
        }
        await pause(attempt);
      }
      throw new ConflictError();
    });
  }

  const upsert = (id: string, apply: (incident: Incident) => Incident | void) =>
    mutate(id, (current) => {
      const incident = current ?? blankIncident(id, now());
      return apply(incident) ?? incident;
    });

  /** Bring the index up to date with the database, decrypting only records that changed. */
  function refreshIndex(keys: SessionKeys): Promise<void> {
    // Share a refresh in flight, unless it belongs to a session that has since been locked.
    if (refreshing?.generation === generation) return refreshing.done;
    const since = generation;
    const done = (async () => {
      if (index.loaded && sameFingerprint(await backend.fingerprint(), index.fingerprint())) return;
      const tagsAtStart = new Map(index.keys().map((key) => [key, index.tagOf(key)]));
      const records = await backend.getIncidents();
      const present = new Set<string>();
      const stale = records.filter((record) => {
        present.add(record.key);
        return index.tagOf(record.key) !== tagOf(record);
      });
      const tagsBefore = stale.map((record) => index.tagOf(record.key));
      const summaries = await Promise.all(
        stale.map((record) => summaryOf(keys, record).catch((error: unknown) => error as Error)),
      );
      if (since !== generation) return;
      stale.forEach((record, i) => {
        // A write from this panel during the decryption is newer than the snapshot: keep it.
        if (index.tagOf(record.key) !== tagsBefore[i]) return;
        const summary = summaries[i];
        if (summary instanceof Error) index.setCorrupted(record.key, tagOf(record) ?? '', record.updatedAt);
        else if (summary) index.set(record.key, tagOf(record) ?? '', summary);
      });
      for (const [key, tag] of tagsAtStart) {
        if (!present.has(key) && index.tagOf(key) === tag) index.remove(key);
      }
      index.markLoaded();
    })().finally(() => {
      if (refreshing?.done === done) refreshing = null;
    });
    refreshing = { generation: since, done };
    return done;
  }

  channel?.addEventListener('message', (event) => {
    void onChannelMessage(event.data).catch((error: unknown) => console.error('Incident sync failed', error));
  });

  async function onChannelMessage(data: unknown): Promise<void> {
    const message = data as Partial<ChannelMessage> | null;
    if (message?.type === 'cleared') {
      lock.lock(); // the keyring this panel holds no longer exists
      emit({ kind: 'cleared' }, false);
      return;
    }
    if ((message?.type !== 'changed' && message?.type !== 'deleted') || !Array.isArray(message.keys)) return;
    const keys = message.keys.filter((key): key is string => typeof key === 'string');
    if (message.type === 'deleted') {
      const ids = keys.flatMap((key) => index.get(key)?.id ?? []);
      for (const key of keys) index.remove(key);
      emit({ kind: 'deleted', keys, ids }, false);
      return;
    }
    const ids: string[] = [];
    // A bulk change (import) is left to the next list, whose fingerprint check resyncs in one go.
    if (!lock.isLocked() && keys.length <= MAX_KEYS_FETCHED_PER_MESSAGE) {
      const session = lock.use();
      const since = generation;
      for (const key of keys) {
        const record = await backend.getIncident(key);
        if (!record || since !== generation) continue;
        const summary = await summaryOf(session, record).catch(() => null);
        if (!summary) continue;
        index.set(key, tagOf(record) ?? '', summary);
        ids.push(summary.id);
      }
    }
    emit({ kind: 'changed', keys, ids }, false);
  }

  const store: IncidentStore = {
    persistent: backend.persistent,

    async status() {
      const { keyring, throttle } = await backend.getKeyState();
      return {
        locked: lock.isLocked(),
        initialised: keyring !== undefined,
        pinSet: keyring?.protection === 'pin',
        retryAt: throttle.retryAt !== null && throttle.retryAt > now() ? throttle.retryAt : null,
        persistent: backend.persistent,
      };
    },

    async unlock(pin) {
      lock.unlock(await unlocker.unlock(pin));
    },

    lock: () => lock.lock(),
    isLocked: () => lock.isLocked(),
    onLockChange: (listener) => lock.subscribe(listener),
    touch: () => lock.touch(),

    async setPin(newPin, currentPin) {
      if (newPin === '') throw new RangeError('A PIN cannot be empty');
      lock.use();
      return unlocker.changeProtection(currentPin ?? null, newPin, 'pin-set');
    },
    async removePin(currentPin) {
      lock.use();
      return unlocker.changeProtection(currentPin, null, 'pin-removed');
    },

    createIncident(init = {}) {
      const caseNumber = init.caseNumber ? normaliseCaseNumber(init.caseNumber) : '';
      const id = caseNumber || `${DRAFT_PREFIX}${randomToken(crypto)}`;
      return mutate(id, (current) => {
        if (current) return undefined;
        const incident = blankIncident(id, now());
        if (init.categories) incident.categories.recognised = [...init.categories];
        if (init.officerLabel) incident.officerLabel = init.officerLabel;
        return incident;
      });
    },

    async getIncident(id) {
      const keys = lock.use();
      const key = await recordKey(keys, normaliseCaseNumber(id));
      const record = await backend.getIncident(key);
      if (!record) return null;
      const incident = await decode(keys, record);
      try {
        await backend.appendAudit([audit('viewed', key)]);
      } catch (error) {
        // A full disk must not stop an officer reading what was already saved.
        if (!(error instanceof StorageFullError)) throw error;
      }
      return incident;
    },

    updateIncident: (id, change) => upsert(normaliseCaseNumber(id), change),

    async appendEntry(id, entry) {
      const checked = checklistEntrySchema.parse({ ...entry, at: entry.at ?? now() });
      return upsert(normaliseCaseNumber(id), (incident) => {
        incident.entries.push(checked);
      });
    },

    addNote(id, text) {
      const note = { id: randomToken(crypto), at: now(), text };
      return upsert(normaliseCaseNumber(id), (incident) => {
        incident.notes.push(note);
      });
    },

    setCategories(id, categories) {
      return upsert(normaliseCaseNumber(id), (incident) => {
        if (categories.recognised) incident.categories.recognised = [...categories.recognised];
        if (categories.corrected !== undefined) {
          incident.categories.corrected = categories.corrected ? [...categories.corrected] : null;
        }
      });
    },

    setNeeds(id, answers) {
      return upsert(normaliseCaseNumber(id), (incident) => {
        Object.assign(incident.needs, answers);
      });
    },

    addFollowUp(id, followUp) {
      const added: FollowUp = { id: randomToken(crypto), due: followUp.due, what: followUp.what, done: false };
      return upsert(normaliseCaseNumber(id), (incident) => {
        incident.followUps.push(added);
      });
    },

    setFollowUpDone(id, followUpId, done) {
      return mutate(normaliseCaseNumber(id), (current) => {
        const followUp = current?.followUps.find((item) => item.id === followUpId);
        if (!current || !followUp) throw new NotFoundError();
        followUp.done = done;
        return current;
      });
    },

    renameIncident(draftId, caseNumberInput) {
      const caseNumber = normaliseCaseNumber(caseNumberInput);
      return serially(async () => {
        for (let attempt = 1; attempt <= maxAttempts; attempt++) {
          const since = generation;
          const keys = lock.use();
          const [draftKey, targetKey] = await Promise.all([recordKey(keys, draftId), recordKey(keys, caseNumber)]);
          const [draftRecord, targetRecord] = await Promise.all([
            backend.getIncident(draftKey),
            backend.getIncident(targetKey),
          ]);
          const target = targetRecord ? await decode(keys, targetRecord) : null;
          if (!draftRecord || draftKey === targetKey) {
            // Already renamed (perhaps by another panel): the result is the target.
            if (target) return target;
            throw new NotFoundError();
          }
          const draft = await decode(keys, draftRecord);
          const at = now();
          const merged = checkIncident(
            target ? mergeIncidents(target, draft, caseNumber, at) : { ...draft, id: caseNumber, updatedAt: at },
          );
          const record = await encode(keys, merged, targetKey);
          const committed = await backend.commit(
            [
              { key: targetKey, expectTag: tagOf(targetRecord), put: record },
              { key: draftKey, expectTag: tagOf(draftRecord) },
            ],
            [
              audit(target ? 'changed' : 'created', targetKey, 'ok', target ? 'merged-draft' : 'from-draft'),
              audit('deleted', draftKey, 'ok', 'renamed'),
            ],
          );
          if (committed) {
            index.remove(draftKey);
            remember(record, merged, since);
            emit({ kind: 'deleted', keys: [draftKey], ids: [draftId] }, true);
            emit({ kind: 'changed', keys: [targetKey], ids: [caseNumber] }, true);
            return merged;
          }
          await pause(attempt);
        }
        throw new ConflictError();
      });
    },

    async deleteIncident(id) {
      const keys = lock.use();
      return store.deleteRecord(await recordKey(keys, normaliseCaseNumber(id)));
    },

    async deleteRecord(key) {
      lock.use();
      return serially(async () => {
        for (let attempt = 1; attempt <= maxAttempts; attempt++) {
          const record = await backend.getIncident(key);
          if (!record) return false;
          const id = index.get(key)?.id;
          const ids = id === undefined ? [] : [id];
          if (await backend.commit([{ key, expectTag: tagOf(record) }], [audit('deleted', key)])) {
            index.remove(key);
            emit({ kind: 'deleted', keys: [key], ids }, true);
            return true;
          }
          await pause(attempt);
        }
        throw new ConflictError();
      });
    },

    importIncidents(incidents) {
      return serially(async () => {
        const since = generation;
        const keys = lock.use();
        for (let start = 0; start < incidents.length; start += IMPORT_BATCH) {
          const batch = incidents.slice(start, start + IMPORT_BATCH).map(checkIncident);
          const records = await Promise.all(
            batch.map(async (incident) => encode(keys, incident, await recordKey(keys, incident.id))),
          );
          await backend.putIncidents(
            records,
            records.map((record) => audit('created', record.key, 'ok', 'imported')),
          );
          records.forEach((record, i) => remember(record, batch[i]!, since));
          emit({ kind: 'changed', keys: records.map((record) => record.key), ids: batch.map((incident) => incident.id) }, true);
        }
      });
    },

    async listIncidents() {
      const keys = lock.use();
      await refreshIndex(keys);
      return { incidents: index.list(), corrupted: index.corrupted() };
    },

    async searchIncidents(query) {
      const keys = lock.use();
      await refreshIndex(keys);
      return index.search(query);
    },

    async recordAction(id, action) {
      const keys = lock.use();
      await backend.appendAudit([audit(action, await recordKey(keys, normaliseCaseNumber(id)))]);
    },

    async purgeExpired(at = now(), retentionDays = DEFAULT_RETENTION_DAYS) {
      const purged = await serially(() => purgeExpiredRecords(backend, at, retentionDays));
      if (purged.length > 0) {
        const ids = purged.flatMap((key) => index.get(key)?.id ?? []);
        for (const key of purged) index.remove(key);
        emit({ kind: 'deleted', keys: purged, ids }, true);
      }
      return { purged: purged.length };
    },

    async deleteEverything() {
      await serially(() => backend.clearEverything(audit('deleted', null, 'ok', 'everything')));
      lock.lock();
      emit({ kind: 'cleared' }, true);
    },

    auditLog: () => backend.getAudit(),

    async exportAudit(format) {
      const entries = await backend.getAudit();
      await backend.appendAudit([audit('exported', null, 'ok', `audit-${format}`)]);
      return format === 'csv' ? auditToCsv(entries) : auditToJson(entries);
    },

    async exportMonthlyCounts(countOptions) {
      const keys = lock.use();
      const records = await backend.getIncidents();
      const incidents = (
        await Promise.all(records.map((record) => decode(keys, record).catch(() => null)))
      ).filter((incident): incident is Incident => incident !== null);
      await backend.appendAudit([audit('exported', null, 'ok', 'monthly-counts')]);
      return countsToCsv(monthlyCounts(incidents, countOptions));
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    close() {
      lock.lock();
      channel?.close();
      backend.close();
    },
  };
  return store;
}

function sameFingerprint(
  a: { count: number; latest: { key: string; updatedAt: number } | null },
  b: { count: number; latest: { key: string; updatedAt: number } | null },
): boolean {
  return a.count === b.count && a.latest?.key === b.latest?.key && a.latest?.updatedAt === b.latest?.updatedAt;
}
