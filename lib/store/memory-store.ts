/**
 * The fallback when IndexedDB cannot be opened (private window, storage disabled): the same
 * store, encryption and audit over plain Maps. `persistent: false` tells the UI to warn that
 * closing the panel loses the record.
 */
import type { AuditEntry } from './audit';
import type { StoredIncident } from './db';
import { createStoreCore, type IncidentStore, type StoreCoreOptions } from './incidents';
import { noThrottle, type StoredKeyring, type UnlockThrottle } from './keys';
import { tagOf, type Fingerprint, type RecordBackend } from './records';

export function createMemoryBackend(): RecordBackend {
  const incidents = new Map<string, StoredIncident>();
  const auditLog: AuditEntry[] = [];
  let keyring: StoredKeyring | undefined;
  let throttle: UnlockThrottle = noThrottle();
  let seq = 0;

  const appendAudit = (entries: AuditEntry[]) => {
    for (const entry of entries) auditLog.push({ ...entry, seq: ++seq });
  };

  // Everything below is synchronous inside an async function, so each call is atomic just as
  // one IndexedDB transaction is.
  return {
    persistent: false,
    getKeyState: async () => ({ keyring, throttle }),
    addKeyring: async (candidate, audit) => {
      if (keyring) return keyring;
      keyring = candidate;
      throttle = noThrottle();
      appendAudit(audit);
      return candidate;
    },
    replaceKeyring: async (next, audit) => {
      keyring = next;
      appendAudit(audit);
    },
    updateThrottle: async (update, audit) => {
      throttle = update(throttle);
      appendAudit(audit);
      return throttle;
    },
    getIncident: async (key) => incidents.get(key),
    getIncidents: async () => [...incidents.values()],
    fingerprint: async () => {
      let latest: Fingerprint['latest'] = null;
      for (const record of incidents.values()) {
        if (
          !latest ||
          record.updatedAt > latest.updatedAt ||
          (record.updatedAt === latest.updatedAt && record.key > latest.key)
        ) {
          latest = { key: record.key, updatedAt: record.updatedAt };
        }
      }
      return { count: incidents.size, latest };
    },
    commit: async (writes, audit) => {
      if (writes.some((write) => tagOf(incidents.get(write.key)) !== write.expectTag)) return false;
      for (const write of writes) {
        if (write.put) incidents.set(write.key, write.put);
        else incidents.delete(write.key);
      }
      appendAudit(audit);
      return true;
    },
    putIncidents: async (records, audit) => {
      for (const record of records) incidents.set(record.key, record);
      appendAudit(audit);
    },
    deleteUpdatedBefore: async (cutoff, auditFor) => {
      const expired = [...incidents.values()].filter((record) => record.updatedAt < cutoff).map((record) => record.key);
      for (const key of expired) incidents.delete(key);
      appendAudit(expired.map(auditFor));
      return expired;
    },
    clearEverything: async (audit) => {
      incidents.clear();
      auditLog.length = 0;
      keyring = undefined;
      throttle = noThrottle();
      appendAudit([audit]);
    },
    appendAudit: async (entries) => appendAudit(entries),
    getAudit: async () => auditLog.map((entry) => ({ ...entry })),
    close: () => undefined,
  };
}

export type MemoryStoreOptions = Omit<StoreCoreOptions, 'backend' | 'channelName' | 'broadcast'>;

/** Not shared between panels: another panel's memory is out of reach, so no broadcast either. */
export function createMemoryStore(options: MemoryStoreOptions): IncidentStore {
  return createStoreCore({ ...options, backend: createMemoryBackend(), channelName: 'vsp-memory-store' });
}
