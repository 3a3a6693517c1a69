/**
 * Unlocking and PIN changes: first-run key creation, PIN checks with persisted exponential
 * back-off, and the audit trail of every attempt. Returns session keys; holding them (and
 * dropping them on idle) is the lock controller's job.
 */
import type { AuditEntry } from './audit';
import { PinRequiredError, UnlockThrottledError, WrongPinError } from './errors';
import {
  createKeyring,
  noThrottle,
  rewrapKeyring,
  throttleAfterFailure,
  unwrapKeyring,
  type SessionKeys,
  type StoredKeyring,
  type UnlockThrottle,
} from './keys';
import type { RecordBackend } from './records';

export interface UnlockOptions {
  backend: RecordBackend;
  crypto: Crypto;
  now: () => number;
  iterations: number;
  audit: (action: AuditEntry['action'], outcome?: AuditEntry['outcome'], detail?: string) => AuditEntry;
}

export interface Unlocker {
  /** Session keys for `pin` (none in device mode); creates the keys on first use. */
  unlock(pin: string | undefined): Promise<SessionKeys>;
  /** Re-wrap the keys: set (newPin), change, or remove (newPin null) the PIN. */
  changeProtection(currentPin: string | null, newPin: string | null, detail: string): Promise<void>;
}

export function createUnlocker({ backend, crypto, now, iterations, audit }: UnlockOptions): Unlocker {
  /** Refuses without trying the PIN while the back-off from earlier failures is running. */
  async function checkThrottle(): Promise<UnlockThrottle> {
    const { throttle } = await backend.getKeyState();
    if (throttle.retryAt !== null && now() < throttle.retryAt) {
      await backend.appendAudit([audit('failed-unlock', 'failed', 'throttled')]);
      throw new UnlockThrottledError(throttle.retryAt);
    }
    return throttle;
  }

  async function wrongPin(): Promise<never> {
    const next = await backend.updateThrottle(
      (current) => throttleAfterFailure(current, now()),
      [audit('failed-unlock', 'failed', 'wrong-pin')],
    );
    throw new WrongPinError(next.retryAt);
  }

  async function clearFailures(throttle: UnlockThrottle, entries: AuditEntry[]): Promise<void> {
    if (throttle.failures > 0) await backend.updateThrottle(() => noThrottle(), entries);
    else if (entries.length > 0) await backend.appendAudit(entries);
  }

  async function unlockWith(keyring: StoredKeyring, pin: string | null): Promise<SessionKeys> {
    const throttle = await checkThrottle();
    const session = await unwrapKeyring(crypto, keyring, pin);
    if (!session) return wrongPin();
    await clearFailures(throttle, [audit('unlocked')]);
    return session;
  }

  const unlocker: Unlocker = {
    async unlock(pin) {
      const { keyring } = await backend.getKeyState();
      if (!keyring) {
        const created = await createKeyring(crypto, pin || null, iterations);
        const kept = await backend.addKeyring(created.keyring, [audit('unlocked', 'ok', 'new-keys')]);
        // Another panel initialised first: unlock its keys so both panels read the same records.
        return kept === created.keyring ? created.session : unlocker.unlock(pin);
      }
      if (keyring.protection === 'device') return unlockWith(keyring, null);
      if (!pin) throw new PinRequiredError();
      return unlockWith(keyring, pin);
    },

    async changeProtection(currentPin, newPin, detail) {
      const { keyring } = await backend.getKeyState();
      if (!keyring) throw new PinRequiredError();
      const pin = keyring.protection === 'pin' ? currentPin : null;
      if (keyring.protection === 'pin' && !pin) throw new PinRequiredError();
      // Checking the current PIN is a PIN guess like any other: same back-off, same audit.
      const throttle = await checkThrottle();
      const rewrapped = await rewrapKeyring(crypto, keyring, pin, newPin, iterations);
      if (!rewrapped) return wrongPin();
      await clearFailures(throttle, []);
      await backend.replaceKeyring(rewrapped, [audit('changed', 'ok', detail)]);
    },
  };
  return unlocker;
}
