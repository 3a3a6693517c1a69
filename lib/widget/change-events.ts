import type { IncidentStore, StoreChange } from '../store/api';
import type { EntryState } from '../store/types';

/** What `vsp-change` tells the host page: which checklist items stand where, never note text. */
export type WidgetChangeDetail =
  | { kind: 'changed'; incidentId: string; itemIds: string[]; items: { itemId: string; state: EntryState }[]; at: number }
  | { kind: 'deleted'; incidentIds: string[]; at: number }
  | { kind: 'cleared'; at: number };

/**
 * Turns the store's change feed into host events. The store says only which incidents changed;
 * the checklist's current state is read back (entries are append-only, the last one per item
 * wins) and announced when the checklist differs from what this widget last announced, so a
 * note being typed does not spam the host with identical checklist events.
 */
export function watchChecklistChanges(store: IncidentStore, emit: (detail: WidgetChangeDetail) => void, now: () => number = Date.now): () => void {
  const announced = new Map<string, string>();
  const onChange = async (change: StoreChange) => {
    if (change.kind === 'cleared') {
      announced.clear();
      emit({ kind: 'cleared', at: now() });
      return;
    }
    if (change.kind === 'deleted') {
      for (const id of change.ids) announced.delete(id);
      emit({ kind: 'deleted', incidentIds: change.ids, at: now() });
      return;
    }
    for (const id of change.ids) {
      const incident = await store.getIncident(id).catch(() => null);
      if (!incident) continue;
      const latest = new Map<string, EntryState>();
      for (const entry of incident.entries) latest.set(entry.itemId, entry.state);
      const items = [...latest].map(([itemId, state]) => ({ itemId, state }));
      const signature = JSON.stringify(items);
      // A new incident with nothing ticked yet (the officer only opened it or typed a note) is no checklist news.
      if (announced.get(id) === signature || (items.length === 0 && !announced.has(id))) continue;
      announced.set(id, signature);
      emit({ kind: 'changed', incidentId: id, itemIds: items.map((item) => item.itemId), items, at: now() });
    }
  };
  return store.onChange((change) => void onChange(change));
}
