/**
 * Headless Chromium on a CI machine has no speech voices, so the panel would (rightly) say it
 * cannot read aloud. This init script gives every page one English and one Spanish local voice
 * and records what is spoken in `window.__spoken`, ending each utterance shortly after it starts,
 * so a test can observe read-aloud end to end through the real Web Speech API surface.
 */
export function installSpeechStub(): void {
  const voices = [
    { name: 'Test English', lang: 'en-US', voiceURI: 'test-en', localService: true, default: true },
    { name: 'Test Español', lang: 'es-US', voiceURI: 'test-es', localService: true, default: false },
  ];
  const spoken: { text: string; lang: string; voice: string | null; rate: number }[] = [];
  (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
  let speaking = false;
  let paused = false;
  let current: SpeechSynthesisUtterance | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = (utterance: SpeechSynthesisUtterance) => {
    speaking = false;
    current = null;
    utterance.onend?.(new Event('end') as SpeechSynthesisEvent);
  };
  const synthesis = {
    get speaking() {
      return speaking;
    },
    get paused() {
      return paused;
    },
    get pending() {
      return false;
    },
    getVoices: () => voices as unknown as SpeechSynthesisVoice[],
    speak(utterance: SpeechSynthesisUtterance) {
      spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null, rate: utterance.rate });
      speaking = true;
      current = utterance;
      setTimeout(() => utterance.onstart?.(new Event('start') as SpeechSynthesisEvent), 0);
      timer = setTimeout(() => finish(utterance), 150);
    },
    cancel() {
      clearTimeout(timer);
      speaking = false;
      current = null;
    },
    pause() {
      paused = true;
      clearTimeout(timer);
    },
    resume() {
      paused = false;
      if (current) {
        const utterance = current;
        timer = setTimeout(() => finish(utterance), 150);
      }
    },
    addEventListener() {},
    removeEventListener() {},
    onvoiceschanged: null,
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synthesis });
  // The real utterance accepts only real voices; the stub's voices are plain objects.
  class StubUtterance {
    text: string;
    lang = '';
    rate = 1;
    pitch = 1;
    volume = 1;
    voice: unknown = null;
    onstart: ((event: Event) => void) | null = null;
    onend: ((event: Event) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    onboundary: ((event: Event) => void) | null = null;
    constructor(text = '') {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: StubUtterance });
}
