import type { SpeechHost, UtteranceLike, VoiceLike } from '../../../lib/speech/types';

/** A speech engine that records utterances and finishes them when the test says so. */
export function fakeSpeech(voices: VoiceLike[] = [voice('en-US', 'Ava'), voice('es-MX', 'Paulina')]) {
  const spoken: UtteranceLike[] = [];
  let current: UtteranceLike | null = null;
  const host: SpeechHost = {
    synthesis: {
      get speaking() {
        return current !== null;
      },
      paused: false,
      getVoices: () => voices,
      speak(utterance) {
        spoken.push(utterance);
        current = utterance;
      },
      cancel() {
        const cancelled = current;
        current = null;
        cancelled?.onerror?.({ error: 'interrupted' });
      },
      pause() {},
      resume() {},
    },
    createUtterance: (text) => ({ text, lang: '', rate: 1, voice: null, onstart: null, onend: null, onerror: null, onboundary: null }),
  };
  return {
    host,
    spoken,
    texts: () => spoken.map((utterance) => utterance.text),
    /** The engine finishes the current sentence. */
    finish() {
      const done = current;
      current = null;
      done?.onend?.({});
    },
  };
}

export function voice(lang: string, name: string, localService = true, isDefault = false): VoiceLike {
  return { lang, name, voiceURI: name, localService, default: isDefault };
}
