import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  createKeyring,
  noThrottle,
  rewrapKeyring,
  throttleAfterFailure,
  unwrapKeyring,
} from '../../../lib/store/keys';
import { openStore, rawDump, uniqueDbName } from './helpers';

describe('keys', () => {
  it('defaults PBKDF2 to at least the OWASP 600,000 iterations', () => {
    expect(DEFAULT_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('uses the default iteration count when a store sets a PIN without an override', async () => {
    const dbName = uniqueDbName();
    const store = await openStore({ dbName, pbkdf2Iterations: undefined });
    await store.unlock('4711');
    store.close();
    const keyring = (await rawDump(dbName)).keys!.find((row) => row.key === 'keyring')!.value as {
      pin: { iterations: number };
    };
    expect(keyring.pin.iterations).toBe(DEFAULT_PBKDF2_ITERATIONS);
  });

  it('keeps only non-extractable keys: in memory and the device key at rest', async () => {
    const { keyring, session } = await createKeyring(crypto, null, 1_000);
    expect(session.dataKey.extractable).toBe(false);
    expect(session.indexKey.extractable).toBe(false);
    expect(keyring.deviceKey?.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', session.dataKey)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('raw', keyring.deviceKey!)).rejects.toThrow();
    // the data key itself is stored only wrapped
    expect(keyring.dataKey.data).toBeInstanceOf(ArrayBuffer);
  });

  it('unwraps with the right PIN only', async () => {
    const { keyring } = await createKeyring(crypto, '1234', 1_000);
    expect(keyring.protection).toBe('pin');
    expect(keyring.deviceKey).toBeUndefined();
    expect(await unwrapKeyring(crypto, keyring, '9999')).toBeNull();
    expect(await unwrapKeyring(crypto, keyring, null)).toBeNull();
    const session = await unwrapKeyring(crypto, keyring, '1234');
    expect(session?.dataKey.extractable).toBe(false);
  });

  it('re-wraps the same keys under a new PIN', async () => {
    const { keyring, session } = await createKeyring(crypto, '1234', 1_000);
    expect(await rewrapKeyring(crypto, keyring, 'wrong', '5678', 1_000)).toBeNull();
    const rewrapped = (await rewrapKeyring(crypto, keyring, '1234', '5678', 1_000))!;
    const again = (await unwrapKeyring(crypto, rewrapped, '5678'))!;
    const iv = new Uint8Array(12);
    const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, session.dataKey, new Uint8Array([1, 2, 3]));
    expect(new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, again.dataKey, ct))).toEqual(
      new Uint8Array([1, 2, 3]),
    );
    expect(await unwrapKeyring(crypto, rewrapped, '1234')).toBeNull();
  });

  it('backs off after five failures: 30 s, then doubling', () => {
    let throttle = noThrottle();
    const waits: (number | null)[] = [];
    for (let i = 0; i < 8; i++) {
      throttle = throttleAfterFailure(throttle, 1_000);
      waits.push(throttle.retryAt === null ? null : throttle.retryAt - 1_000);
    }
    expect(waits).toEqual([null, null, null, null, 30_000, 60_000, 120_000, 240_000]);
  });
});
