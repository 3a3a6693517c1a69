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
  /** 'no-voice': the device cannot speak this language; 'failed': the engine gave up. */
  problem: 'no-voice' | 'failed' | null;
  voiceName: string | null;
}

export const MIN_RATE = 0.5;
export const MAX_RATE = 1.5;

/**
 * Reads segments aloud one sentence per utterance. Pausing cancels and remembers the sentence,
 * and resuming reads it again from its start: engines differ in how (and whether) they pause
 * mid-utterance, and a victim hearing a sentence twice is better than missing half of one.
 */
export function createReadAloud(host: SpeechHost) {
  let segments: Segment[] = [];
  let language = 'en';
  let state: ReadAloudState = { status: 'idle', position: null, rate: 1, problem: null, voiceName: null };
  // Each utterance carries the run it belongs to; events from a cancelled run are ignored.
  let run = 0;
  const listeners = new Set<(state: ReadAloudState) => void>();
  const set = (next: Partial<ReadAloudState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };

  const sentenceAt = (position: Position) => segments[position.segment]?.sentences[position.sentence];
  const following = (position: Position): Position | null => {
    if (position.sentence + 1 < (segments[position.segment]?.sentences.length ?? 0)) return { segment: position.segment, sentence: position.sentence + 1 };
    for (let segment = position.segment + 1; segment < segments.length; segment++) if (segments[segment]!.sentences.length > 0) return { segment, sentence: 0 };
    return null;
  };

  const speak = (position: Position) => {
    const text = sentenceAt(position);
    if (text === undefined) {
      set({ status: 'idle' });
      return;
    }
    const voice = chooseVoice(host.synthesis.getVoices(), language);
    if (!voice) {
      set({ status: 'idle', problem: 'no-voice', voiceName: null });
      return;
    }
    const mine = ++run;
    const utterance: UtteranceLike = host.createUtterance(text);
    utterance.lang = voice.lang;
    utterance.voice = voice;
    utterance.rate = state.rate;
    utterance.onend = () => {
      if (mine !== run) return;
      const next = following(position);
      if (next) speak(next);
      else set({ status: 'idle' });
    };
    utterance.onerror = (event) => {
      if (mine !== run || event.error === 'interrupted' || event.error === 'canceled') return;
      set({ status: 'idle', problem: 'failed' });
    };
    set({ status: 'speaking', position, problem: null, voiceName: voice.name });
    host.synthesis.speak(utterance);
  };

  const halt = () => {
    run++;
    host.synthesis.cancel();
  };

  return {
    state: () => state,
    subscribe(listener: (state: ReadAloudState) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** What to read, in which language; stops anything being read. */
    load(next: Segment[], nextLanguage: string) {
      halt();
      segments = next;
      language = nextLanguage;
      set({ status: 'idle', position: null, problem: null });
    },
    /** True when the device has a voice for the loaded language (voices may arrive late). */
    hasVoice: () => chooseVoice(host.synthesis.getVoices(), language) !== undefined,
    play(from: Position = { segment: 0, sentence: 0 }) {
      halt();
      speak(from);
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
      halt();
      set({ status: 'idle', position: null });
    },
    /** To the start of the next section. */
    skip() {
      const at = state.position ?? { segment: -1, sentence: 0 };
      const next = at.segment + 1 < segments.length ? { segment: at.segment + 1, sentence: 0 } : null;
      halt();
      if (next) speak(next);
      else set({ status: 'idle', position: null });
    },
    /** To the start of this section, or the previous one when already at its start. */
    back() {
      const at = state.position;
      if (!at) return;
      const target = at.sentence > 0 ? { segment: at.segment, sentence: 0 } : { segment: Math.max(0, at.segment - 1), sentence: 0 };
      halt();
      speak(target);
    },
    setRate(rate: number) {
      set({ rate: Math.min(MAX_RATE, Math.max(MIN_RATE, Math.round(rate * 10) / 10)) });
      // The new rate applies from the current sentence.
      if (state.status === 'speaking' && state.position) speak(state.position);
    },
    dispose() {
      halt();
      listeners.clear();
    },
  };
}

export type ReadAloud = ReturnType<typeof createReadAloud>;
