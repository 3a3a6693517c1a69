import type { VoiceLike } from './types';

/**
 * The voice to read a script in: the exact language tag, else the same language in another
 * region (es-US for es-MX), preferring voices on the device (they work offline, and nothing is
 * sent to a cloud speech service) and the system default among equals. Undefined when the device
 * has no voice for the language: the panel says so rather than reading Spanish with an English voice.
 */
export function chooseVoice(voices: readonly VoiceLike[], language: string): VoiceLike | undefined {
  const wanted = language.toLowerCase();
  const primary = wanted.split('-')[0]!;
  const score = (voice: VoiceLike) => {
    const tag = voice.lang.toLowerCase().replace('_', '-');
    const languageScore = tag === wanted ? 2 : tag.split('-')[0] === primary ? 1 : 0;
    if (languageScore === 0) return -1;
    return languageScore * 4 + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
  };
  let best: VoiceLike | undefined;
  let bestScore = -1;
  for (const voice of voices) {
    const value = score(voice);
    if (value > bestScore) {
      best = voice;
      bestScore = value;
    }
  }
  return best;
}
