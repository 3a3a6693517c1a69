/**
 * Auto-lock: holds the unwrapped keys and drops them after a quiet period, so a panel left open
 * in a patrol car stops showing victims' details. Time and timers are injected so tests drive it
 * with fake timers and the store stays free of globals.
 */
import { LockedError } from './errors';

export const DEFAULT_IDLE_MINUTES = 30;

export interface LockControllerOptions {
  idleMinutes?: number;
  now: () => number;
  /** Schedule `callback` after `ms`; return a function that cancels it. */
  setTimer: (callback: () => void, ms: number) => () => void;
}

export interface LockController<Keys> {
  isLocked(): boolean;
  unlock(keys: Keys): void;
  lock(): void;
  /** The keys for one operation, counting as activity. Throws LockedError when locked. */
  use(): Keys;
  /** Activity that does not need the keys (typing, scrolling). */
  touch(): void;
  /** Called with the new state on every lock/unlock; returns an unsubscribe function. */
  subscribe(listener: (locked: boolean) => void): () => void;
}

export function createLockController<Keys>(options: LockControllerOptions): LockController<Keys> {
  const idleMs = (options.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
  const listeners = new Set<(locked: boolean) => void>();
  let keys: Keys | null = null;
  let lastActivity = 0;
  let cancelTimer: (() => void) | null = null;

  const notify = () => {
    for (const listener of listeners) listener(keys === null);
  };

  // One timer per idle period rather than one per activity: on expiry it re-arms for whatever
  // is left since the last activity, so frequent ticks cost nothing.
  const arm = (ms: number) => {
    cancelTimer?.();
    cancelTimer = options.setTimer(() => {
      cancelTimer = null;
      if (keys === null) return;
      const idle = options.now() - lastActivity;
      if (idle >= idleMs) controller.lock();
      else arm(idleMs - idle);
    }, ms);
  };

  const controller: LockController<Keys> = {
    isLocked: () => keys === null,
    unlock(next) {
      keys = next;
      lastActivity = options.now();
      arm(idleMs);
      notify();
    },
    lock() {
      cancelTimer?.();
      cancelTimer = null;
      if (keys === null) return;
      keys = null;
      notify();
    },
    use() {
      if (keys === null) throw new LockedError();
      lastActivity = options.now();
      return keys;
    },
    touch() {
      if (keys !== null) lastActivity = options.now();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return controller;
}
