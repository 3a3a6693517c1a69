import type { PageReading } from '../page-reader/types';

/**
 * The content script runs in every frame of an RMS tab (many RMS put the report form in an
 * iframe); the panel merges what each frame read into one reading. The top frame's case number
 * wins; identical signals from two frames count once.
 */
export function mergeFrameReadings(frames: ReadonlyMap<number, PageReading>): PageReading | undefined {
  if (frames.size === 0) return undefined;
  const ordered = [...frames.entries()].sort(([a], [b]) => a - b).map(([, reading]) => reading);
  const seen = new Set<string>();
  const merged: PageReading = { signals: [], hasIncidentField: false };
  for (const reading of ordered) {
    merged.hasIncidentField ||= reading.hasIncidentField;
    if (!merged.caseNumber && reading.caseNumber) merged.caseNumber = reading.caseNumber;
    for (const signal of reading.signals) {
      const key = `${signal.label}\n${signal.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      merged.signals.push(signal);
    }
  }
  return merged;
}
