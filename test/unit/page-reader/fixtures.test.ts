import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findNarrativeField, readPage, watchPage } from '../../../lib/page-reader';
import type { PageReading } from '../../../lib/page-reader';
import { loadFixture, loadFrameFixture, runFixtureScripts } from './helpers';

const texts = (reading: PageReading) => reading.signals.map((signal) => signal.text);

describe('fixture pages', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('aspnet-table-form: label cells beside input cells', () => {
    loadFixture('aspnet-table-form.html');
    const reading = readPage(document);
    expect(reading.signals).toEqual([
      expect.objectContaining({ text: 'DOM VIOL - BATTERY', label: 'Incident Type', source: 'table' }),
    ]);
    expect(reading.caseNumber).toEqual({ value: '2026-004417', label: 'Case No.' });
    expect(reading.hasIncidentField).toBe(true);
    expect(findNarrativeField(document)?.id).toBe('ctl00_ContentPlaceHolder1_txtNarrative');
  });

  it('spa-late-render: nothing until the app renders, then the script-set value', () => {
    vi.useFakeTimers();
    loadFixture('spa-late-render.html');
    expect(readPage(document)).toEqual({ signals: [], hasIncidentField: false });
    runFixtureScripts();
    vi.advanceTimersByTime(1500);
    const rendered = readPage(document);
    expect(rendered.hasIncidentField).toBe(true);
    expect(rendered.signals).toEqual([]);
    expect(rendered.caseNumber?.value).toBe('R26-0318-0042');
    vi.advanceTimersByTime(300);
    expect(texts(readPage(document))).toEqual(['ROBBERY - STRONG ARM']);
  });

  it('select-changes: the selected option only, then the new selection', () => {
    loadFixture('select-changes.html');
    expect(readPage(document).signals).toEqual([expect.objectContaining({ text: 'THEFT - PETTY', label: 'Offense', source: 'label' })]);
    const select = document.getElementById('offense') as HTMLSelectElement;
    select.value = 'SEX-ASLT';
    expect(texts(readPage(document))).toEqual(['SEXUAL ASSAULT']);
    expect(readPage(document).caseNumber).toEqual({ value: '26-118734', label: 'Report No.' });
  });

  it('aria-labelled: aria-labelledby and aria-label only', () => {
    loadFixture('aria-labelled.html');
    const reading = readPage(document);
    expect(reading.signals).toEqual([expect.objectContaining({ text: 'STALKING', label: 'Incident type', source: 'label' })]);
    expect(reading.caseNumber).toEqual({ value: 'INC-2026-00931', label: 'Case number' });
  });

  it('iframe-host + iframe-form: each frame reads only its own document', async () => {
    loadFixture('iframe-host.html');
    expect(readPage(document)).toEqual({ signals: [], hasIncidentField: false });
    const frameDocument = await loadFrameFixture(document.getElementById('contentFrame') as HTMLIFrameElement);
    expect(readPage(document)).toEqual({ signals: [], hasIncidentField: false });
    const reading = readPage(frameDocument, { frame: 'contentFrame' });
    expect(reading.signals).toEqual([
      expect.objectContaining({ text: 'ELDER ABUSE - FINANCIAL', label: 'Incident Type', source: 'table', frame: 'contentFrame' }),
    ]);
    expect(reading.caseNumber).toEqual({ value: '2026-001987', label: 'Case #' });
  });

  it('iframe-form on its own, as served to the frame', () => {
    loadFixture('iframe-form.html');
    expect(readPage(document, { frame: 'contentFrame' }).signals.map((signal) => signal.text)).toEqual(['ELDER ABUSE - FINANCIAL']);
    expect(findNarrativeField(document)?.getAttribute('name')).toBe('SYNOPSIS');
  });

  it('shadow-form: nested open shadow roots', () => {
    loadFixture('shadow-form.html');
    runFixtureScripts();
    const reading = readPage(document);
    expect(reading.signals).toEqual([expect.objectContaining({ text: 'CHILD ABUSE - PHYSICAL', label: 'Incident Type' })]);
    expect(reading.caseNumber).toEqual({ value: '26-CPU-000219', label: 'Case Number' });
  });

  it('dl-summary: several offences from one dt', () => {
    loadFixture('dl-summary.html');
    const reading = readPage(document);
    expect(reading.signals).toEqual([
      expect.objectContaining({ text: 'PC 273.5 CORPORAL INJURY SPOUSE', code: 'PC 273.5', label: 'Offense(s)' }),
      expect.objectContaining({ text: 'PC 422 CRIMINAL THREATS', code: 'PC 422', label: 'Offense(s)' }),
    ]);
    expect(reading.caseNumber).toEqual({ value: '26-0041187', label: 'Case Number' });
  });

  it('polling-calls: one signal per row of the Call Type column, updated when tbody is replaced', () => {
    vi.useFakeTimers();
    loadFixture('polling-calls.html');
    const first = readPage(document);
    expect(texts(first)).toEqual(['415DV', '10-16', '459']);
    expect(first.signals.every((signal) => signal.label === 'Call Type' && signal.source === 'table')).toBe(true);
    expect(first.caseNumber).toEqual({ value: 'C26-0314-00871', label: 'CAD Incident #' });
    runFixtureScripts();
    vi.advanceTimersByTime(2000);
    expect(texts(readPage(document))).toEqual(['10-16', 'ASLT-DV', '459', '211', '10-50', 'STALK']);
  });

  it('modal-disabled: nothing while the modal is closed, then the disabled field', () => {
    vi.useFakeTimers();
    loadFixture('modal-disabled.html');
    const closed = readPage(document);
    expect(closed.signals).toEqual([]);
    expect(closed.hasIncidentField).toBe(false);
    expect(closed.caseNumber).toEqual({ value: '2026-007712', label: 'Case #' });
    runFixtureScripts();
    vi.advanceTimersByTime(1000);
    expect(readPage(document).hasIncidentField).toBe(true);
    vi.advanceTimersByTime(150);
    expect(texts(readPage(document))).toEqual(['HUMAN TRAFFICKING - SEX']);
  });

  it('home-menus: crimes named in menus, banners and headings give nothing', () => {
    loadFixture('home-menus.html');
    expect(readPage(document)).toEqual({ signals: [], hasIncidentField: false });
  });
});
