/**
 * Merging a draft into the incident it turns out to be (the case number arrived after work had
 * started, possibly in another panel that already had the number). Nothing either side recorded
 * is dropped: lists are unioned and ordered by time; for needs answers, which carry no
 * timestamps, the side changed more recently wins.
 */
import type { CategoryId } from '../taxonomy';
import type { ChecklistEntry, Incident } from './types';

function union<T>(...lists: T[][]): T[] {
  return [...new Set(lists.flat())];
}

function byId<T extends { id: string; at?: number }>(a: T[], b: T[]): T[] {
  const merged = new Map<string, T>();
  for (const item of [...a, ...b]) if (!merged.has(item.id)) merged.set(item.id, item);
  return [...merged.values()];
}

function entryIdentity(entry: ChecklistEntry): string {
  return JSON.stringify([entry.itemId, entry.state, entry.at, entry.details ?? null]);
}

export function mergeIncidents(existing: Incident, draft: Incident, id: string, at: number): Incident {
  const [older, newer] = existing.updatedAt <= draft.updatedAt ? [existing, draft] : [draft, existing];
  const anyCorrection = existing.categories.corrected !== null || draft.categories.corrected !== null;
  const effective = (incident: Incident): CategoryId[] =>
    incident.categories.corrected ?? incident.categories.recognised;

  const entries = new Map<string, ChecklistEntry>();
  for (const entry of [...existing.entries, ...draft.entries]) entries.set(entryIdentity(entry), entry);

  const merged: Incident = {
    id,
    createdAt: Math.min(existing.createdAt, draft.createdAt),
    updatedAt: at,
    categories: {
      recognised: union(existing.categories.recognised, draft.categories.recognised),
      corrected: anyCorrection ? union(effective(existing), effective(draft)) : null,
    },
    entries: [...entries.values()].sort((a, b) => a.at - b.at),
    notes: byId(existing.notes, draft.notes).sort((a, b) => a.at - b.at),
    needs: { ...older.needs, ...newer.needs },
    followUps: byId(existing.followUps, draft.followUps),
  };
  const officerLabel = newer.officerLabel ?? older.officerLabel;
  if (officerLabel !== undefined) merged.officerLabel = officerLabel;
  return merged;
}
