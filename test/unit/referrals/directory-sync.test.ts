import { describe, expect, it, vi } from 'vitest';
import { syncDirectory, type DirectorySyncDeps, type SyncState } from '../../../lib/referrals/directory-sync';
import { generateServices } from '../../../lib/referrals';
import type { Directory } from '../../../lib/referrals/model';

const URL = 'https://dept.example/hsds.json';
const body = JSON.stringify(generateServices(3, 9));

function deps(setting: DirectorySyncDeps['setting'], responses: ({ status: number; etag?: string; text?: string } | Error)[], now = new Date('2026-11-22T10:00:00Z')) {
  let saved: Directory | null = null;
  let state: SyncState = {};
  const fetch = vi.fn(async (_url: string, _init: { headers: Record<string, string> }) => {
    const next = responses.shift()!;
    if (next instanceof Error) throw next;
    return { status: next.status, headers: { get: (name: string) => (name === 'etag' ? (next.etag ?? null) : null) }, text: async () => next.text ?? '' };
  });
  const d: DirectorySyncDeps = {
    setting,
    load: async () => saved,
    save: vi.fn(async (directory: Directory) => void (saved = directory)),
    readState: async () => state,
    writeState: async (next) => void (state = next),
    fetch,
    now: () => now,
  };
  return { d, fetch, saved: () => saved, state: () => state, setNow: (at: Date) => (d.now = () => at) };
}

describe('department directory sync', () => {
  it('downloads once a day with the ETag, keeps the copy on 304, and refetches on demand', async () => {
    const t = deps({ directoryUrl: URL }, [{ status: 200, etag: '"v1"', text: body }, { status: 304 }]);
    expect((await syncDirectory(t.d)).lastOutcome).toBe('replaced');
    expect(t.saved()!.referrals).toHaveLength(3);
    expect(t.saved()!.etag).toBe('"v1"');
    // Same day: no request at all.
    await syncDirectory(t.d);
    expect(t.fetch).toHaveBeenCalledTimes(1);
    // On demand: a conditional request, answered "not modified".
    expect((await syncDirectory(t.d, { force: true })).lastOutcome).toBe('unchanged');
    expect(t.fetch.mock.calls[1]![1].headers).toEqual({ 'If-None-Match': '"v1"' });
  });

  it('never replaces a good directory with a bad download, and keeps it offline', async () => {
    const t = deps({ directoryUrl: URL }, [{ status: 200, text: body }, { status: 200, text: '<html>login</html>' }, new Error('Failed to fetch'), { status: 500 }]);
    await syncDirectory(t.d);
    const good = t.saved();
    for (let i = 0; i < 3; i++) {
      const state = await syncDirectory(t.d, { force: true });
      expect(state.lastOutcome).toBe('rejected');
      expect(state.lastError).toBeTruthy();
      expect(t.saved()).toBe(good);
    }
  });

  it('applies inline services from the policy itself, without any request', async () => {
    const t = deps({ services: JSON.parse(body) }, []);
    expect((await syncDirectory(t.d)).lastOutcome).toBe('inline');
    expect(t.saved()!.referrals).toHaveLength(3);
    expect(t.fetch).not.toHaveBeenCalled();
  });

  it('does nothing without a directory setting', async () => {
    const t = deps(undefined, []);
    await syncDirectory(t.d);
    expect(t.fetch).not.toHaveBeenCalled();
    expect(t.saved()).toBeNull();
  });
});
