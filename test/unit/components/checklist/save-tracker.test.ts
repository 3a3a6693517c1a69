import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSaveTracker } from '../../../../components/checklist/save-tracker';
import { LockedError, StorageFullError } from '../../../../lib/store';

afterEach(() => vi.useRealTimers());

describe('save tracker', () => {
  it('backs off on a full disk (2 s, 5 s, …) and says Saved when the write finally commits', async () => {
    vi.useFakeTimers();
    const tracker = createSaveTracker(() => 42);
    const attempt = vi.fn().mockRejectedValueOnce(new StorageFullError()).mockRejectedValueOnce(new StorageFullError()).mockResolvedValue(undefined);
    expect(await tracker.run('item:a', attempt, false)).toBe(false);
    expect(tracker.stateOf('item:a')).toMatchObject({ kind: 'failed', reason: 'storage-full', retryInMs: 2000 });
    expect(tracker.storageFull.value).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    expect(tracker.stateOf('item:a')).toMatchObject({ retryInMs: 5000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(tracker.stateOf('item:a')).toEqual({ kind: 'saved', at: 42 });
    expect(attempt).toHaveBeenCalledTimes(3);
    expect(tracker.storageFull.value).toBe(false);
  });

  it('keeps a write made while locked and tries it again on retryNow', async () => {
    const tracker = createSaveTracker();
    const attempt = vi.fn().mockRejectedValueOnce(new LockedError()).mockResolvedValue(undefined);
    await tracker.run('needs', attempt, true);
    expect(tracker.stateOf('needs')).toMatchObject({ kind: 'failed', reason: 'other' });
    tracker.retryNow();
    await vi.waitFor(() => expect(tracker.stateOf('needs').kind).toBe('saved'));
    tracker.clear();
  });

  it('drops an older pending write that a newer one to the same target supersedes', async () => {
    vi.useFakeTimers();
    const tracker = createSaveTracker();
    const older = vi.fn().mockRejectedValue(new StorageFullError());
    await tracker.run('note', older, true);
    const newer = vi.fn().mockResolvedValue(undefined);
    await tracker.run('note', newer, true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(older).toHaveBeenCalledTimes(1);
    expect(tracker.stateOf('note').kind).toBe('saved');
  });

  it('lets only the latest write to a target decide what is shown', async () => {
    const tracker = createSaveTracker();
    let finishFirst!: () => void;
    const first = tracker.run('item:a', () => new Promise<void>((resolve) => (finishFirst = resolve)), false);
    const second = tracker.run('item:a', () => new Promise<void>(() => {}), false);
    finishFirst();
    await first;
    expect(tracker.stateOf('item:a').kind).toBe('saving');
    void second;
  });
});
