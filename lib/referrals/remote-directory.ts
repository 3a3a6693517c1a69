/**
 * Decisions for a directory the department hosts at a URL. The extension does the HTTP request;
 * these functions decide when to ask and whether what came back may replace what we have. The
 * rule that matters: a bad download never replaces a good directory.
 */
import { commitImport } from './directory';
import { importHsdsJson } from './import-hsds-json';
import type { Directory, ImportPreview } from './model';

const DAY_MS = 24 * 60 * 60 * 1000;

/** At most once a day, unless the officer or admin asks for it now. */
export function shouldFetch(lastFetch: Date | undefined | null, now: Date, options: { force?: boolean } = {}): boolean {
  if (options.force) return true;
  if (!lastFetch || Number.isNaN(lastFetch.getTime())) return true;
  // A clock that went backwards would otherwise block updates until it caught up.
  if (lastFetch.getTime() > now.getTime()) return true;
  return now.getTime() - lastFetch.getTime() >= DAY_MS;
}

export interface DownloadResponse {
  status: number;
  etag?: string;
  bodyText: string;
}

export type DownloadOutcome =
  | { kind: 'unchanged'; directory: Directory }
  | { kind: 'replaced'; directory: Directory; preview: ImportPreview }
  | { kind: 'rejected'; error: string; directory: Directory | undefined; preview?: ImportPreview };

export function applyDownload(
  previousGood: Directory | undefined,
  response: DownloadResponse,
  options: { url?: string; now?: Date } = {},
): DownloadOutcome {
  const now = options.now ?? new Date();
  const keep = (error: string, preview?: ImportPreview): DownloadOutcome => ({
    kind: 'rejected',
    error: previousGood ? `${error} Keeping the directory from ${previousGood.importedAt.slice(0, 10)}.` : error,
    directory: previousGood,
    ...(preview ? { preview } : {}),
  });

  if (response.status === 304) {
    if (previousGood) return { kind: 'unchanged', directory: previousGood };
    return keep('The server said the directory has not changed, but there is no saved copy; fetch again without an ETag.');
  }
  if (response.status < 200 || response.status >= 300) {
    return keep(`The directory server answered ${response.status}.`);
  }
  if (response.bodyText.trim() === '') return keep('The directory download was empty.');

  const preview = importHsdsJson(response.bodyText, { kind: 'remote', ...(options.url ? { url: options.url } : {}) });
  if (preview.fatal) return keep(`The downloaded directory could not be read: ${preview.fatal}`, preview);
  if (preview.valid.length === 0) {
    return keep(`The downloaded directory has no usable services (${preview.invalid.length} invalid).`, preview);
  }
  const base = previousGood ?? { referrals: [], importedAt: now.toISOString(), source: { kind: 'empty' as const } };
  const committed = commitImport(base, preview, now, response.etag ? { etag: response.etag } : {});
  if (!committed.ok) return keep(committed.error, preview);
  return { kind: 'replaced', directory: committed.directory, preview };
}

/** "last updated 3 days ago", for the directory's footer. */
export function directoryAge(directory: Directory, now: Date): { milliseconds: number; text: string } {
  const milliseconds = Math.max(0, now.getTime() - Date.parse(directory.importedAt));
  const minutes = Math.floor(milliseconds / 60_000);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;
  let ago: string;
  if (minutes < 1) ago = 'just now';
  else if (hours < 1) ago = plural(minutes, 'minute');
  else if (days < 1) ago = plural(hours, 'hour');
  else ago = plural(days, 'day');
  return { milliseconds, text: `last updated ${ago}` };
}
