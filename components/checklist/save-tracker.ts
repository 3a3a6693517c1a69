import { computed, signal, type ReadonlySignal } from '@preact/signals';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'failed'; reason: 'storage-full' | 'other'; message: string; retryInMs?: number };

const IDLE: SaveState = { kind: 'idle' };
/** Back-off for writes refused because the disk is full: soon at first, then less often. */
export const RETRY_STEPS_MS = [2_000, 5_000, 10_000, 30_000] as const;
/** Store errors after which the same write may well succeed later (space freed, unlocked). */
const RETRYABLE = new Set(['storage-full', 'locked']);

export interface SaveTracker {
  /** Per target ("item:<id>", "note", "needs", "follow-ups"): what the officer sees next to it. */
  readonly states: ReadonlySignal<ReadonlyMap<string, SaveState>>;
  /** Some write is waiting for disk space. */
  readonly storageFull: ReadonlySignal<boolean>;
  stateOf(target: string): SaveState;
  set(target: string, state: SaveState): void;
  /**
   * Runs a write and reports it: "saving", then "saved" only when `attempt` resolved (the store
   * committed). A retryable failure keeps the write and tries again with back-off; `supersede`
   * drops an older pending write to the same target (a newer note text, newer needs answers).
   */
  run(target: string, attempt: () => Promise<void>, supersede: boolean): Promise<boolean>;
  /** Tries every kept write now (the officer freed space, or the store was unlocked). */
  retryNow(): void;
  /** Forgets kept writes (the incident was deleted, or the panel closed). */
  clear(): void;
}

interface Pending {
  target: string;
  attempt: () => Promise<void>;
  failures: number;
  timer: ReturnType<typeof setTimeout>;
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export function createSaveTracker(now: () => number = Date.now): SaveTracker {
  const states = signal<ReadonlyMap<string, SaveState>>(new Map());
  const pending = new Map<number, Pending>();
  // The latest run per target decides what is shown, so an older write finishing late cannot
  // say "Saved" over a newer one still on its way.
  const latest = new Map<string, number>();
  let sequence = 0;

  const set = (target: string, state: SaveState) => {
    states.value = new Map(states.value).set(target, state);
  };

  const attemptOnce = async (token: number, target: string, attempt: () => Promise<void>, failures: number): Promise<boolean> => {
    const shows = () => latest.get(target) === token;
    try {
      await attempt();
      if (shows()) set(target, { kind: 'saved', at: now() });
      return true;
    } catch (error) {
      const code = codeOf(error);
      const message = error instanceof Error ? error.message : String(error);
      if (code && RETRYABLE.has(code)) {
        const retryInMs = RETRY_STEPS_MS[Math.min(failures, RETRY_STEPS_MS.length - 1)]!;
        const timer = setTimeout(() => {
          pending.delete(token);
          void attemptOnce(token, target, attempt, failures + 1);
        }, retryInMs);
        pending.set(token, { target, attempt, failures: failures + 1, timer });
        if (shows()) set(target, { kind: 'failed', reason: code === 'storage-full' ? 'storage-full' : 'other', message, retryInMs });
      } else if (shows()) {
        set(target, { kind: 'failed', reason: 'other', message });
      }
      return false;
    }
  };

  return {
    states,
    storageFull: computed(() => [...states.value.values()].some((state) => state.kind === 'failed' && state.reason === 'storage-full')),
    stateOf: (target) => states.value.get(target) ?? IDLE,
    set,
    run(target, attempt, supersede) {
      if (supersede) {
        for (const [token, kept] of pending) {
          if (kept.target !== target) continue;
          clearTimeout(kept.timer);
          pending.delete(token);
        }
      }
      const token = ++sequence;
      latest.set(target, token);
      set(target, { kind: 'saving' });
      return attemptOnce(token, target, attempt, 0);
    },
    retryNow() {
      for (const [token, kept] of [...pending]) {
        clearTimeout(kept.timer);
        pending.delete(token);
        if (latest.get(kept.target) === token) set(kept.target, { kind: 'saving' });
        void attemptOnce(token, kept.target, kept.attempt, kept.failures);
      }
    },
    clear() {
      for (const kept of pending.values()) clearTimeout(kept.timer);
      pending.clear();
      latest.clear();
      states.value = new Map();
    },
  };
}
