import { afterEach, describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/page-reader';
import { page } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

const FORM = `
  <label for="t">Incident Type</label><input id="t" value="THEFT - PETTY">
  <div class="x-field" data-field="offense"><input aria-label="Primary" value="SEXUAL ASSAULT"></div>
  <span id="caseLine">RMS case: 26-000123</span>
  <label for="c">Case #</label><input id="c" value="26-999">`;

describe('site rules', () => {
  it('take precedence over the label heuristics', () => {
    const reading = readPage(page(FORM), { siteRule: { incidentSelector: '[data-field="offense"] input', caseNumberSelector: '#caseLine' } });
    expect(reading.signals).toEqual([expect.objectContaining({ text: 'SEXUAL ASSAULT', label: 'Primary', source: 'site-rule' })]);
    expect(reading.caseNumber).toEqual({ value: '26-000123', label: 'RMS case' });
    expect(reading.hasIncidentField).toBe(true);
  });

  it('an invalid selector is ignored, not thrown', () => {
    page(FORM);
    const reading = readPage(document, { siteRule: { incidentSelector: 'input[[[', caseNumberSelector: ':::' } });
    expect(reading.signals.map((signal) => [signal.text, signal.source])).toEqual([['THEFT - PETTY', 'label']]);
    expect(reading.caseNumber?.value).toBe('26-999');
  });

  it('a selector that matches nothing visible falls back to the heuristics', () => {
    page(`${FORM}<input id="gone" style="display:none" value="ARSON">`);
    const reading = readPage(document, { siteRule: { incidentSelector: '#gone, #nothing' } });
    expect(reading.signals.map((signal) => signal.text)).toEqual(['THEFT - PETTY']);
  });

  it('an empty matched field still counts as the incident field', () => {
    page('<input id="mine" value=""><label for="t">Offense</label><input id="t" value="ARSON">');
    expect(readPage(document, { siteRule: { incidentSelector: '#mine' } })).toEqual({ signals: [], hasIncidentField: true });
  });

  it('reaches into open shadow roots and labels the signal from the field', () => {
    page('<x-form></x-form>');
    const root = (document.querySelector('x-form') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="k">Type code</label><select id="k"><option>DV1 - DOMESTIC</option></select>';
    const reading = readPage(document, { siteRule: { incidentSelector: 'select#k' } });
    expect(reading.signals).toEqual([expect.objectContaining({ text: 'DV1 - DOMESTIC', code: 'DV1', label: 'Type code', source: 'site-rule' })]);
  });
});
