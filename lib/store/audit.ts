/**
 * The local audit log: who-did-what without the what. Entries name an incident only by its
 * record key (the HMAC of the case number), never the case number, notes or victim details, so
 * the log can be exported to a supervisor as is.
 */
import { toCsv } from './csv';

export const AUDIT_ACTIONS = [
  'created',
  'viewed',
  'changed',
  'exported',
  'printed',
  'deleted',
  'unlocked',
  'failed-unlock',
  'purged',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditOutcome = 'ok' | 'failed';

export interface AuditEntry {
  /** Assigned by the store (auto-increment), in write order. */
  seq?: number;
  at: number;
  action: AuditAction;
  /** Record key (HMAC), or null for store-wide events (unlock, export of counts). */
  incidentKey: string | null;
  outcome: AuditOutcome;
  /** A short code from this module's callers (e.g. 'wrong-pin', 'retention'); never user text. */
  detail?: string;
}

export function auditEntry(
  at: number,
  action: AuditAction,
  incidentKey: string | null,
  outcome: AuditOutcome = 'ok',
  detail?: string,
): AuditEntry {
  const entry: AuditEntry = { at, action, incidentKey, outcome };
  if (detail !== undefined) entry.detail = detail;
  return entry;
}

export function auditToJson(entries: readonly AuditEntry[]): string {
  return JSON.stringify(
    entries.map((entry) => ({
      time: new Date(entry.at).toISOString(),
      action: entry.action,
      incidentKey: entry.incidentKey,
      outcome: entry.outcome,
      detail: entry.detail ?? null,
    })),
    null,
    2,
  );
}

export function auditToCsv(entries: readonly AuditEntry[]): string {
  return toCsv(
    ['time', 'action', 'incident_key', 'outcome', 'detail'],
    entries.map((entry) => [
      new Date(entry.at).toISOString(),
      entry.action,
      entry.incidentKey,
      entry.outcome,
      entry.detail,
    ]),
  );
}
