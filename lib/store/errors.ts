/**
 * Typed failures the panel can show in plain words. Each has a stable `code` so the UI does not
 * depend on message text or on `instanceof` across bundles.
 */

export class StoreError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The disk quota is used up. Nothing was written; the caller still holds its input and can retry. */
export class StorageFullError extends StoreError {
  constructor(cause?: unknown) {
    super('storage-full', 'The device storage for the panel is full. Your entry was not saved.', { cause });
  }
}

/** IndexedDB cannot be opened here (private window, disabled storage). Use the memory store. */
export class StorageUnavailableError extends StoreError {
  constructor(cause?: unknown) {
    super('storage-unavailable', 'Saved incidents are not available in this window.', { cause });
  }
}

/** A newer version of the panel upgraded the database; this copy must be reloaded. */
export class StoreOutdatedError extends StoreError {
  constructor(cause?: unknown) {
    super('store-outdated', 'The panel was updated in another window. Reload it to continue.', { cause });
  }
}

/** Upgrading the saved data failed; the database was left at its old version, untouched. */
export class MigrationFailedError extends StoreError {
  constructor(cause?: unknown) {
    super('migration-failed', 'Saved incidents could not be upgraded. They are unchanged; contact support.', {
      cause,
    });
  }
}

export class LockedError extends StoreError {
  constructor() {
    super('locked', 'Incidents are locked. Unlock to continue.');
  }
}

export class PinRequiredError extends StoreError {
  constructor() {
    super('pin-required', 'Enter the department PIN to unlock.');
  }
}

export class WrongPinError extends StoreError {
  /** When the next attempt is allowed (epoch ms), or null when it may be retried at once. */
  readonly retryAt: number | null;
  constructor(retryAt: number | null) {
    super('wrong-pin', 'That PIN is not correct.');
    this.retryAt = retryAt;
  }
}

/** Too many wrong PINs: attempts are refused until `retryAt` without trying the PIN. */
export class UnlockThrottledError extends StoreError {
  readonly retryAt: number;
  constructor(retryAt: number) {
    super('unlock-throttled', 'Too many wrong PINs. Wait before trying again.');
    this.retryAt = retryAt;
  }
}

/** A record whose ciphertext no longer decrypts (damaged, or written under another key). */
export class CorruptedRecordError extends StoreError {
  readonly key: string;
  constructor(key: string, cause?: unknown) {
    super('corrupted-record', 'This incident record is damaged and cannot be read.', { cause });
    this.key = key;
  }
}

/** Another panel kept changing the same incident; the change was not applied. */
export class ConflictError extends StoreError {
  constructor() {
    super('conflict', 'The incident kept changing in another window. Try again.');
  }
}

export class NotFoundError extends StoreError {
  constructor() {
    super('not-found', 'No such incident.');
  }
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : undefined;
}

/** Quota failures surface either from put() or as the transaction's abort reason. */
export function isQuotaError(error: unknown): boolean {
  if (errorName(error) === 'QuotaExceededError') return true;
  const cause = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
  return cause !== undefined && errorName(cause) === 'QuotaExceededError';
}

export function isVersionError(error: unknown): boolean {
  return errorName(error) === 'VersionError';
}

/** Map a raw IndexedDB failure to the typed error the UI understands; others pass through. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) return new StorageFullError(error);
  if (isVersionError(error)) return new StoreOutdatedError(error);
  return error;
}
