import { DEFAULT_ADMIN_OPTIONS, parseAdminOptions, type AdminOptions, type AdminOptionsState } from '../settings/admin-options';
import { ADMIN_OPTIONS_KEY } from '../settings/site-rules';

/** The part of `browser.storage` this needs, injected so tests can pass a fake. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
export interface StorageChangeEvents {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

export async function loadAdminOptions(area: StorageAreaLike): Promise<AdminOptionsState> {
  try {
    const stored = await area.get(ADMIN_OPTIONS_KEY);
    return parseAdminOptions(stored[ADMIN_OPTIONS_KEY]);
  } catch (error) {
    return { options: DEFAULT_ADMIN_OPTIONS, problems: [{ path: '', message: `could not read saved options: ${String(error)}` }] };
  }
}

/** Read-modify-write of the admin options; the change is validated before it is stored. */
export async function updateAdminOptions(area: StorageAreaLike, change: (options: AdminOptions) => AdminOptions): Promise<AdminOptionsState> {
  const { options } = await loadAdminOptions(area);
  const next = parseAdminOptions(change(structuredClone(options)));
  if (next.problems.length > 0) throw new Error(next.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '));
  await area.set({ [ADMIN_OPTIONS_KEY]: next.options });
  return next;
}

/** Calls `listener` now and on every change of the stored admin options. */
export function watchAdminOptions(area: StorageAreaLike, events: StorageChangeEvents, listener: (state: AdminOptionsState) => void): () => void {
  let stopped = false;
  const reload = () => void loadAdminOptions(area).then((state) => !stopped && listener(state));
  const onChanged = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'local' && ADMIN_OPTIONS_KEY in changes) reload();
  };
  events.addListener(onChanged);
  reload();
  return () => {
    stopped = true;
    events.removeListener(onChanged);
  };
}
