import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../lib/page-reader';

describe('watchPage on a committed change', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads a changed select at once, without waiting for the typing debounce', () => {
    document.body.innerHTML = `
      <label for="offense">Offense</label>
      <select id="offense"><option value="a">THEFT - PETTY</option><option value="b">SEXUAL ASSAULT</option></select>`;
    const seen: string[] = [];
    const stop = watchPage(document, (reading) => seen.push(reading.signals.map((s) => s.text).join()), { valuePollMs: 0 });
    expect(seen).toEqual(['THEFT - PETTY']);
    const select = document.querySelector('select')!;
    select.value = 'b';
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['THEFT - PETTY', 'SEXUAL ASSAULT']);
    stop();
  });

  it('still waits for quiet while the officer types', () => {
    document.body.innerHTML = `<label for="t">Incident Type</label><input id="t" value="ROB">`;
    const seen: string[] = [];
    const stop = watchPage(document, (reading) => seen.push(reading.signals.map((s) => s.text).join()), { valuePollMs: 0 });
    const input = document.querySelector('input')!;
    input.value = 'ROBBERY';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(50);
    expect(seen).toEqual(['ROB']);
    vi.advanceTimersByTime(200);
    expect(seen).toEqual(['ROB', 'ROBBERY']);
    stop();
  });
});
