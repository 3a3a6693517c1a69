import { createIncidentStore, type CreateIncidentStoreOptions } from '../../../lib/store';

let counter = 0;

export function uniqueDbName(): string {
  return `vsp-test-${Date.now()}-${counter++}`;
}

/** A store on the fake-indexeddb global, with cheap PBKDF2 so PIN tests stay fast. */
export function openStore(options: Partial<CreateIncidentStoreOptions> & { dbName: string }) {
  return createIncidentStore({ indexedDB, crypto, pbkdf2Iterations: 1_000, ...options });
}

/** Every value in every object store, as raw structured-clone data (what is on disk). */
export async function rawDump(dbName: string): Promise<Record<string, { key: IDBValidKey; value: unknown }[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const dump: Record<string, { key: IDBValidKey; value: unknown }[]> = {};
  for (const name of Array.from(db.objectStoreNames)) {
    const tx = db.transaction(name);
    const store = tx.objectStore(name);
    const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    dump[name] = keys.map((key, i) => ({ key, value: values[i] }));
  }
  db.close();
  return dump;
}

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Change a stored record in place, bypassing the store (simulates damage on disk). */
export async function tamper(dbName: string, storeName: string, key: IDBValidKey, change: (value: any) => void) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(dbName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction(storeName, 'readwrite');
  const store = tx.objectStore(storeName);
  const value = await request(store.get(key));
  change(value);
  await request(store.put(value));
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Does `needle` appear anywhere in `value`: strings, keys, or bytes read as UTF-8/UTF-16? */
export function containsText(value: unknown, needle: string, seen = new Set<unknown>()): boolean {
  if (typeof value === 'string') return value.includes(needle);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value).includes(needle);
  }
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes =
      value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    if (decoder.decode(bytes).includes(needle)) return true;
    return new TextDecoder('utf-16le').decode(bytes).includes(needle);
  }
  if (typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  if (value instanceof CryptoKey) return false;
  return Object.entries(value as object).some(
    ([key, inner]) => key.includes(needle) || containsText(inner, needle, seen),
  );
}
