/**
 * The keyring: one AES-GCM data key (encrypts records) and one HMAC key (hashes case numbers into
 * record keys), both stored only wrapped. The wrapping key is either
 *  - 'device': a non-extractable AES key kept in IndexedDB (structured clone of the CryptoKey),
 *    so the raw key bytes can never be read back by script, or
 *  - 'pin': derived from the department PIN with PBKDF2-SHA-256, so nothing on the device can
 *    decrypt without the PIN.
 * Unwrapped keys in memory are always non-extractable. Keys are only extractable for the instant
 * they are re-wrapped under a new PIN, never stored that way.
 */

/** OWASP Password Storage Cheat Sheet (2023+) for PBKDF2-HMAC-SHA256. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
/** Wrong PINs allowed before waiting is required. */
export const FREE_UNLOCK_ATTEMPTS = 5;
/** First wait after the free attempts; doubles with every further failure. */
export const FIRST_UNLOCK_WAIT_MS = 30_000;
const MAX_UNLOCK_WAIT_MS = 24 * 60 * 60 * 1000;

export interface WrappedKey {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

export interface StoredKeyring {
  id: 'keyring';
  format: 1;
  protection: 'device' | 'pin';
  deviceKey?: CryptoKey;
  pin?: { salt: Uint8Array<ArrayBuffer>; iterations: number };
  dataKey: WrappedKey;
  indexKey: WrappedKey;
}

/** Persisted so closing the panel does not reset the back-off. */
export interface UnlockThrottle {
  id: 'throttle';
  failures: number;
  retryAt: number | null;
}

export interface SessionKeys {
  dataKey: CryptoKey;
  indexKey: CryptoKey;
}

type KeyRole = 'dataKey' | 'indexKey';

const encoder = new TextEncoder();

const KEY_ALGORITHMS: Record<KeyRole, { algorithm: AesKeyGenParams | HmacKeyGenParams; usages: KeyUsage[] }> = {
  dataKey: { algorithm: { name: 'AES-GCM', length: 256 }, usages: ['encrypt', 'decrypt'] },
  indexKey: { algorithm: { name: 'HMAC', hash: 'SHA-256', length: 256 }, usages: ['sign'] },
};

function wrapParams(role: KeyRole, iv: Uint8Array<ArrayBuffer>): AesGcmParams {
  return { name: 'AES-GCM', iv, additionalData: encoder.encode(`vsp:keywrap:${role}`) };
}

async function derivePinKey(crypto: Crypto, pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const base = await crypto.subtle.importKey('raw', encoder.encode(pin.normalize('NFKC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function wrap(crypto: Crypto, role: KeyRole, key: CryptoKey, wrappingKey: CryptoKey): Promise<WrappedKey> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.wrapKey('raw', key, wrappingKey, wrapParams(role, iv));
  return { iv, data };
}

async function unwrap(
  crypto: Crypto,
  role: KeyRole,
  wrapped: WrappedKey,
  wrappingKey: CryptoKey,
  extractable: boolean,
): Promise<CryptoKey> {
  const { algorithm, usages } = KEY_ALGORITHMS[role];
  return crypto.subtle.unwrapKey(
    'raw',
    wrapped.data,
    wrappingKey,
    wrapParams(role, wrapped.iv),
    algorithm,
    extractable,
    usages,
  );
}

interface Protection {
  protection: StoredKeyring['protection'];
  wrappingKey: CryptoKey;
  fields: Pick<StoredKeyring, 'deviceKey' | 'pin'>;
}

async function newProtection(crypto: Crypto, pin: string | null, iterations: number): Promise<Protection> {
  if (pin === null) {
    const deviceKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'wrapKey',
      'unwrapKey',
    ]);
    return { protection: 'device', wrappingKey: deviceKey, fields: { deviceKey } };
  }
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const wrappingKey = await derivePinKey(crypto, pin, salt, iterations);
  return { protection: 'pin', wrappingKey, fields: { pin: { salt, iterations } } };
}

async function sealKeyring(crypto: Crypto, keys: SessionKeys, protection: Protection): Promise<StoredKeyring> {
  return {
    id: 'keyring',
    format: 1,
    protection: protection.protection,
    ...protection.fields,
    dataKey: await wrap(crypto, 'dataKey', keys.dataKey, protection.wrappingKey),
    indexKey: await wrap(crypto, 'indexKey', keys.indexKey, protection.wrappingKey),
  };
}

export async function createKeyring(
  crypto: Crypto,
  pin: string | null,
  iterations: number,
): Promise<{ keyring: StoredKeyring; session: SessionKeys }> {
  // Generated extractable only so they can be wrapped; the copies handed back are unwrapped
  // non-extractable and these go out of scope.
  const fresh: SessionKeys = {
    dataKey: await crypto.subtle.generateKey(KEY_ALGORITHMS.dataKey.algorithm as AesKeyGenParams, true, [
      'encrypt',
      'decrypt',
    ]),
    indexKey: await crypto.subtle.generateKey(KEY_ALGORITHMS.indexKey.algorithm as HmacKeyGenParams, true, ['sign']),
  };
  const protection = await newProtection(crypto, pin, iterations);
  const keyring = await sealKeyring(crypto, fresh, protection);
  // Unwrapping (rather than using `fresh`) proves the stored keyring opens, and gives the
  // non-extractable copies; reusing the wrapping key avoids a second PBKDF2 run.
  const session = await unwrapAll(crypto, keyring, protection.wrappingKey, false);
  if (!session) throw new Error('A freshly written keyring did not unwrap');
  return { keyring, session };
}

async function wrappingKeyFor(crypto: Crypto, keyring: StoredKeyring, pin: string | null): Promise<CryptoKey | null> {
  if (keyring.protection === 'device') return keyring.deviceKey ?? null;
  if (pin === null || !keyring.pin) return null;
  return derivePinKey(crypto, pin, keyring.pin.salt, keyring.pin.iterations);
}

/** The session keys, or null when the PIN (or the keyring) does not authenticate. */
export async function unwrapKeyring(
  crypto: Crypto,
  keyring: StoredKeyring,
  pin: string | null,
  extractable = false,
): Promise<SessionKeys | null> {
  const wrappingKey = await wrappingKeyFor(crypto, keyring, pin);
  return wrappingKey ? unwrapAll(crypto, keyring, wrappingKey, extractable) : null;
}

async function unwrapAll(
  crypto: Crypto,
  keyring: StoredKeyring,
  wrappingKey: CryptoKey,
  extractable: boolean,
): Promise<SessionKeys | null> {
  try {
    return {
      dataKey: await unwrap(crypto, 'dataKey', keyring.dataKey, wrappingKey, extractable),
      indexKey: await unwrap(crypto, 'indexKey', keyring.indexKey, wrappingKey, extractable),
    };
  } catch (error) {
    if (error instanceof Error && error.name === 'OperationError') return null;
    throw error;
  }
}

/**
 * The same data and index keys under new protection (set, change or remove the PIN), so no
 * record needs re-encrypting. Null when `currentPin` is wrong.
 */
export async function rewrapKeyring(
  crypto: Crypto,
  keyring: StoredKeyring,
  currentPin: string | null,
  newPin: string | null,
  iterations: number,
): Promise<StoredKeyring | null> {
  const keys = await unwrapKeyring(crypto, keyring, currentPin, true);
  if (!keys) return null;
  return sealKeyring(crypto, keys, await newProtection(crypto, newPin, iterations));
}

export function noThrottle(): UnlockThrottle {
  return { id: 'throttle', failures: 0, retryAt: null };
}

/** After the free attempts: 30 s, then 60 s, 120 s, ... capped at a day. */
export function throttleAfterFailure(previous: UnlockThrottle, now: number): UnlockThrottle {
  const failures = previous.failures + 1;
  if (failures < FREE_UNLOCK_ATTEMPTS) return { id: 'throttle', failures, retryAt: null };
  const wait = Math.min(FIRST_UNLOCK_WAIT_MS * 2 ** (failures - FREE_UNLOCK_ATTEMPTS), MAX_UNLOCK_WAIT_MS);
  return { id: 'throttle', failures, retryAt: now + wait };
}
