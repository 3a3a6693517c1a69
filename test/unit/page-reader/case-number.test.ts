import { afterEach, describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/page-reader';
import { page } from './helpers';

const caseOf = (html: string) => readPage(page(html)).caseNumber;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('case number', () => {
  it('from a labelled field, a cell, a dd, inline text and a heading', () => {
    expect(caseOf('<label for="c">Case No.</label><input id="c" value="2026-004417">')).toEqual({ value: '2026-004417', label: 'Case No.' });
    expect(caseOf('<table><tr><td>Report #:</td><td>26-118734</td></tr></table>')).toEqual({ value: '26-118734', label: 'Report #' });
    expect(caseOf('<dl><dt>Occurrence #</dt><dd>GO-2026-31337</dd></dl>')).toEqual({ value: 'GO-2026-31337', label: 'Occurrence #' });
    expect(caseOf('<p>Crime reference: 01/123456/26</p>')).toEqual({ value: '01/123456/26', label: 'Crime reference' });
    expect(caseOf('<h2>Report # 26-0042</h2>')).toEqual({ value: '26-0042', label: 'Report #' });
    expect(caseOf('<input aria-label="Incident Number" value="I-26-77">')).toEqual({ value: 'I-26-77', label: 'Incident Number' });
  });

  it('only values that look like identifiers', () => {
    expect(caseOf('<label for="c">Case #</label><input id="c" value="pending approval">')).toBeUndefined();
    expect(caseOf('<label for="c">Case #</label><input id="c" value="">')).toBeUndefined();
    expect(caseOf('<table><tr><td>Case #</td><td>NONE</td></tr></table>')).toBeUndefined();
  });

  it('not from navigation, and not from a column with many rows', () => {
    expect(caseOf('<nav><a href="#">Case # 2026-1</a></nav>')).toBeUndefined();
    expect(caseOf('<table><tr><th>Case #</th></tr><tr><td>26-1</td></tr><tr><td>26-2</td></tr></table>')).toBeUndefined();
    expect(caseOf('<table><tr><th>Case #</th></tr><tr><td>26-1</td></tr></table>')).toEqual({ value: '26-1', label: 'Case #' });
  });

  it('ignores hidden case numbers', () => {
    expect(caseOf('<input type="hidden" aria-label="Case #" value="26-1"><div hidden>Case # 26-2</div>')).toBeUndefined();
  });
});
