/**
 * The public shape of the incident store: what the panel and the widget program against, and
 * what both the IndexedDB and the memory store implement.
 */
import type { CategoryId } from '../taxonomy';
import type { AuditEntry } from './audit';
import type { CountOptions } from './report-counts';
import type { ChecklistEntry, Incident, IncidentSummary, NeedsAnswer } from './types';

/** The subset of BroadcastChannel the store uses, so tests and other hosts can supply their own. */
export interface BroadcastLike {
  postMessage(message: unknown): void;
  close(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
export type BroadcastConstructor = new (name: string) => BroadcastLike;

/** What listeners hear. `ids` holds the case numbers this panel could decrypt (when unlocked). */
export type StoreChange =
  | { kind: 'changed' | 'deleted'; keys: string[]; ids: string[] }
  | { kind: 'cleared' };

export interface StoreStatus {
  locked: boolean;
  /** False until the first unlock creates the keys. */
  initialised: boolean;
  pinSet: boolean;
  /** Epoch ms before which a PIN attempt is refused, or null. */
  retryAt: number | null;
  persistent: boolean;
}

export interface NewIncident {
  caseNumber?: string;
  categories?: CategoryId[];
  officerLabel?: string;
}

export type EntryInput = Omit<ChecklistEntry, 'at'> & { at?: number };

export interface IncidentStore {
  /** False for the in-memory fallback: nothing survives closing the panel. */
  readonly persistent: boolean;

  status(): Promise<StoreStatus>;
  /** First call creates the keys (PIN-protected when `pin` is given). */
  unlock(pin?: string): Promise<void>;
  lock(): void;
  isLocked(): boolean;
  onLockChange(listener: (locked: boolean) => void): () => void;
  /** UI activity that should postpone auto-lock. */
  touch(): void;
  /** Set or change the department PIN (current PIN needed when one is set). */
  setPin(newPin: string, currentPin?: string): Promise<void>;
  removePin(currentPin: string): Promise<void>;

  createIncident(init?: NewIncident): Promise<Incident>;
  getIncident(id: string): Promise<Incident | null>;
  /** Read-modify-write; creates the incident when it does not exist yet. */
  updateIncident(id: string, change: (incident: Incident) => Incident | void): Promise<Incident>;
  appendEntry(id: string, entry: EntryInput): Promise<Incident>;
  addNote(id: string, text: string): Promise<Incident>;
  setCategories(id: string, categories: { recognised?: CategoryId[]; corrected?: CategoryId[] | null }): Promise<Incident>;
  setNeeds(id: string, answers: Record<string, NeedsAnswer>): Promise<Incident>;
  addFollowUp(id: string, followUp: { due: string; what: string }): Promise<Incident>;
  setFollowUpDone(id: string, followUpId: string, done: boolean): Promise<Incident>;
  /** The draft becomes (or is merged into) the incident with this case number. */
  renameIncident(draftId: string, caseNumber: string): Promise<Incident>;
  deleteIncident(id: string): Promise<boolean>;
  /** For records listed as corrupted, which have no readable id. */
  deleteRecord(key: string): Promise<boolean>;
  /** Restore or bulk-load: overwrites incidents with the same id. */
  importIncidents(incidents: Incident[]): Promise<void>;

  listIncidents(): Promise<{ incidents: IncidentSummary[]; corrupted: string[] }>;
  searchIncidents(query: string): Promise<IncidentSummary[]>;

  recordAction(id: string, action: 'exported' | 'printed'): Promise<void>;
  purgeExpired(now?: number, retentionDays?: number): Promise<{ purged: number }>;
  deleteEverything(): Promise<void>;
  auditLog(): Promise<AuditEntry[]>;
  exportAudit(format: 'csv' | 'json'): Promise<string>;
  exportMonthlyCounts(options?: CountOptions): Promise<string>;

  onChange(listener: (change: StoreChange) => void): () => void;
  close(): void;
}
