/**
 * Retention: incidents are deleted a fixed number of days after their last change. Runs on the
 * plaintext `updatedAt` index, so it works while locked and never decrypts anything.
 */
import { auditEntry } from './audit';
import type { RecordBackend } from './records';

export const DEFAULT_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionCutoff(now: number, retentionDays: number): number {
  if (!(retentionDays >= 0)) throw new RangeError('retentionDays must be zero or more');
  return now - retentionDays * DAY_MS;
}

/** Deletes (with one 'purged' audit entry each) and returns the keys of expired incidents. */
export function purgeExpiredRecords(
  backend: RecordBackend,
  now: number,
  retentionDays = DEFAULT_RETENTION_DAYS,
): Promise<string[]> {
  const cutoff = retentionCutoff(now, retentionDays);
  return backend.deleteUpdatedBefore(cutoff, (key) =>
    auditEntry(now, 'purged', key, 'ok', `retention-${retentionDays}d`),
  );
}
