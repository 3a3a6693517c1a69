import { afterEach, describe, expect, it } from 'vitest';
import { selectorFor } from '../../../lib/page-reader';
import { looksGenerated } from '../../../lib/page-reader/selector';
import { page } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

function expectSelects(element: Element): string {
  const selector = selectorFor(element);
  const root = element.getRootNode() as ParentNode;
  const matches = root.querySelectorAll(selector);
  expect(matches.length, selector).toBe(1);
  expect(matches[0], selector).toBe(element);
  return selector;
}

const byId = (id: string) => document.getElementById(id) as Element;

describe('selectorFor', () => {
  it('prefers a stable id', () => {
    page('<input id="incidentType">');
    expect(expectSelects(byId('incidentType'))).toBe('#incidentType');
  });

  it('escapes ids that are not plain identifiers', () => {
    page('<input id="1st.type:field">');
    expectSelects(byId('1st.type:field'));
  });

  it('avoids generated ids when a name, data hook or aria-label exists', () => {
    page(`<input id="ext-gen12345" name="incidentType">
      <input id="field-8f3a9c2e1b" data-testid="case-number">
      <input id=":r7:" aria-label="Nature of call">`);
    expect(expectSelects(byId('ext-gen12345'))).toBe('input[name="incidentType"]');
    expect(expectSelects(byId('field-8f3a9c2e1b'))).toBe('input[data-testid="case-number"]');
    expect(expectSelects(byId(':r7:'))).toBe('input[aria-label="Nature of call"]');
  });

  it('uses the stable tail of ASP.NET client ids', () => {
    page(`<table id="ctl00_Main_gvOffenses">
      <tr><td><input id="ctl00_Main_gvOffenses_ctl02_txtCode" name="ctl00$Main$gvOffenses$ctl02$txtCode"></td></tr>
      <tr><td><input id="ctl00_Main_gvOffenses_ctl03_txtCode" name="ctl00$Main$gvOffenses$ctl03$txtCode"></td></tr>
    </table>
    <input id="ctl00_ContentPlaceHolder1_txtIncidentType" name="ctl00$ContentPlaceHolder1$txtIncidentType">`);
    expect(expectSelects(byId('ctl00_ContentPlaceHolder1_txtIncidentType'))).toBe('input[id$="_txtIncidentType"]');
    // Rows repeat the tail: anchored on the grid, then positions.
    const second = expectSelects(byId('ctl00_Main_gvOffenses_ctl03_txtCode'));
    expect(second).toContain('table[id$="_gvOffenses"]');
    expect(second).not.toContain('ctl03');
  });

  it('falls back to a path anchored on a stable ancestor, or on :root', () => {
    page('<form id="report"><div><span>a</span><span>b</span></div><div><span>c</span></div></form><p><b>x</b></p><p><b>y</b></p>');
    const spans = document.querySelectorAll('#report span');
    expect(expectSelects(spans[1] as Element)).toBe('#report > div:nth-of-type(1) > span:nth-of-type(2)');
    expect(expectSelects(document.querySelectorAll('p b')[1] as Element)).toMatch(/^:root > body > p:nth-of-type\(2\) > b$/);
  });

  it('works inside a shadow root', () => {
    page('<x-host></x-host>');
    const root = (document.querySelector('x-host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<div><input name="offense"></div><div><input></div><div><input></div>';
    expect(expectSelects(root.querySelector('input[name="offense"]') as Element)).toBe('input[name="offense"]');
    expectSelects(root.querySelectorAll('input')[2] as Element);
  });

  it('is stable: the same element gives the same selector after unrelated changes', () => {
    page('<div><input id="ctl00_Main_txtNature" name="ctl00$Main$txtNature"></div>');
    const first = selectorFor(byId('ctl00_Main_txtNature'));
    document.body.prepend(document.createElement('div'));
    expect(selectorFor(byId('ctl00_Main_txtNature'))).toBe(first);
  });
});

describe('looksGenerated', () => {
  it.each(['ext-gen1234', 'ember512', 'j_idt42', ':r1:', 'a1b2c3d4e5f6', '550e8400-e29b-41d4-a716-446655440000', 'ctl00_Main_gv_ctl02_x', 'mui-12'])(
    '%s is generated',
    (value) => expect(looksGenerated(value)).toBe(true),
  );
  it.each(['incidentType', 'txtIncidentType', 'case-number', 'offense_code', 'dateOfBirth'])('%s is stable', (value) => expect(looksGenerated(value)).toBe(false));
});
