import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createReadAloud, type ReadAloud, type ReadAloudState, type Segment } from '../../lib/speech/read-aloud';
import type { SpeechHost } from '../../lib/speech/types';

/**
 * One read-aloud controller per mounted script view, fed the segments on screen. Null when the
 * host cannot speak. Unmounting stops the voice: nothing keeps talking after the card is gone.
 */
export function useReadAloud(speech: SpeechHost | undefined, segments: Segment[], language: string): { reader: ReadAloud; state: ReadAloudState } | null {
  const reader = useMemo(() => (speech ? createReadAloud(speech) : null), [speech]);
  const [state, setState] = useState<ReadAloudState | null>(() => reader?.state() ?? null);
  // Layout effects run at commit, so the words are loaded before Play can be pressed.
  useLayoutEffect(() => {
    if (!reader) return;
    setState(reader.state());
    const stop = reader.subscribe(setState);
    return () => {
      stop();
      reader.dispose();
    };
  }, [reader]);
  // Reload (which stops the voice) only when the words change: the panel recomputes the
  // selection whenever the page is re-read, and that must not cut a sentence off.
  const content = useMemo(() => `${language}\u0002${segments.map((s) => `${s.id}\u0001${s.sentences.join('\u0001')}`).join('\u0002')}`, [segments, language]);
  const latest = useRef(segments);
  latest.current = segments;
  useLayoutEffect(() => reader?.load(latest.current, language), [reader, content, language]);
  return reader && state ? { reader, state } : null;
}
