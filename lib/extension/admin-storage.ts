import { parseAdminOptions, type AdminOptions, type AdminOptionsState } from '../settings/admin-options';
import { mergeSettings, parseSettingsLayer } from '../settings/merge';
import type { SettingsKey } from '../settings/schema';
import { ADMIN_OPTIONS_KEY, originOf } from '../settings/site-rules';

/** The part of `browser.storage` this needs, injected so tests can pass a fake. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
export interface StorageChangeEvents {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

/** Read-modify-write of the admin options; the change is validated before it is stored. */
export async function updateAdminOptions(area: StorageAreaLike, change: (options: AdminOptions) => AdminOptions): Promise<AdminOptionsState> {
  // One read: the same stored object also holds the other local settings (jurisdiction, languages...).
  const stored = await readStoredObject(area);
  const { options } = parseAdminOptions(stored);
  const next = parseAdminOptions(change(structuredClone(options)));
  if (next.problems.length > 0) throw new Error(next.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '));
  await area.set({ [ADMIN_OPTIONS_KEY]: { ...stored, ...next.options } });
  return next;
}

async function readStoredObject(area: StorageAreaLike): Promise<Record<string, unknown>> {
  const raw = (await area.get(ADMIN_OPTIONS_KEY))[ADMIN_OPTIONS_KEY];
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

/**
 * Sets (or, with `undefined`, clears) local values of department settings such as the
 * jurisdiction. Each value is checked with the same schema as policy; nothing is stored when
 * any is invalid, and the error names the field.
 */
export async function updateLocalSettings(area: StorageAreaLike, patch: Partial<Record<SettingsKey, unknown>>): Promise<void> {
  const toCheck = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  const { problems } = parseSettingsLayer(toCheck, { reportUnknownKeys: true });
  if (problems.length > 0) throw new Error(problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '));
  const next = { ...(await readStoredObject(area)) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  await area.set({ [ADMIN_OPTIONS_KEY]: next });
}

/** Managed storage: Chrome's enterprise policy, Firefox's policies.json (throws when none is set). */
export interface ManagedAreaLike {
  get(keys?: string | null): Promise<Record<string, unknown>>;
}

async function readPolicy(managed: ManagedAreaLike | undefined): Promise<unknown> {
  if (!managed) return undefined;
  try {
    return await managed.get(null);
  } catch {
    return undefined; // Firefox without a policy, or a browser without managed storage.
  }
}

/**
 * What applies: managed policy > local admin options > defaults, per field. Problems name their
 * source ("policy › incidentMappings[2].category") so an administrator knows where to fix them.
 */
export async function loadEffectiveAdminOptions(local: StorageAreaLike, managed: ManagedAreaLike | undefined): Promise<AdminOptionsState> {
  let localRaw: unknown;
  try {
    localRaw = (await local.get(ADMIN_OPTIONS_KEY))[ADMIN_OPTIONS_KEY];
  } catch {
    localRaw = undefined;
  }
  return effectiveAdminState(await readPolicy(managed), localRaw);
}

/** Calls `listener` now and on every change of the admin options or the managed policy. */
export function watchAdminOptions(
  area: StorageAreaLike,
  events: StorageChangeEvents,
  listener: (state: AdminOptionsState) => void,
  managed?: ManagedAreaLike,
): () => void {
  let stopped = false;
  const reload = () => void loadEffectiveAdminOptions(area, managed).then((state) => !stopped && listener(state));
  const onChanged = (changes: Record<string, unknown>, areaName: string) => {
    if ((areaName === 'local' && ADMIN_OPTIONS_KEY in changes) || areaName === 'managed') reload();
  };
  events.addListener(onChanged);
  reload();
  return () => {
    stopped = true;
    events.removeListener(onChanged);
  };
}


/**
 * The panel's view of merged settings from raw policy and local values. Also used by the
 * embeddable widget, whose `config` property plays the part of policy ("config" in problems).
 */
export function effectiveAdminState(policy: unknown, localRaw: unknown, sourceNames: { policy: string; local: string } = { policy: 'policy', local: 'options' }): AdminOptionsState {
  const merged = mergeSettings({ policy, local: localRaw });
  const siteRules: AdminOptions['siteRules'] = {};
  for (const { match, ...rule } of merged.settings.rmsSites) {
    // Wildcard-host patterns have no single origin; the content script matches them itself.
    const origin = match.includes('*.') ? undefined : originOf(match.replace(/\/\*$/, '/'));
    if (origin) siteRules[origin] = rule;
  }
  return {
    options: { mappings: merged.settings.incidentMappings, siteRules, teachTools: merged.settings.teachTools },
    problems: merged.problems.map((problem) => ({
      path: `${problem.source === 'policy' ? sourceNames.policy : sourceNames.local}${problem.path ? ` › ${problem.path}` : ''}`,
      message: problem.message,
    })),
    locked: [...merged.lockedPaths],
    effective: { values: merged.settings as unknown as Record<string, unknown>, sources: merged.sources },
  };
}
