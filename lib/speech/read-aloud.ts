import { chooseVoice } from './voices';
import type { SpeechHost, UtteranceLike } from './types';

/** A run of sentences read together: a section of a rights script. */
export interface Segment {
  id: string;
  sentences: string[];
}

export interface Position {
  segment: number;
  sentence: number;
}

export interface ReadAloudState {
  status: 'idle' | 'speaking' | 'paused';
  /** What is being (or was last) read: the panel highlights it. */
  position: Position | null;
  rate: number;
  /** The BCP 47 tag of what is loaded (the "no voice for X" message names it). */
  language: string;
  /**
   * False when the device lists voices but none for `language`. True while it lists none at all:
   * Chrome fills the list asynchronously, so "no voice" is only claimed once it has answered
   * (or once play found nothing, which sets `problem`).
   */
  voiceAvailable: boolean;
  /** 'no-voice': the device cannot speak this language; 'failed': the engine gave up. */
  problem: 'no-voice' | 'failed' | null;
  voiceName: string | null;
}

export const MIN_RATE = 0.5;
export const MAX_RATE = 1.5;

const START: Position = { segment: 0, sentence: 0 };

/**
 * Reads segments aloud one sentence per utterance. Pausing cancels and remembers the sentence,
 * and resuming reads it again from its start: engines differ in how (and whether) they pause
 * mid-utterance, Chrome cuts long utterances off, and a victim hearing a sentence twice is
 * better than missing half of one.
 */
export function createReadAloud(host: SpeechHost) {
  const synthesis = host.synthesis;
  let segments: Segment[] = [];
  let state: ReadAloudState = {
    status: 'idle',
    position: null,
    rate: 1,
    language: 'en',
    // Nothing loaded yet, so nothing known to be missing: no "no voice" flash before load().
    voiceAvailable: true,
    problem: null,
    voiceName: null,
  };
  // Each utterance carries the run it belongs to; events from a cancelled run are ignored.
  let run = 0;
  // Chrome may garbage-collect an utterance nothing in script references, and then never fires
  // its `end`: holding the current one here keeps the sentence-to-sentence chain alive.
  let current: UtteranceLike | null = null;
  // Play pressed before the engine listed any voice (Chrome loads them asynchronously).
  let waitingFor: Position | null = null;
  const listeners = new Set<(state: ReadAloudState) => void>();
  const set = (next: Partial<ReadAloudState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };

  const voice = () => chooseVoice(synthesis.getVoices(), state.language);
  const mayHaveVoice = () => synthesis.getVoices().length === 0 || voice() !== undefined;
  const sentenceAt = (position: Position) => segments[position.segment]?.sentences[position.sentence];
  const firstSentenceFrom = (segment: number): Position | null => {
    for (let s = Math.max(0, segment); s < segments.length; s++) if (segments[s]!.sentences.length > 0) return { segment: s, sentence: 0 };
    return null;
  };
  const following = (position: Position): Position | null =>
    position.sentence + 1 < (segments[position.segment]?.sentences.length ?? 0)
      ? { segment: position.segment, sentence: position.sentence + 1 }
      : firstSentenceFrom(position.segment + 1);

  const speak = (position: Position) => {
    const text = sentenceAt(position);
    if (text === undefined) {
      set({ status: 'idle', position: null });
      return;
    }
    const chosen = voice();
    if (!chosen) {
      if (synthesis.getVoices().length === 0 && synthesis.addEventListener) waitingFor = position;
      set({ status: 'idle', problem: 'no-voice', voiceAvailable: false, voiceName: null });
      return;
    }
    waitingFor = null;
    const mine = ++run;
    const utterance = host.createUtterance(text);
    utterance.lang = chosen.lang;
    utterance.voice = chosen;
    utterance.rate = state.rate;
    utterance.onend = () => {
      if (mine !== run) return;
      current = null;
      const next = following(position);
      if (next) speak(next);
      else set({ status: 'idle', position: null });
    };
    utterance.onerror = (event) => {
      // Cancelling (pause, skip, stop) reports 'interrupted' or 'canceled': not a failure.
      if (mine !== run || event.error === 'interrupted' || event.error === 'canceled') return;
      current = null;
      set({ status: 'idle', problem: 'failed' });
    };
    current = utterance;
    // Chrome keeps a paused engine paused across cancel(): a new sentence would never start.
    if (synthesis.paused) synthesis.resume();
    set({ status: 'speaking', position, problem: null, voiceAvailable: true, voiceName: chosen.name });
    synthesis.speak(utterance);
  };

  const halt = () => {
    run++;
    current = null;
    waitingFor = null;
    synthesis.cancel();
  };

  const restartAt = (position: Position | null) => {
    halt();
    if (position) speak(position);
    else set({ status: 'idle', position: null });
  };

  const onVoicesChanged = () => {
    const pending = waitingFor;
    const available = voice() !== undefined;
    set({ voiceAvailable: mayHaveVoice(), ...(available && state.problem === 'no-voice' ? { problem: null } : {}) });
    if (available && pending && state.status === 'idle') speak(pending);
  };
  synthesis.addEventListener?.('voiceschanged', onVoicesChanged);

  return {
    state: () => state,
    subscribe(listener: (state: ReadAloudState) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** What to read, in which language; stops anything being read. */
    load(next: Segment[], language: string) {
      halt();
      segments = next;
      state = { ...state, language };
      set({ status: 'idle', position: null, problem: null, voiceAvailable: mayHaveVoice() });
    },
    play(from: Position = START) {
      restartAt(from);
    },
    pause() {
      if (state.status !== 'speaking') return;
      halt();
      set({ status: 'paused' });
    },
    resume() {
      if (state.status !== 'paused' || !state.position) return;
      speak(state.position);
    },
    stop() {
      restartAt(null);
    },
    /** To the start of the next section (from nothing: the first one). */
    skip() {
      restartAt(firstSentenceFrom((state.position?.segment ?? -1) + 1));
    },
    /** To the next sentence, into the next section when this one is done. */
    skipSentence() {
      restartAt(state.position ? following(state.position) : firstSentenceFrom(0));
    },
    /** To the start of this section, or the previous one when already at its start. */
    back() {
      const at = state.position;
      if (!at) return;
      restartAt(at.sentence > 0 ? { segment: at.segment, sentence: 0 } : { segment: Math.max(0, at.segment - 1), sentence: 0 });
    },
    setRate(rate: number) {
      if (!Number.isFinite(rate)) return;
      set({ rate: Math.min(MAX_RATE, Math.max(MIN_RATE, Math.round(rate * 10) / 10)) });
      // The new rate applies from the start of the current sentence.
      if (state.status === 'speaking' && state.position) restartAt(state.position);
    },
    dispose() {
      halt();
      synthesis.removeEventListener?.('voiceschanged', onVoicesChanged);
      listeners.clear();
    },
  };
}

export type ReadAloud = ReturnType<typeof createReadAloud>;
