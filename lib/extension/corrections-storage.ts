import { isCategoryId, type CategoryId } from '../taxonomy';
import type { StorageAreaLike, StorageChangeEvents } from './admin-storage';

/**
 * Category corrections live in storage.session: shared by the side panel and a popped-out
 * panel, kept while the browser runs, never written to disk. (The encrypted incident store will
 * take them over with the rest of the incident record.)
 */
export const CORRECTIONS_KEY = 'vsp.corrections';
const MAX_ENTRIES = 200;

type Corrections = Record<string, CategoryId[]>;

function clean(raw: unknown): Corrections {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Corrections = {};
  for (const [key, value] of Object.entries(raw).slice(-MAX_ENTRIES)) {
    if (typeof key === 'string' && key.length <= 300 && Array.isArray(value)) {
      const ids = value.filter(isCategoryId);
      if (ids.length > 0) out[key] = ids;
    }
  }
  return out;
}

export function watchCorrections(area: StorageAreaLike, events: StorageChangeEvents, listener: (corrections: Corrections) => void): () => void {
  let stopped = false;
  const load = () =>
    area
      .get(CORRECTIONS_KEY)
      .then((items) => !stopped && listener(clean(items[CORRECTIONS_KEY])))
      .catch(() => !stopped && listener({}));
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'session' && CORRECTIONS_KEY in changes) listener(clean(changes[CORRECTIONS_KEY]!.newValue));
  };
  events.addListener(onChanged);
  void load();
  return () => {
    stopped = true;
    events.removeListener(onChanged);
  };
}

export async function saveCorrection(area: StorageAreaLike, key: string, categories: CategoryId[] | undefined): Promise<void> {
  const items = await area.get(CORRECTIONS_KEY);
  const current = clean(items[CORRECTIONS_KEY]);
  delete current[key];
  if (categories && categories.length > 0) current[key] = categories;
  await area.set({ [CORRECTIONS_KEY]: current });
}
