/**
 * AES-GCM envelopes and keyed hashes over an injected WebCrypto. Every ciphertext carries its own
 * fresh 96-bit IV and is bound (as associated data) to the record it belongs to, the schema
 * version that wrote it and its purpose, so a ciphertext copied onto another record, or the
 * summary swapped for the body, fails authentication instead of loading the wrong victim's data.
 */

export type EnvelopePurpose = 'summary' | 'body' | 'notes';

export interface Envelope {
  /** Schema version whose associated-data format sealed this envelope. */
  v: number;
  iv: Uint8Array<ArrayBuffer>;
  ct: ArrayBuffer;
}

export interface SealContext {
  recordKey: string;
  schemaVersion: number;
  purpose: EnvelopePurpose;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const IV_BYTES = 12;

export function associatedData(context: SealContext): Uint8Array<ArrayBuffer> {
  return encoder.encode(`vsp:${context.purpose}:${context.recordKey}:v${context.schemaVersion}`);
}

export async function sealJson(
  crypto: Crypto,
  key: CryptoKey,
  value: unknown,
  context: SealContext,
): Promise<Envelope> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: associatedData(context) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { v: context.schemaVersion, iv, ct };
}

/** Throws (OperationError) when the key, the record or the bytes do not match. */
export async function openJson(
  crypto: Crypto,
  key: CryptoKey,
  envelope: Envelope,
  context: Omit<SealContext, 'schemaVersion'>,
): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: envelope.iv, additionalData: associatedData({ ...context, schemaVersion: envelope.v }) },
    key,
    envelope.ct,
  );
  return JSON.parse(decoder.decode(plain));
}

/** HMAC-SHA-256 of a case number: a stable IndexedDB key that does not reveal the number. */
export async function hmacHex(crypto: Crypto, key: CryptoKey, text: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(text));
  return toHex(new Uint8Array(mac));
}

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * The IV is fresh on every write, so it doubles as the record's version tag for
 * compare-and-swap without storing an extra plaintext counter.
 */
export function versionTag(envelope: Envelope): string {
  return toHex(envelope.iv);
}

export function randomToken(crypto: Crypto, bytes = 9): string {
  return toHex(crypto.getRandomValues(new Uint8Array(bytes)));
}
