import type { SpeechHost, SynthesisLike, UtteranceLike } from '../lib/speech/types';

/** The page's speech synthesis for read aloud, when the browser has it. Shared by the extension pages and the widget. */
export function browserSpeech(): SpeechHost | undefined {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return undefined;
  return {
    synthesis: speechSynthesis as unknown as SynthesisLike,
    createUtterance: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
  };
}

/** Offers text as a file download (the CSV exports). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  // Revoked later, not at once: the download may start after this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
