/**
 * What an incident is, in memory and inside the ciphertext. The zod schemas check decrypted
 * payloads, so a record written by a buggy or older build fails loudly instead of half-loading.
 */
import * as z from '../zod';
import { CATEGORY_IDS, type CategoryId } from '../taxonomy';

export const ENTRY_STATES = ['done', 'not-done', 'declined', 'n/a'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

export type DetailValue = string | number | boolean | string[];

/**
 * One tick, appended, never edited: the item's current state is its latest entry, and the
 * history shows what was done when (and from which panel).
 * Examples of details: rights read {scriptId, version, language}; referral given
 * {referralId, name, type?}; interpreter {language, professional}; consent {who, scope, expires}.
 */
export interface ChecklistEntry {
  itemId: string;
  state: EntryState;
  at: number;
  details?: Record<string, DetailValue>;
}

export interface Note {
  id: string;
  at: number;
  text: string;
}

export interface FollowUp {
  id: string;
  /** ISO date (YYYY-MM-DD) the follow-up is due. */
  due: string;
  what: string;
  done: boolean;
}

export type NeedsAnswer = DetailValue;

export interface IncidentCategories {
  /** What the classifier recognised from the page. */
  recognised: CategoryId[];
  /** The officer's correction; replaces `recognised` when set. */
  corrected: CategoryId[] | null;
}

export interface Incident {
  /** The case/report number, or `draft-<random>` until one is known. */
  id: string;
  createdAt: number;
  updatedAt: number;
  officerLabel?: string;
  categories: IncidentCategories;
  entries: ChecklistEntry[];
  notes: Note[];
  needs: Record<string, NeedsAnswer>;
  followUps: FollowUp[];
}

/** The small decrypted view kept per record for listing and search. */
export interface IncidentSummary {
  id: string;
  /** The IndexedDB key: HMAC of `id`, the only identifier that may appear in logs. */
  key: string;
  isDraft: boolean;
  createdAt: number;
  updatedAt: number;
  categories: CategoryId[];
  officerLabel?: string;
  entryCount: number;
  noteCount: number;
  openFollowUps: number;
}

export const DRAFT_PREFIX = 'draft-';

/** A case number as stored and compared: trimmed, inner runs of spaces folded to one. */
export function normaliseCaseNumber(caseNumber: string): string {
  return caseNumber.trim().replace(/\s+/g, ' ');
}

export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFT_PREFIX);
}

export function effectiveCategories(categories: IncidentCategories): CategoryId[] {
  return categories.corrected ?? categories.recognised;
}

export function blankIncident(id: string, at: number): Incident {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    categories: { recognised: [], corrected: null },
    entries: [],
    notes: [],
    needs: {},
    followUps: [],
  };
}

export function summarise(incident: Incident, key: string): IncidentSummary {
  const summary: IncidentSummary = {
    id: incident.id,
    key,
    isDraft: isDraftId(incident.id),
    createdAt: incident.createdAt,
    updatedAt: incident.updatedAt,
    categories: effectiveCategories(incident.categories),
    entryCount: incident.entries.length,
    noteCount: incident.notes.length,
    openFollowUps: incident.followUps.filter((followUp) => !followUp.done).length,
  };
  if (incident.officerLabel !== undefined) summary.officerLabel = incident.officerLabel;
  return summary;
}

const categoryId = z.enum(CATEGORY_IDS);
const detailValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
const nonEmpty = () => z.string().check(z.minLength(1));

export const checklistEntrySchema = z.object({
  itemId: nonEmpty(),
  state: z.enum(ENTRY_STATES),
  at: z.number(),
  details: z.optional(z.record(z.string(), detailValue)),
});

export const noteSchema = z.object({ id: z.string(), at: z.number(), text: z.string() });

export const followUpSchema = z.object({
  id: z.string(),
  due: z.string(),
  what: z.string(),
  done: z.boolean(),
});

/** Body as v1 wrote it: notes lived in their own object store. */
export const incidentBodyV1Schema = z.object({
  id: nonEmpty(),
  createdAt: z.number(),
  updatedAt: z.number(),
  officerLabel: z.optional(z.string()),
  categories: z.object({ recognised: z.array(categoryId), corrected: z.nullable(z.array(categoryId)) }),
  entries: z.array(checklistEntrySchema),
  needs: z.record(z.string(), detailValue),
  followUps: z.array(followUpSchema),
});

export const incidentSchema = z.extend(incidentBodyV1Schema, { notes: z._default(z.array(noteSchema), []) });

export const notesSchema = z.array(noteSchema);

export const summarySchema = z.object({
  id: nonEmpty(),
  key: z.string(),
  isDraft: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
  categories: z.array(categoryId),
  officerLabel: z.optional(z.string()),
  entryCount: z.number(),
  noteCount: z.number(),
  openFollowUps: z.number(),
});

export function checkIncident(value: unknown): Incident {
  return incidentSchema.parse(value);
}

export function checkSummary(value: unknown): IncidentSummary {
  return summarySchema.parse(value);
}
