import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type PageReading } from '../../../lib/page-reader';
import { readingKey } from '../../../lib/page-reader/watch';
import { loadFixture, page, runFixtureScripts } from './helpers';

const texts = (reading: PageReading | undefined) => reading?.signals.map((signal) => signal.text);

describe('watchPage', () => {
  let stop: (() => void) | undefined;
  let readings: PageReading[];
  const onChange = (reading: PageReading) => readings.push(reading);

  beforeEach(() => {
    vi.useFakeTimers();
    readings = [];
  });
  afterEach(() => {
    stop?.();
    stop = undefined;
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('reports the first reading at once', () => {
    page('<label for="t">Incident Type</label><input id="t" value="STALKING">');
    stop = watchPage(document, onChange);
    expect(readings).toHaveLength(1);
    expect(texts(readings[0])).toEqual(['STALKING']);
  });

  it('debounces a burst of changes into one reading, after the quiet time', async () => {
    page('<label for="t">Incident Type</label><input id="t" value="">');
    stop = watchPage(document, onChange, { debounceMs: 150, valuePollMs: 0 });
    const input = document.getElementById('t') as HTMLInputElement;
    for (const text of ['R', 'RO', 'ROB', 'ROBBERY']) {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(readings).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(150);
    expect(readings.map(texts)).toEqual([[], ['ROBBERY']]);
  });

  it('stays quiet when nothing that it reports changed', async () => {
    page('<label for="t">Incident Type</label><input id="t" value="STALKING"><div id="clock">12:00</div>');
    stop = watchPage(document, onChange);
    for (let second = 1; second < 5; second++) {
      (document.getElementById('clock') as HTMLElement).textContent = `12:0${second}`;
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(readings).toHaveLength(1);
  });

  it('still reads a page that never stops changing (max wait)', async () => {
    page('<div id="app"></div><div id="ticker">0</div>');
    stop = watchPage(document, onChange, { debounceMs: 150, valuePollMs: 0 });
    const ticker = document.getElementById('ticker') as HTMLElement;
    (document.getElementById('app') as HTMLElement).innerHTML = '<label for="t">Nature of Call</label><input id="t" value="415DV">';
    for (let tick = 0; tick < 20; tick++) {
      ticker.textContent = String(tick);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(texts(readings.at(-1))).toEqual(['415DV']);
  });

  it('sees a select changed by the officer (change event)', async () => {
    loadFixture('select-changes.html');
    stop = watchPage(document, onChange);
    const select = document.getElementById('offense') as HTMLSelectElement;
    select.value = 'SEX-ASLT';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(150);
    expect(readings.map(texts)).toEqual([['THEFT - PETTY'], ['SEXUAL ASSAULT']]);
  });

  it('sees an app that renders late and a value set by script without events', async () => {
    loadFixture('spa-late-render.html');
    stop = watchPage(document, onChange);
    runFixtureScripts();
    expect(readings).toHaveLength(1);
    expect(readings[0]?.hasIncidentField).toBe(false);
    await vi.advanceTimersByTimeAsync(1500 + 150);
    expect(readings.at(-1)?.hasIncidentField).toBe(true);
    expect(readings.at(-1)?.caseNumber?.value).toBe('R26-0318-0042');
    // The value arrives 300 ms later with no event and no mutation: the value poll notices it.
    await vi.advanceTimersByTimeAsync(300 + 1000 + 150);
    expect(texts(readings.at(-1))).toEqual(['ROBBERY - STRONG ARM']);
  });

  it('follows a calls table whose tbody is replaced every 2 s', async () => {
    loadFixture('polling-calls.html');
    stop = watchPage(document, onChange);
    runFixtureScripts();
    await vi.advanceTimersByTimeAsync(2000 + 150);
    await vi.advanceTimersByTimeAsync(2000 + 150);
    expect(readings.map(texts)).toEqual([
      ['415DV', '10-16', '459'],
      ['10-16', 'ASLT-DV', '459', '211', '10-50', 'STALK'],
      ['ASLT-DV', '459', '211', '10-50', 'STALK', '261'],
    ]);
  });

  it('sees a modal opened later whose disabled field is filled by script', async () => {
    loadFixture('modal-disabled.html');
    stop = watchPage(document, onChange);
    runFixtureScripts();
    await vi.advanceTimersByTimeAsync(1000 + 150 + 150);
    expect(texts(readings.at(-1))).toEqual(['HUMAN TRAFFICKING - SEX']);
    expect(readings.at(-1)?.caseNumber?.value).toBe('2026-007712');
  });

  it('sees changes inside open shadow roots', async () => {
    loadFixture('shadow-form.html');
    runFixtureScripts();
    stop = watchPage(document, onChange, { valuePollMs: 0 });
    expect(texts(readings[0])).toEqual(['CHILD ABUSE - PHYSICAL']);
    const field = document.querySelector('rms-case-view')?.shadowRoot?.querySelectorAll('rms-field')[1];
    const input = field?.shadowRoot?.querySelector('input') as HTMLInputElement;
    input.value = 'CHILD ABUSE - NEGLECT';
    input.dispatchEvent(new Event('change'));
    await vi.advanceTimersByTimeAsync(150);
    expect(texts(readings.at(-1))).toEqual(['CHILD ABUSE - NEGLECT']);
  });

  it('stops: no more readings, no timers left behind', async () => {
    page('<label for="t">Incident Type</label><input id="t" value="A">');
    stop = watchPage(document, onChange);
    stop();
    const input = document.getElementById('t') as HTMLInputElement;
    input.value = 'B';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(readings).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('survives a listener that throws', async () => {
    page('<label for="t">Incident Type</label><input id="t" value="A">');
    let calls = 0;
    stop = watchPage(document, () => {
      calls++;
      throw new Error('listener failed');
    });
    const input = document.getElementById('t') as HTMLInputElement;
    input.value = 'B';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(2);
  });

  it('ignores mutations of scripts and styles', async () => {
    page('<label for="t">Incident Type</label><input id="t" value="A">');
    let reads = 0;
    stop = watchPage(document, () => reads++, { valuePollMs: 0 });
    const spy = vi.spyOn(document, 'createTreeWalker');
    document.head.append(document.createElement('style'));
    document.body.append(document.createElement('script'));
    await vi.advanceTimersByTimeAsync(500);
    expect(spy).not.toHaveBeenCalled();
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(500);
    expect(spy).toHaveBeenCalled();
    expect(reads).toBe(1);
  });
});

describe('readingKey', () => {
  it('ignores timestamps but not text, code, label, source, frame or case number', () => {
    const base: PageReading = {
      hasIncidentField: true,
      signals: [{ text: 'STALKING', label: 'Incident Type', source: 'label', frame: 'top', at: 1 }],
      caseNumber: { value: '1', label: 'Case #' },
    };
    const later = { ...base, signals: base.signals.map((signal) => ({ ...signal, at: 99 })) };
    expect(readingKey(later)).toBe(readingKey(base));
    expect(readingKey({ ...base, caseNumber: { value: '2', label: 'Case #' } })).not.toBe(readingKey(base));
    expect(readingKey({ ...base, signals: [{ ...base.signals[0]!, code: 'X' }] })).not.toBe(readingKey(base));
  });
});
