import type { ChecklistEntry, Incident } from '../store/types';

/** What is shown for one item: its latest entry, and (for referrals) one entry per referral. */
export interface ItemState {
  latest?: ChecklistEntry;
  /** Latest entry per subject (referralId), for items ticked once per referral. */
  subjects: ChecklistEntry[];
}

/** Entries are appended, never edited: an item's state is its latest entry. */
export function itemStates(incident: Incident | null): Map<string, ItemState> {
  const states = new Map<string, ItemState>();
  if (!incident) return states;
  const bySubject = new Map<string, Map<string, ChecklistEntry>>();
  for (const entry of [...incident.entries].sort((a, b) => a.at - b.at)) {
    const state = states.get(entry.itemId) ?? { subjects: [] };
    state.latest = entry;
    states.set(entry.itemId, state);
    const subject = entry.details?.['referralId'];
    if (typeof subject === 'string') {
      const subjects = bySubject.get(entry.itemId) ?? new Map<string, ChecklistEntry>();
      subjects.set(subject, entry);
      bySubject.set(entry.itemId, subjects);
    }
  }
  for (const [itemId, subjects] of bySubject) states.get(itemId)!.subjects = [...subjects.values()];
  return states;
}
