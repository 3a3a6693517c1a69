import { afterEach, describe, expect, it } from 'vitest';
import { findNarrativeField, readPage } from '../../../lib/page-reader';
import { buildLargeRmsPage } from '../../../lib/page-reader/bench-page';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('buildLargeRmsPage', () => {
  it('builds about 5,000 elements with one incident type and one case number', () => {
    buildLargeRmsPage(document);
    const count = document.body.getElementsByTagName('*').length;
    expect(count).toBeGreaterThanOrEqual(5000);
    expect(count).toBeLessThan(5100);
    const reading = readPage(document);
    expect(reading.signals.map(({ text, label, source }) => ({ text, label, source }))).toEqual([
      { text: 'DOM VIOL - BATTERY', label: 'Incident Type', source: 'table' },
    ]);
    expect(reading.caseNumber).toEqual({ value: '2026-004417', label: 'Case Number' });
    expect(findNarrativeField(document)?.id).toBe('ctl00_ContentPlaceHolder1_txtNarrative');
  });

  it('honours a smaller size', () => {
    buildLargeRmsPage(document, 500);
    expect(document.body.getElementsByTagName('*').length).toBeGreaterThanOrEqual(500);
    expect(document.body.getElementsByTagName('*').length).toBeLessThan(600);
  });

  it('reads the 5,000-element page quickly even in happy-dom', () => {
    buildLargeRmsPage(document, 5000);
    readPage(document); // warm up
    const runs: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      readPage(document);
      runs.push(performance.now() - start);
    }
    runs.sort((a, b) => a - b);
    const median = runs[2] ?? 0;
    console.info(`readPage on buildLargeRmsPage (happy-dom): median ${median.toFixed(1)} ms over ${runs.length} runs`);
    // happy-dom is far slower than a browser; this only catches accidental whole-page work.
    expect(median).toBeLessThan(250);
  });
});
