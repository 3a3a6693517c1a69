import type { SpeechHost, UtteranceLike, VoiceLike } from '../../../lib/speech/types';

/**
 * A speech engine that records utterances. A sentence ends when the test calls `finish()`, or,
 * with `msPerSentence`, on a timer (use vi.useFakeTimers). Voices can arrive late, as in Chrome.
 */
export function fakeSpeech(voices: VoiceLike[] = [voice('en-US', 'Ava'), voice('es-MX', 'Paulina')], options: { msPerSentence?: number } = {}) {
  const spoken: UtteranceLike[] = [];
  const voicesListeners = new Set<() => void>();
  let available = voices;
  let current: UtteranceLike | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = () => {
    const done = current;
    current = null;
    done?.onend?.({});
  };
  const host: SpeechHost = {
    synthesis: {
      get speaking() {
        return current !== null;
      },
      paused: false,
      getVoices: () => available,
      speak(utterance) {
        spoken.push(utterance);
        current = utterance;
        if (options.msPerSentence !== undefined) timer = setTimeout(finish, options.msPerSentence);
      },
      cancel() {
        clearTimeout(timer);
        const cancelled = current;
        current = null;
        cancelled?.onerror?.({ error: 'interrupted' });
      },
      pause() {},
      resume() {},
      addEventListener: (_type, listener) => void voicesListeners.add(listener),
      removeEventListener: (_type, listener) => void voicesListeners.delete(listener),
    },
    createUtterance: (text) => ({ text, lang: '', rate: 1, voice: null, onstart: null, onend: null, onerror: null, onboundary: null }),
  };
  return {
    host,
    spoken,
    texts: () => spoken.map((utterance) => utterance.text),
    /** The engine finishes the current sentence. */
    finish,
    /** The engine lists (more) voices and fires `voiceschanged`. */
    setVoices(next: VoiceLike[]) {
      available = next;
      for (const listener of voicesListeners) listener();
    },
    listenerCount: () => voicesListeners.size,
  };
}

export function voice(lang: string, name: string, localService = true, isDefault = false): VoiceLike {
  return { lang, name, voiceURI: name, localService, default: isDefault };
}
