import { describe, expect, it } from 'vitest';
import { mergeFrameReadings } from '../../../lib/extension/frame-readings';
import type { PageReading } from '../../../lib/page-reader/types';

const signal = (text: string, frame: string) => ({ text, label: 'Offense', source: 'label' as const, frame, at: 0 });

describe('mergeFrameReadings', () => {
  it('is undefined before any frame reports', () => {
    expect(mergeFrameReadings(new Map())).toBeUndefined();
  });

  it('merges frames: top frame first, signals once, first case number wins', () => {
    const frames = new Map<number, PageReading>([
      [7, { hasIncidentField: true, signals: [signal('ELDER ABUSE', 'frame:/form'), signal('THEFT', 'frame:/form')], caseNumber: { value: 'F-1', label: 'Case #' } }],
      [0, { hasIncidentField: false, signals: [signal('THEFT', 'top')], caseNumber: { value: 'T-1', label: 'Case #' } }],
    ]);
    const merged = mergeFrameReadings(frames)!;
    expect(merged.hasIncidentField).toBe(true);
    expect(merged.caseNumber?.value).toBe('T-1');
    expect(merged.signals.map((s) => s.text)).toEqual(['THEFT', 'ELDER ABUSE']);
  });
});
