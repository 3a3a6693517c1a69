import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Platform } from '../../lib/platform';
import {
  PinRequiredError,
  StorageFullError,
  UnlockThrottledError,
  WrongPinError,
  normaliseCaseNumber,
  type EntryInput,
  type EntryState,
  type Incident,
  type IncidentStore,
  type NeedsAnswer,
} from '../../lib/store';
import type { CategoryId } from '../../lib/taxonomy';
import type { PanelStore } from '../panel-store';
import type { IncidentRecorder } from '../session-context';

export type SessionStatus = 'opening' | 'locked' | 'ready' | 'failed';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'failed'; reason: 'storage-full' | 'other'; message: string; retryInMs?: number };

export type UnlockProblem = { kind: 'wrong-pin' | 'throttled'; retryAt: number | null } | { kind: 'pin-required' } | { kind: 'other'; message: string };

export interface IncidentSession extends IncidentRecorder {
  readonly status: ReadonlySignal<SessionStatus>;
  /** False when IndexedDB could not be opened (private window): nothing survives the panel. */
  readonly persistent: ReadonlySignal<boolean>;
  readonly pinSet: ReadonlySignal<boolean>;
  readonly unlockProblem: ReadonlySignal<UnlockProblem | null>;
  /** The last checklist write (ticks, needs, follow-ups): "Saved" only after it committed. */
  readonly saveState: ReadonlySignal<SaveState>;
  /** The note being typed and whether it is stored yet. */
  readonly noteDraft: ReadonlySignal<string>;
  readonly noteState: ReadonlySignal<SaveState>;
  readonly incidentId: ReadonlySignal<string | undefined>;
  unlock(pin?: string): Promise<boolean>;
  lock(): void;
  /** Officer activity: postpones the idle lock. */
  touch(): void;
  setItemState(itemId: string, state: EntryState | null, details?: EntryInput['details']): Promise<boolean>;
  /** Autosaves after a short pause in typing; the text stays on screen until it is stored. */
  editNote(text: string): void;
  setNeeds(answers: Record<string, NeedsAnswer>): Promise<boolean>;
  addFollowUp(followUp: { due: string; what: string }): Promise<boolean>;
  setFollowUpDone(followUpId: string, done: boolean): Promise<boolean>;
  deleteIncident(): Promise<boolean>;
  start(): () => void;
}

const NOTE_DEBOUNCE_MS = 600;
const RETRY_STEPS_MS = [2_000, 5_000, 10_000, 30_000];

/**
 * The incident the panel is on, in the encrypted store: which record (case number, or a draft for
 * a page without one until the number appears), unlocking, idle lock, and every write with an
 * honest save state. One per mounted panel; a second panel on the same incident (the pop-out)
 * follows through the store's change events.
 */
export function createIncidentSession(platform: Platform, panel: PanelStore, options: { now?: () => number } = {}): IncidentSession {
  const now = options.now ?? (() => Date.now());
  const status = signal<SessionStatus>('opening');
  const persistent = signal(true);
  const pinSet = signal(false);
  const unlockProblem = signal<UnlockProblem | null>(null);
  const incident = signal<Incident | null>(null);
  const saveState = signal<SaveState>({ kind: 'idle' });
  const noteDraft = signal('');
  const noteState = signal<SaveState>({ kind: 'idle' });
  // Drafts for pages without a case number, per page, for this panel's life.
  const drafts = signal<ReadonlyMap<string, string>>(new Map());
  const setDraft = (key: string, id: string | undefined) => {
    const next = new Map(drafts.value);
    if (id) next.set(key, id);
    else next.delete(key);
    drafts.value = next;
  };
  let store: IncidentStore | undefined;
  let lastActivity = now();
  /** The note record being edited in this panel session (one growing note per sitting). */
  let noteId: string | undefined;
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** A draft becoming its case's record; writes wait for it so none lands on the old id. */
  let renaming: Promise<void> = Promise.resolve();

  const incidentId = computed<string | undefined>(() => {
    const key = panel.incidentKey.value;
    if (!key) return undefined;
    if (key.startsWith('case:')) return normaliseCaseNumber(key.slice('case:'.length));
    return drafts.value.get(key);
  });
  const canRecord = computed(() => status.value === 'ready' && panel.incidentKey.value !== undefined);

  const categoriesNow = () => {
    const shown = panel.categories.value;
    const corrected = shown.some((category) => category.chosenByOfficer);
    const ids = shown.map((category) => category.id);
    return corrected ? { recognised: panel.recognition.value.categories.map((c) => c.id), corrected: ids } : { recognised: ids, corrected: null };
  };

  /** The id to write to, creating the record (and a draft id) on the first write. */
  const ensureIncident = async (s: IncidentStore): Promise<string | undefined> => {
    const key = panel.incidentKey.value;
    if (!key) return undefined;
    const known = incidentId.value;
    if (known) {
      if (!incident.value || incident.value.id !== known) {
        const created = await s.createIncident({ caseNumber: known, categories: categoriesNow().recognised });
        incident.value = created;
      }
      return known;
    }
    const draft = await s.createIncident({ categories: categoriesNow().recognised });
    batch(() => {
      setDraft(key, draft.id);
      incident.value = draft;
    });
    return draft.id;
  };

  /** One write, with "saving" → "saved" only after the store committed; storage-full retries. */
  const write = async (state: typeof saveState, work: (s: IncidentStore, id: string) => Promise<Incident>, attempt = 0): Promise<boolean> => {
    const s = store;
    if (!s || status.value !== 'ready') return false;
    touch();
    state.value = { kind: 'saving' };
    try {
      await renaming;
      const id = await ensureIncident(s);
      if (!id) {
        state.value = { kind: 'idle' };
        return false;
      }
      const next = await work(s, id);
      batch(() => {
        incident.value = next;
        state.value = { kind: 'saved', at: now() };
      });
      return true;
    } catch (error) {
      if (error instanceof StorageFullError) {
        const retryInMs = RETRY_STEPS_MS[Math.min(attempt, RETRY_STEPS_MS.length - 1)]!;
        state.value = { kind: 'failed', reason: 'storage-full', message: error.message, retryInMs };
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => void write(state, work, attempt + 1), retryInMs);
        return false;
      }
      state.value = { kind: 'failed', reason: 'other', message: error instanceof Error ? error.message : String(error) };
      return false;
    }
  };

  const saveNoteNow = async (text: string) => {
    const done = await write(noteState, async (s, id) => {
      if (!noteId) {
        const next = await s.addNote(id, text);
        noteId = next.notes[next.notes.length - 1]?.id;
        return next;
      }
      const target = noteId;
      return s.updateIncident(id, (current) => {
        const note = current.notes.find((candidate) => candidate.id === target);
        if (note) {
          note.text = text;
          note.at = now();
        }
        return current;
      });
    });
    // Typing went on while this saved: the newer text still needs its own save.
    if (done && noteDraft.value !== text) scheduleNote();
  };
  /** Stores a note for a given incident regardless of which incident is on screen now. */
  const flushNote = async (s: IncidentStore, id: string, text: string, existing: string | undefined) => {
    try {
      if (!existing) await s.addNote(id, text);
      else
        await s.updateIncident(id, (current) => {
          const note = current.notes.find((candidate) => candidate.id === existing);
          if (note) note.text = text;
          return current;
        });
    } catch {
      // The incident was deleted or the store locked meanwhile; nothing else holds the text.
    }
  };
  const scheduleNote = () => {
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => void saveNoteNow(noteDraft.value), NOTE_DEBOUNCE_MS);
  };

  const reload = async () => {
    const s = store;
    const id = incidentId.value;
    if (!s || status.value !== 'ready' || !id) {
      incident.value = null;
      return;
    }
    try {
      const loaded = await s.getIncident(id);
      if (incidentId.value === id) incident.value = loaded;
    } catch {
      incident.value = null;
    }
  };

  const touch = () => {
    lastActivity = now();
    store?.touch();
  };

  const unlock = async (pin?: string) => {
    const s = store;
    if (!s) return false;
    try {
      await s.unlock(pin || undefined);
      unlockProblem.value = null;
      pinSet.value = (await s.status()).pinSet;
      return true;
    } catch (error) {
      if (error instanceof WrongPinError) unlockProblem.value = { kind: 'wrong-pin', retryAt: (error as { retryAt?: number | null }).retryAt ?? null };
      else if (error instanceof UnlockThrottledError) unlockProblem.value = { kind: 'throttled', retryAt: (error as { retryAt?: number | null }).retryAt ?? null };
      else if (error instanceof PinRequiredError) unlockProblem.value = { kind: 'pin-required' };
      else unlockProblem.value = { kind: 'other', message: error instanceof Error ? error.message : String(error) };
      return false;
    }
  };

  return {
    status,
    persistent,
    pinSet,
    unlockProblem,
    incident,
    canRecord,
    saveState,
    noteDraft,
    noteState,
    incidentId,
    unlock,
    lock: () => store?.lock(),
    touch,
    record: (entry) => write(saveState, (s, id) => s.appendEntry(id, entry)),
    setItemState: (itemId, state, details) =>
      write(saveState, (s, id) =>
        state === null
          ? s.appendEntry(id, { itemId, state: 'not-done', details: { cleared: true } })
          : s.appendEntry(id, { itemId, state, ...(details ? { details } : {}) }),
      ),
    editNote(text) {
      noteDraft.value = text;
      noteState.value = { kind: 'idle' };
      touch();
      scheduleNote();
    },
    setNeeds: (answers) => write(saveState, (s, id) => s.setNeeds(id, answers)),
    addFollowUp: async (followUp) => {
      const ok = await write(saveState, (s, id) => s.addFollowUp(id, followUp));
      const created = incident.value?.followUps[incident.value.followUps.length - 1];
      // The reminder says what kind of follow-up is due, never who it is for.
      if (ok && created) await platform.scheduleReminder?.({ id: created.id, due: created.due, title: created.what.slice(0, 120) }).catch(() => {});
      return ok;
    },
    setFollowUpDone: (followUpId, done) => write(saveState, (s, id) => s.setFollowUpDone(id, followUpId, done)),
    async deleteIncident() {
      const s = store;
      const id = incidentId.value ?? incident.value?.id;
      if (!s || !id) return false;
      const deleted = await s.deleteIncident(id);
      const key = panel.incidentKey.value;
      if (key) setDraft(key, undefined);
      batch(() => {
        incident.value = null;
        noteDraft.value = '';
        noteState.value = { kind: 'idle' };
        saveState.value = { kind: 'idle' };
      });
      noteId = undefined;
      return deleted;
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
              if (locked) incident.value = null;
              else void reload();
            }),
            opened.onChange((change) => {
              const id = incidentId.value;
              if (change.kind === 'cleared' || (id && change.ids.includes(id))) void reload();
            }),
          );
          const state = await opened.status();
          pinSet.value = state.pinSet;
          // Without a PIN the key opens by itself; with one (or when policy requires one) the
          // officer types it on the lock screen.
          const needsPin = state.pinSet || panel.settings.value.pinRequired;
          if (!needsPin) {
            if (await unlock()) status.value = 'ready';
            else status.value = 'locked';
          } else {
            status.value = opened.isLocked() ? 'locked' : 'ready';
          }
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
          void incidentId.value;
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
            if (draftId && store && status.peek() === 'ready') {
              setDraft(draftKey, undefined);
              const target = store;
              renaming = target.renameIncident(draftId, key.slice('case:'.length)).then(
                (renamed) => {
                  incident.value = renamed;
                },
                () => reload(),
              );
            } else {
              void reload();
            }
            return;
          }
          // Another incident: a note typed for the previous one and not yet stored goes with it.
          const previousId = incident.peek()?.id;
          if (noteDraft.peek() && noteState.peek().kind !== 'saved' && previousId && store) {
            clearTimeout(noteTimer);
            void flushNote(store, previousId, noteDraft.peek(), noteId);
          }
          noteId = undefined;
          batch(() => {
            noteDraft.value = '';
            noteState.value = { kind: 'idle' };
            saveState.value = { kind: 'idle' };
          });
          void reload();
        }),
      );

      // Categories follow the page (and the officer's correction) once a record exists.
      stops.push(
        effect(() => {
          const categories = categoriesNow();
          const current = incident.value;
          if (!store || !current || status.value !== 'ready') return;
          const same = (a: readonly CategoryId[] | null, b: readonly CategoryId[] | null) => JSON.stringify(a) === JSON.stringify(b);
          if (same(current.categories.recognised, categories.recognised) && same(current.categories.corrected, categories.corrected)) return;
          void store.setCategories(current.id, categories).then((next) => {
            if (incident.value?.id === next.id) incident.value = next;
          }, () => {});
        }),
      );

      // Idle lock from policy (the store's own timer is only a backstop).
      const idleTimer = setInterval(() => {
        const minutes = panel.settings.value.idleLockMinutes;
        if (status.value === 'ready' && now() - lastActivity >= minutes * 60_000) store?.lock();
      }, 15_000);
      stops.push(() => clearInterval(idleTimer));

      return () => {
        stopped = true;
        clearTimeout(noteTimer);
        clearTimeout(retryTimer);
        // A note typed but not yet stored is written before the panel goes (best effort).
        if (noteDraft.value && noteState.value.kind !== 'saved') void saveNoteNow(noteDraft.value);
        for (const stop of stops) stop();
      };
    },
  };
}
