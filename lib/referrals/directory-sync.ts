import { commitImport, emptyDirectory } from './directory';
import { importHsdsJson } from './import-hsds-json';
import { applyDownload, shouldFetch } from './remote-directory';
import type { Directory } from './model';
import type { ReferralDirectorySetting } from '../settings/schema';

/**
 * Keeps the department directory in step with policy: inline HSDS services from the policy itself,
 * or a department-hosted HSDS JSON file downloaded at most daily (and on demand) with its ETag.
 * This is the only network request the extension ever makes (the widget too, beside its own
 * files), and only to the URL the department configured. A bad download never replaces a good
 * directory; offline, the last good copy stays. Hosts keep the state: the extension in storage,
 * the widget in memory (so it asks once per page load, with the ETag).
 */
export const DIRECTORY_SYNC_KEY = 'vsp.directorySync';
export const DIRECTORY_ALARM = 'vsp-directory';

export interface SyncState {
  url?: string;
  lastFetch?: string;
  lastError?: string;
  lastOutcome?: 'replaced' | 'unchanged' | 'rejected' | 'inline';
}

export interface DirectorySyncDeps {
  setting: ReferralDirectorySetting | undefined;
  load(): Promise<Directory | null>;
  save(directory: Directory): Promise<void>;
  readState(): Promise<SyncState>;
  writeState(state: SyncState): Promise<void>;
  fetch(url: string, init: { headers: Record<string, string>; cache: 'no-store' }): Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;
  now?: () => Date;
}

export async function syncDirectory(deps: DirectorySyncDeps, options: { force?: boolean } = {}): Promise<SyncState> {
  const now = deps.now?.() ?? new Date();
  const setting = deps.setting;
  if (!setting) return deps.readState();

  if (setting.services) {
    // Inline services: the policy is the source; re-applied whenever it changes.
    const preview = importHsdsJson(setting.services, { kind: 'hsds-json', name: 'policy' });
    const previous = (await deps.load()) ?? emptyDirectory();
    const committed = commitImport(previous, preview, now);
    const state: SyncState = committed.ok ? { lastOutcome: 'inline', lastFetch: now.toISOString() } : { lastOutcome: 'rejected', lastError: committed.error };
    if (committed.ok && JSON.stringify(committed.directory.referrals) !== JSON.stringify(previous.referrals)) await deps.save(committed.directory);
    await deps.writeState(state);
    return state;
  }

  const url = setting.directoryUrl!;
  const state = await deps.readState();
  const sameUrl = state.url === url;
  if (sameUrl && !shouldFetch(state.lastFetch ? new Date(state.lastFetch) : null, now, options)) return state;
  const previous = (await deps.load()) ?? undefined;
  const etag = sameUrl && previous?.source.kind === 'remote' ? previous.etag : undefined;
  let next: SyncState;
  try {
    const response = await deps.fetch(url, { headers: etag ? { 'If-None-Match': etag } : {}, cache: 'no-store' });
    const outcome = applyDownload(previous, { status: response.status, bodyText: response.status === 304 ? '' : await response.text(), ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}) }, { url, now });
    if (outcome.kind === 'replaced') await deps.save(outcome.directory);
    next = { url, lastFetch: now.toISOString(), lastOutcome: outcome.kind, ...(outcome.kind === 'rejected' ? { lastError: outcome.error } : {}) };
  } catch (error) {
    // Offline or refused: keep the last good copy and try again at the next chance.
    next = { url, ...(sameUrl && state.lastFetch ? { lastFetch: state.lastFetch } : {}), lastOutcome: 'rejected', lastError: `Could not download the directory (${error instanceof Error ? error.message : String(error)}).` };
  }
  await deps.writeState(next);
  return next;
}
