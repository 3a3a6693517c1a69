import { describe, expect, it } from 'vitest';
import { recogniseReading } from '../../lib/incident/recognise';
import type { IncidentSignal } from '../../lib/page-reader/types';

const signal = (text: string, label = 'Offense', code?: string): IncidentSignal => ({ text, label, source: 'label', frame: 'top', at: 0, ...(code ? { code } : {}) });

describe('recogniseReading', () => {
  it('is empty without a reading', () => {
    expect(recogniseReading(undefined)).toEqual({ signals: [], categories: [] });
  });

  it('unions the categories of several offences, each once, best first', () => {
    const result = recogniseReading({
      hasIncidentField: true,
      signals: [signal('PC 422 CRIMINAL THREATS'), signal('PC 273.5(A) CORPORAL INJURY ON SPOUSE/COHABITANT')],
    });
    const ids = result.categories.map((category) => category.id);
    expect(ids[0]).toBe('domestic-family-violence');
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.categories[0]!.from).toContain('273.5');
    expect(result.signals).toHaveLength(2);
  });

  it('lets a department mapping win', () => {
    const result = recogniseReading({ hasIncidentField: true, signals: [signal('XYZ-77 SPECIAL CALL')] }, [
      { match: 'XYZ-77', kind: 'pattern', category: 'elder-abuse-neglect' },
    ]);
    expect(result.categories[0]!.id).toBe('elder-abuse-neglect');
  });

  it('recognises nothing in a call with no victim', () => {
    expect(recogniseReading({ hasIncidentField: true, signals: [signal('TRAFFIC STOP')] }).categories).toEqual([]);
  });
});
