import { describe, expect, it } from 'vitest';
import { hmacHex, openJson, sealJson, versionTag } from '../../../lib/store/crypto';

const aesKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const context = { recordKey: 'abc', schemaVersion: 2, purpose: 'body' as const };

describe('envelope encryption', () => {
  it('round-trips JSON', async () => {
    const key = await aesKey();
    const value = { notes: ['Ünïcode ✓', 'second'], n: 3 };
    const envelope = await sealJson(crypto, key, value, context);
    expect(envelope.iv.byteLength).toBe(12);
    expect(envelope.v).toBe(2);
    expect(await openJson(crypto, key, envelope, context)).toEqual(value);
  });

  it('uses a fresh IV for every encryption', async () => {
    const key = await aesKey();
    const tags = new Set<string>();
    for (let i = 0; i < 50; i++) tags.add(versionTag(await sealJson(crypto, key, 'same', context)));
    expect(tags.size).toBe(50);
  });

  it('fails with the wrong key', async () => {
    const envelope = await sealJson(crypto, await aesKey(), 'secret', context);
    await expect(openJson(crypto, await aesKey(), envelope, context)).rejects.toThrow();
  });

  it('binds the ciphertext to its record, purpose and schema version', async () => {
    const key = await aesKey();
    const envelope = await sealJson(crypto, key, 'secret', context);
    await expect(openJson(crypto, key, envelope, { ...context, recordKey: 'other' })).rejects.toThrow();
    await expect(openJson(crypto, key, envelope, { ...context, purpose: 'summary' })).rejects.toThrow();
    await expect(openJson(crypto, key, { ...envelope, v: 1 }, context)).rejects.toThrow();
  });

  it('hashes case numbers stably per key, and differently across keys', async () => {
    const hmac = () => crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const k1 = await hmac();
    const k2 = await hmac();
    const a = await hmacHex(crypto, k1, '24-001234');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await hmacHex(crypto, k1, '24-001234')).toBe(a);
    expect(await hmacHex(crypto, k2, '24-001234')).not.toBe(a);
  });
});
