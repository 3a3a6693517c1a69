import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Platform } from '../../lib/platform';
// The store's errors and pure helpers only: the store itself (crypto, IndexedDB) arrives through
// platform.openIncidentStore(), which loads it on first use.
import type { EntryInput, IncidentStore } from '../../lib/store';
import { PinRequiredError, UnlockThrottledError, WrongPinError } from '../../lib/store/errors';
import { isDraftId, normaliseCaseNumber, type EntryState, type Incident, type NeedsAnswer } from '../../lib/store/types';
import type { CategoryId } from '../../lib/taxonomy';
import type { PanelStore } from '../panel-store';
import type { IncidentRecorder } from '../session-context';
import { createSaveTracker, type SaveState } from './save-tracker';

export type { SaveState } from './save-tracker';
export type SessionStatus = 'opening' | 'locked' | 'ready' | 'failed';

export type UnlockProblem =
  | { kind: 'wrong-pin' | 'throttled'; retryAt: number | null }
  | { kind: 'pin-required' }
  | { kind: 'other'; message: string };

export interface IncidentSession extends IncidentRecorder {
  readonly status: ReadonlySignal<SessionStatus>;
  /** False when IndexedDB could not be opened (private window): nothing survives the panel. */
  readonly persistent: ReadonlySignal<boolean>;
  readonly pinSet: ReadonlySignal<boolean>;
  readonly unlockProblem: ReadonlySignal<UnlockProblem | null>;
  /** Save state per target: `item:<itemId>`, `note`, `needs`, `follow-ups`. */
  readonly saveStates: ReadonlySignal<ReadonlyMap<string, SaveState>>;
  /** The last checklist write (not notes), for a single status line. */
  readonly saveState: ReadonlySignal<SaveState>;
  /** Some change is waiting for disk space (kept on screen, retried). */
  readonly storageFull: ReadonlySignal<boolean>;
  /** The note being typed in this sitting; it stays on screen after it is stored. */
  readonly noteDraft: ReadonlySignal<string>;
  readonly noteState: ReadonlySignal<SaveState>;
  /** The stored note this sitting's text went into (earlier notes are listed apart from it). */
  readonly currentNoteId: ReadonlySignal<string | undefined>;
  readonly incidentId: ReadonlySignal<string | undefined>;
  saveStateOf(target: string): SaveState;
  unlock(pin?: string): Promise<boolean>;
  /** Stores a note still being typed, then locks. */
  lock(): Promise<void>;
  /** Officer activity: postpones the idle lock. */
  touch(): void;
  /** `null` clears the item (an undo, recorded as such so history stays append-only). */
  setItemState(itemId: string, state: EntryState | null, details?: EntryInput['details']): Promise<boolean>;
  /** Autosaves after a short pause in typing (one growing note per sitting and incident). */
  saveNote(text: string): void;
  setNeeds(answers: Record<string, NeedsAnswer>): Promise<boolean>;
  addFollowUp(followUp: { due: string; what: string }): Promise<boolean>;
  setFollowUpDone(followUpId: string, done: boolean): Promise<boolean>;
  /** Tries kept writes now (after the officer freed space). */
  retryNow(): void;
  deleteIncident(): Promise<boolean>;
  start(): () => void;
}

export const NOTE_DEBOUNCE_MS = 600;
const IDLE: SaveState = { kind: 'idle' };

/** Where a write goes, fixed when the officer acts, so a retry never lands on another incident. */
interface Where {
  key: string;
  id: string | undefined;
}

/** The note of one sitting on one incident: its record id once stored, and what is stored. */
interface NoteSlot {
  noteId?: string;
  committed: string;
  busy: Promise<void>;
}
const newSlot = (): NoteSlot => ({ committed: '', busy: Promise.resolve() });

/**
 * The incident the panel is on, in the encrypted store: which record (case number, or a draft for
 * a page without one until the number appears), unlocking, idle lock, and every write with an
 * honest save state. One per mounted panel; a second panel on the same incident (the pop-out)
 * follows through the store's change events.
 */
export interface SessionOptions {
  now?: () => number;
  /** How often the idle lock is checked (tests shorten it). */
  idleCheckMs?: number;
}

export function createIncidentSession(platform: Platform, panel: PanelStore, options: SessionOptions = {}): IncidentSession {
  const now = options.now ?? (() => Date.now());
  const status = signal<SessionStatus>('opening');
  const persistent = signal(true);
  const pinSet = signal(false);
  const unlockProblem = signal<UnlockProblem | null>(null);
  const incident = signal<Incident | null>(null);
  const saves = createSaveTracker(now);
  const lastTarget = signal('');
  const noteDraft = signal('');
  const currentNoteId = signal<string | undefined>(undefined);
  // Drafts for pages without a case number (page key -> draft id), for this panel's life.
  const drafts = signal<ReadonlyMap<string, string>>(new Map());
  // Drafts that became case records, so a write kept for retry follows its record.
  const renamed = new Map<string, string>();
  // Pages whose case number appeared (page key -> case id): a write made on the page before the
  // number showed, and kept for retry, goes to the case, not to a new draft.
  const promoted = new Map<string, string>();
  // First writes on a page without a case number share one draft, however fast the taps.
  const creating = new Map<string, Promise<string>>();
  let store: IncidentStore | undefined;
  let lastActivity = now();
  let note = newSlot();
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  /** A draft becoming its case's record; writes wait for it so none lands on the old id. */
  let renaming: Promise<void> = Promise.resolve();

  const setDraft = (key: string, id: string | undefined) => {
    const next = new Map(drafts.value);
    if (id) next.set(key, id);
    else next.delete(key);
    drafts.value = next;
  };

  const incidentId = computed<string | undefined>(() => {
    const key = panel.incidentKey.value;
    if (!key) return undefined;
    if (key.startsWith('case:')) return normaliseCaseNumber(key.slice('case:'.length));
    return drafts.value.get(key);
  });
  const canRecord = computed(() => status.value === 'ready' && panel.incidentKey.value !== undefined);

  const categoriesNow = () => {
    const shown = panel.categories.value;
    const ids = shown.map((category) => category.id);
    return shown.some((category) => category.chosenByOfficer)
      ? { recognised: panel.recognition.value.categories.map((c) => c.id), corrected: ids }
      : { recognised: ids, corrected: null };
  };

  const here = (): Where | undefined => {
    const key = panel.incidentKey.peek();
    return key ? { key, id: incidentId.peek() } : undefined;
  };

  /** The record to write to, creating a draft on a page's first write. */
  const resolve = async (s: IncidentStore, where: Where): Promise<string> => {
    await renaming;
    let id = where.id ?? drafts.peek().get(where.key) ?? promoted.get(where.key);
    while (id && renamed.has(id)) id = renamed.get(id);
    if (id) return id;
    let pending = creating.get(where.key);
    if (!pending) {
      pending = s.createIncident({ categories: categoriesNow().recognised }).then((draft) => {
        setDraft(where.key, draft.id);
        return draft.id;
      });
      creating.set(where.key, pending);
      // A failed creation (disk full) must not block the retry from trying again.
      pending.then(
        () => creating.delete(where.key),
        () => creating.delete(where.key),
      );
    }
    return pending;
  };

  /** One write at the incident the officer was on when acting; shown per target. */
  const write = (target: string, work: (s: IncidentStore, id: string) => Promise<Incident>, supersede = false, at?: Where): Promise<boolean> => {
    const s = store;
    const where = at ?? here();
    if (!s || status.peek() !== 'ready' || !where) return Promise.resolve(false);
    touch();
    if (target !== 'note') lastTarget.value = target;
    return saves.run(
      target,
      async () => {
        const next = await work(s, await resolve(s, where));
        if (next.id === incidentId.peek()) incident.value = next;
      },
      supersede,
    );
  };

  /** Stores the note text of a sitting: the first save adds a note, later ones edit it. */
  const commitNote = (text: string, slot: NoteSlot, target: string, at?: Where) =>
    write(
      target,
      (s, id) => {
        // One commit at a time per note, so two quick saves never add two notes.
        const run = slot.busy.then(async () => {
          const existing = slot.noteId;
          const next = existing
            ? await s.updateIncident(id, (current) => {
                const stored = current.notes.find((candidate) => candidate.id === existing);
                if (stored) {
                  stored.text = text;
                  stored.at = now();
                } else current.notes.push({ id: existing, at: now(), text });
              })
            : await s.addNote(id, text);
          slot.noteId ??= next.notes[next.notes.length - 1]?.id;
          slot.committed = text;
          if (slot === note) currentNoteId.value = slot.noteId;
          return next;
        });
        slot.busy = run.then(
          () => {},
          () => {},
        );
        return run;
      },
      true,
      at,
    );
  const noteDirty = () => noteDraft.peek() !== note.committed && noteDraft.peek().trim() !== '';
  const scheduleNote = () => {
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => void commitNote(noteDraft.peek(), note, 'note'), NOTE_DEBOUNCE_MS);
  };
  const flushNote = async () => {
    clearTimeout(noteTimer);
    if (noteDirty()) await commitNote(noteDraft.peek(), note, 'note');
  };

  const reload = async () => {
    const s = store;
    const id = incidentId.peek();
    if (!s || status.peek() !== 'ready' || !id) {
      incident.value = null;
      return;
    }
    try {
      const loaded = await s.getIncident(id);
      if (incidentId.peek() === id && status.peek() === 'ready') incident.value = loaded;
    } catch {
      incident.value = null;
    }
  };

  const touch = () => {
    lastActivity = now();
    store?.touch();
  };

  const lock = async () => {
    await flushNote().catch(() => {});
    store?.lock();
  };

  const unlock = async (pin?: string) => {
    const s = store;
    if (!s) return false;
    // Policy requires a PIN and none is set yet: the PIN typed now becomes the department's.
    const choosing = Boolean(pin) && !pinSet.peek() && panel.settings.peek().pinRequired;
    try {
      await s.unlock(pin || undefined);
      if (choosing && pin && !(await s.status()).pinSet) await s.setPin(pin);
      unlockProblem.value = null;
      pinSet.value = (await s.status()).pinSet;
      return true;
    } catch (error) {
      if (error instanceof WrongPinError) unlockProblem.value = { kind: 'wrong-pin', retryAt: error.retryAt };
      else if (error instanceof UnlockThrottledError) unlockProblem.value = { kind: 'throttled', retryAt: error.retryAt };
      else if (error instanceof PinRequiredError) unlockProblem.value = { kind: 'pin-required' };
      else unlockProblem.value = { kind: 'other', message: error instanceof Error ? error.message : String(error) };
      return false;
    }
  };

  const reminderTitle = (id: string) =>
    isDraftId(id) ? platform.t('followUpReminderTitleDraft') : platform.t('followUpReminderTitle', { caseNumber: id });

  return {
    status,
    persistent,
    pinSet,
    unlockProblem,
    incident,
    canRecord,
    saveStates: saves.states,
    saveState: computed(() => saves.states.value.get(lastTarget.value) ?? IDLE),
    storageFull: saves.storageFull,
    noteDraft,
    noteState: computed(() => saves.states.value.get('note') ?? IDLE),
    currentNoteId,
    incidentId,
    saveStateOf: (target) => saves.stateOf(target),
    unlock,
    lock,
    touch,
    // The time is the officer's action, not the (possibly retried) write: history stays true.
    record(entry) {
      const stamped = { ...entry, at: entry.at ?? now() };
      return write(`item:${entry.itemId}`, (s, id) => s.appendEntry(id, stamped));
    },
    setItemState(itemId, state, details) {
      const at = now();
      return write(`item:${itemId}`, (s, id) =>
        s.appendEntry(id, state === null ? { itemId, state: 'not-done', at, details: { cleared: true } } : { itemId, state, at, ...(details ? { details } : {}) }),
      );
    },
    saveNote(text) {
      noteDraft.value = text;
      saves.set('note', IDLE);
      touch();
      scheduleNote();
    },
    setNeeds: (answers) => write('needs', (s, id) => s.setNeeds(id, answers), true),
    addFollowUp: (followUp) =>
      write('follow-ups', async (s, id) => {
        const next = await s.addFollowUp(id, followUp);
        const created = next.followUps[next.followUps.length - 1];
        // The notification names the case at most: never the victim or the officer's words.
        if (created) await platform.scheduleReminder?.({ id: created.id, due: created.due, title: reminderTitle(next.id) }).catch(() => {});
        return next;
      }),
    setFollowUpDone: (followUpId, done) =>
      write('follow-ups', async (s, id) => {
        const next = await s.setFollowUpDone(id, followUpId, done);
        // A done follow-up needs no reminder; one reopened gets its reminder back.
        const followUp = next.followUps.find((item) => item.id === followUpId);
        if (done) await platform.cancelReminders?.([followUpId]).catch(() => {});
        else if (followUp) await platform.scheduleReminder?.({ id: followUp.id, due: followUp.due, title: reminderTitle(next.id) }).catch(() => {});
        return next;
      }),
    retryNow: () => saves.retryNow(),
    async deleteIncident() {
      const s = store;
      const where = here();
      const id = incident.peek()?.id ?? (where ? (where.id ?? drafts.peek().get(where.key)) : undefined);
      if (!s || !id) return false;
      clearTimeout(noteTimer);
      const followUpIds = (incident.peek()?.followUps ?? []).map((followUp) => followUp.id);
      try {
        await s.deleteIncident(id);
        // Its follow-ups go with it: no reminder about a record that no longer exists.
        if (followUpIds.length > 0) await platform.cancelReminders?.(followUpIds).catch(() => {});
      } catch (error) {
        saves.set('delete', { kind: 'failed', reason: 'other', message: error instanceof Error ? error.message : String(error) });
        return false;
      }
      if (where && drafts.peek().get(where.key) === id) setDraft(where.key, undefined);
      note = newSlot();
      batch(() => {
        incident.value = null;
        currentNoteId.value = undefined;
        noteDraft.value = '';
        saves.clear();
      });
      return true;
    },
    start() {
      let stopped = false;
      const stops: (() => void)[] = [];
      void platform
        .openIncidentStore()
        .then(async (opened) => {
          if (stopped) return;
          store = opened;
          persistent.value = opened.persistent;
          stops.push(
            opened.onLockChange((locked) => {
              status.value = locked ? 'locked' : 'ready';
              if (locked) {
                // Nothing about the victim stays on screen; typed text waits in memory.
                incident.value = null;
                return;
              }
              void reload();
              saves.retryNow();
              if (noteDirty()) scheduleNote();
            }),
            opened.onChange((change) => {
              const id = incidentId.peek();
              if (change.kind === 'cleared' || (id && change.ids.includes(id))) void reload();
            }),
          );
          const state = await opened.status();
          pinSet.value = state.pinSet;
          // Without a PIN the key opens by itself; with one (or when policy requires one) the
          // officer types it on the lock screen.
          const needsPin = state.pinSet || panel.settings.peek().pinRequired;
          if (!opened.isLocked()) status.value = 'ready';
          else if (!needsPin && (await unlock())) status.value = 'ready';
          else status.value = 'locked';
          if (status.value === 'ready') await reload();
        })
        .catch(() => {
          status.value = 'failed';
        });

      // A new incident on screen: load it, start a fresh note, and put a draft under its case number.
      let previousKey: string | undefined;
      stops.push(
        effect(() => {
          const key = panel.incidentKey.value;
          // A page briefly between states (reloading, re-announcing) is not a new incident.
          if (key === undefined || key === previousKey) return;
          const draftKey = previousKey;
          previousKey = key;
          const page = panel.page.peek();
          const url = page.kind === 'reading' ? page.page.url : undefined;
          // The case number of the page already being worked on appeared: the same incident,
          // from now on under its number. Nothing typed or recorded is lost or reset.
          if (draftKey === `page:${url}` && key.startsWith('case:')) {
            const draftId = drafts.peek().get(draftKey);
            const caseNumber = normaliseCaseNumber(key.slice('case:'.length));
            promoted.set(draftKey, caseNumber);
            const s = store;
            if (draftId && s) {
              setDraft(draftKey, undefined);
              renamed.set(draftId, caseNumber);
              renaming = s.renameIncident(draftId, caseNumber).then(
                (next) => {
                  if (incidentId.peek() === next.id) incident.value = next;
                },
                () => void reload(),
              );
            } else void reload();
            return;
          }
          // A page without a case number is a new incident, even at a URL seen before.
          promoted.delete(key);
          // Another incident: a note typed for the previous one and not yet stored goes with it.
          const previousId = incident.peek()?.id;
          if (noteDirty() && previousId && draftKey) {
            clearTimeout(noteTimer);
            void commitNote(noteDraft.peek(), note, 'note-previous', { key: draftKey, id: previousId });
          }
          note = newSlot();
          batch(() => {
            currentNoteId.value = undefined;
            noteDraft.value = '';
            saves.set('note', IDLE);
          });
          void reload();
        }),
      );

      // Categories follow the page (and the officer's correction) once a record exists.
      stops.push(
        effect(() => {
          const categories = categoriesNow();
          const current = incident.value;
          const s = store;
          if (!s || !current || status.value !== 'ready') return;
          const same = (a: readonly CategoryId[] | null, b: readonly CategoryId[] | null) => JSON.stringify(a) === JSON.stringify(b);
          if (same(current.categories.recognised, categories.recognised) && same(current.categories.corrected, categories.corrected)) return;
          void s.setCategories(current.id, categories).then(
            (next) => {
              if (incident.peek()?.id === next.id) incident.value = next;
            },
            () => {},
          );
        }),
      );

      // Idle lock from policy (the store's own timer is only a backstop).
      const idleTimer = setInterval(() => {
        const minutes = panel.settings.peek().idleLockMinutes;
        if (status.peek() === 'ready' && now() - lastActivity >= minutes * 60_000) void lock();
      }, options.idleCheckMs ?? 15_000);
      stops.push(() => clearInterval(idleTimer));

      return () => {
        stopped = true;
        // A note typed but not yet stored is written before the panel goes (best effort).
        void flushNote().catch(() => {});
        for (const stop of stops) stop();
        // Kept writes die with the panel; their timers must not outlive it.
        saves.clear();
      };
    },
  };
}
