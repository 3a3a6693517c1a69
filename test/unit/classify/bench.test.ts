import { describe, expect, it } from 'vitest';
import { measureClassifierThroughput } from '../../../lib/classify/bench';

describe('measureClassifierThroughput', () => {
  it('reports how many strings it classified and the rate', () => {
    const result = measureClassifierThroughput(['DOM VIOL - BATTERY', 'TRAFFIC STOP', '273.5 PC'], 50);
    expect(result.count).toBeGreaterThan(0);
    expect(result.stringsPerSecond).toBeGreaterThan(0);
  });

  it('handles an empty list', () => {
    expect(measureClassifierThroughput([], 10)).toEqual({ stringsPerSecond: 0, count: 0 });
  });
});
