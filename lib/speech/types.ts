/**
 * The slice of the Web Speech API the read-aloud feature uses. The host passes the real
 * `speechSynthesis` and `SpeechSynthesisUtterance` in (lib/ touches no DOM globals); tests pass fakes.
 */
export interface VoiceLike {
  readonly name: string;
  readonly lang: string;
  readonly voiceURI: string;
  /** True for voices that work offline (on the device). */
  readonly localService: boolean;
  readonly default: boolean;
}

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onstart: ((event: unknown) => void) | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
  onboundary: ((event: { charIndex: number; name?: string }) => void) | null;
}

export interface SynthesisLike {
  readonly speaking: boolean;
  readonly paused: boolean;
  getVoices(): VoiceLike[];
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

/** What a Platform offers when the device can speak. */
export interface SpeechHost {
  synthesis: SynthesisLike;
  createUtterance(text: string): UtteranceLike;
}
