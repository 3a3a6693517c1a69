import { afterEach, describe, expect, it } from 'vitest';
import { readPage, type PageReading } from '../../../lib/page-reader';
import { page } from './helpers';

const texts = (reading: PageReading) => reading.signals.map((signal) => signal.text);
const read = (html: string) => readPage(page(html), { now: () => 42 });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('label forms', () => {
  it('<label for>', () => {
    expect(read('<label for="t">Incident Type</label><input id="t" value="STALKING">').signals).toEqual([
      { text: 'STALKING', label: 'Incident Type', source: 'label', frame: 'top', at: 42 },
    ]);
  });

  it('wrapping <label>', () => {
    const reading = read('<label>Nature of Call <select><option>415DV - DISTURBANCE, DOMESTIC</option></select></label>');
    expect(reading.signals).toEqual([expect.objectContaining({ text: '415DV - DISTURBANCE, DOMESTIC', code: '415DV', label: 'Nature of Call' })]);
  });

  it('aria-labelledby (several ids) and aria-label', () => {
    expect(texts(read('<span id="a">Call</span><span id="b">Type</span><p>x</p><input aria-labelledby="a b" value="ASLT-DV">'))).toEqual(['ASLT-DV']);
    expect(read('<input aria-label="Offense Code" value="13B">').signals).toEqual([expect.objectContaining({ text: '13B', code: '13B', label: 'Offense Code' })]);
  });

  it('title and placeholder', () => {
    expect(texts(read('<input title="Crime Type" value="BURGLARY">'))).toEqual(['BURGLARY']);
    const reading = read('<input placeholder="Incident type" value="">');
    expect(reading.signals).toEqual([]);
    expect(reading.hasIncidentField).toBe(true);
  });

  it('table header over cells, with a sort link in the header', () => {
    const reading = read(`<table>
      <thead><tr><th>Call #</th><th><a href="#">Call Type</a></th><th>Location</th></tr></thead>
      <tbody><tr><td>C1</td><td>415DV</td><td>MAIN ST</td></tr><tr><td>C2</td><td><a href="#">10-16</a></td><td>OAK</td></tr></tbody>
    </table>`);
    expect(reading.signals).toEqual([
      expect.objectContaining({ text: '415DV', label: 'Call Type', source: 'table' }),
      expect.objectContaining({ text: '10-16', label: 'Call Type', source: 'table' }),
    ]);
  });

  it('column index respects colspan', () => {
    const reading = read(`<table><tr><th colspan="2">Call</th><th>Initial Call Type</th></tr>
      <tr><td>1</td><td>P1</td><td>ROBBERY</td></tr></table>`);
    expect(texts(reading)).toEqual(['ROBBERY']);
  });

  it('row header beside its cell', () => {
    expect(texts(read('<table><tr><th>Final Call Type</th><td>DV - VERBAL ONLY</td></tr></table>'))).toEqual(['DV - VERBAL ONLY']);
  });

  it('dt / dd with several values', () => {
    expect(texts(read('<dl><dt>Charges</dt><dd>PC 243(E)(1) BATTERY SPOUSE</dd><dd>PC 591 DAMAGE PHONE LINE</dd><dt>Date</dt><dd>1/1</dd></dl>'))).toEqual([
      'PC 243(E)(1) BATTERY SPOUSE',
      'PC 591 DAMAGE PHONE LINE',
    ]);
  });

  it('ASP.NET label cell then value cell, with wrappers and required marks', () => {
    const reading = read(`<table><tr>
      <td class="lbl"><b><font>Offense</font></b><span class="req">*</span>:</td>
      <td><input id="ctl00_x_txtOffense" value="ROBBERY - STRONG ARM"></td></tr></table>`);
    expect(reading.signals).toEqual([expect.objectContaining({ text: 'ROBBERY - STRONG ARM', label: 'Offense', source: 'table' })]);
  });

  it('skips a spacer cell between label and value', () => {
    expect(texts(read('<table><tr><td>Violations:</td><td></td><td>TRESPASS</td></tr></table>'))).toEqual(['TRESPASS']);
  });

  it('stacked layout: label row over value row', () => {
    expect(texts(read('<table><tr><td>Case #</td><td>Incident Type</td></tr><tr><td>26-1</td><td>ARSON</td></tr></table>'))).toEqual(['ARSON']);
  });

  it('label cell followed by another label: no value', () => {
    const reading = read('<table><tr><td>Incident Type:</td><td>Case #:</td><td>26-1</td></tr></table>');
    expect(reading.signals).toEqual([]);
  });

  it('span + span and label div + value div', () => {
    expect(texts(read('<div><span>Classification:</span> <span>CHILD ABUSE</span></div>'))).toEqual(['CHILD ABUSE']);
    expect(texts(read('<div class="row"><div class="col-4"><label>Situation Code</label></div><div class="col-8"><input value="DV1"></div></div>'))).toEqual(['DV1']);
  });

  it('"Label: value" in one element, and loose text after a bold label', () => {
    expect(read('<p>Incident Type: ELDER ABUSE - FINANCIAL</p>').signals).toEqual([
      expect.objectContaining({ text: 'ELDER ABUSE - FINANCIAL', label: 'Incident Type', source: 'text' }),
    ]);
    expect(texts(read('<div><b>Offense:</b> PC 422 CRIMINAL THREATS<br><b>Date:</b> 1/2/26</div>'))).toEqual(['PC 422 CRIMINAL THREATS']);
  });

  it('a field right after the label text in the same cell', () => {
    expect(texts(read('<table><tr><td>Charge: <input value="HS 11350"></td></tr></table>'))).toEqual(['HS 11350']);
  });

  it('a row of captions styled alike does not pair captions with each other', () => {
    expect(read('<div><span class="cap">Incident type</span><span class="cap">Status</span></div>').signals).toEqual([]);
  });

  const LABELS = [
    'Incident Type', 'Occurred Incident Type', 'Nature', 'Nature of Call', 'Call Type', 'Initial Call Type', 'Final Call Type',
    'Initial Incident', 'Offense', 'Offence', 'Offense Code', 'Case Offense', 'Charge', 'Statute', 'Violations', 'NCIC Code',
    'UCR Code', 'NIBRS Code', 'Crime Type', 'Classification', 'Situation Code', 'Initial/Final Call Type', 'Offense(s)',
  ];
  for (const label of LABELS) {
    for (const shown of [label, `${label.toUpperCase()}:`, `  ${label.toLowerCase().replace(' ', '   ')} : `, `* ${label}`, `${label} *`]) {
      it(`recognises the label ${JSON.stringify(shown)}`, () => {
        const reading = read(`<table><tr><td>${shown}</td><td><input value="X-VALUE"></td></tr></table>`);
        expect(reading.signals.map((signal) => signal.text)).toEqual(['X-VALUE']);
      });
    }
  }
});

describe('value kinds', () => {
  it('reads input.value as set by script, not the attribute', () => {
    page('<label for="t">Incident Type</label><input id="t" value="OLD">');
    (document.getElementById('t') as HTMLInputElement).value = 'NEW VALUE';
    expect(texts(readPage(document))).toEqual(['NEW VALUE']);
  });

  it('reads disabled and read-only inputs', () => {
    expect(texts(read('<label for="a">Offense</label><input id="a" disabled value="ARSON"><label for="b">Charge</label><input id="b" readonly value="FRAUD">'))).toEqual([
      'ARSON',
      'FRAUD',
    ]);
  });

  it('reads only the selected option, skipping placeholders', () => {
    const reading = read('<label for="s">Offense</label><select id="s"><option value="">-- Select --</option><option>ROBBERY</option><option>ARSON</option></select>');
    expect(reading.signals).toEqual([]);
    expect(reading.hasIncidentField).toBe(true);
    (document.getElementById('s') as HTMLSelectElement).selectedIndex = 2;
    expect(texts(readPage(document))).toEqual(['ARSON']);
  });

  it('reads each selected option of a multiple select', () => {
    page('<label for="s">Offenses</label><select id="s" multiple><option>ROBBERY</option><option>ARSON</option><option>STALKING</option></select>');
    const options = (document.getElementById('s') as HTMLSelectElement).options;
    options[0]!.selected = true;
    options[2]!.selected = true;
    expect(texts(readPage(document))).toEqual(['ROBBERY', 'STALKING']);
  });

  it('uses a select option value as the code for code fields', () => {
    expect(read('<label for="s">NIBRS Code</label><select id="s"><option value="13A" selected>Aggravated Assault</option></select>').signals).toEqual([
      expect.objectContaining({ text: 'Aggravated Assault', code: '13A' }),
    ]);
  });

  it('reads textareas and contenteditable', () => {
    page('<label for="a">Nature</label><textarea id="a"></textarea><div><span>Crime Type</span><div contenteditable="true">IDENTITY <b>THEFT</b></div></div>');
    (document.getElementById('a') as HTMLTextAreaElement).value = 'WELFARE\n CHECK';
    expect(texts(readPage(document))).toEqual(['WELFARE CHECK', 'IDENTITY THEFT']);
  });

  it('splits codes off values and puts code-field values in code', () => {
    const reading = read(`<dl>
      <dt>Offense</dt><dd>13B - SIMPLE ASSAULT</dd><dd>273.5 PC - CORPORAL INJURY</dd><dd>DOM VIOL - BATTERY</dd>
      <dt>Statute</dt><dd>ORS 163.160</dd>
      <dt>UCR Code</dt><dd>08</dd></dl>`);
    expect(reading.signals.map(({ text, code }) => ({ text, code }))).toEqual([
      { text: '13B - SIMPLE ASSAULT', code: '13B' },
      { text: '273.5 PC - CORPORAL INJURY', code: '273.5 PC' },
      { text: 'DOM VIOL - BATTERY', code: undefined },
      { text: 'ORS 163.160', code: 'ORS 163.160' },
      { text: '08', code: '08' },
    ]);
  });

  it('deduplicates identical text under the same label, keeps it under another label', () => {
    const reading = read(`<table><thead><tr><th>Offense</th></tr></thead><tbody><tr><td>ARSON</td></tr><tr><td>ARSON</td></tr></tbody></table>
      <p>Charge: ARSON</p>`);
    expect(reading.signals.map((signal) => [signal.label, signal.text])).toEqual([
      ['Offense', 'ARSON'],
      ['Charge', 'ARSON'],
    ]);
  });

  it('collapses whitespace and caps huge values with an ellipsis', () => {
    page('<label for="t">Incident Type</label><input id="t">');
    (document.getElementById('t') as HTMLInputElement).value = `  DOM\u00a0 VIOL\n\t- BATTERY ${'x'.repeat(5000)}`;
    const [signal] = readPage(document).signals;
    expect(signal?.text.length).toBe(300);
    expect(signal?.text.startsWith('DOM VIOL - BATTERY x')).toBe(true);
    expect(signal?.text.endsWith('…')).toBe(true);
    expect(readPage(document, { maxValueLength: 40 }).signals[0]?.text.length).toBeLessThanOrEqual(40);
  });

  it('treats markup-like text as text', () => {
    page('<label for="t">Incident Type</label><input id="t"><div id="d"></div>');
    const evil = '<img src=x onerror="window.__pwned=1"><script>alert(1)</script> ASSAULT';
    (document.getElementById('t') as HTMLInputElement).value = evil;
    const reading = readPage(document);
    expect(reading.signals[0]?.text).toBe(evil);
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('takes display text of a cell, not of hidden parts inside it', () => {
    expect(texts(read('<table><tr><th>Offense</th><td>ARSON<span hidden>SECRET</span><script>var x = 1</script></td></tr></table>'))).toEqual(['ARSON']);
  });
});

describe('hidden and detached fields', () => {
  it('ignores type=hidden', () => {
    expect(read('<label for="t">Incident Type</label><input id="t" type="hidden" value="ARSON">')).toEqual({ signals: [], hasIncidentField: false });
  });

  it('ignores display:none (inline and from a stylesheet), visibility:hidden, [hidden], aria-hidden', () => {
    const cases = [
      '<div style="display:none"><label for="t">Offense</label><input id="t" value="ARSON"></div>',
      '<style>.gone{display:none}</style><div class="gone"><label for="t">Offense</label><input id="t" value="ARSON"></div>',
      '<label for="t">Offense</label><input id="t" style="visibility:hidden" value="ARSON">',
      '<div hidden><label for="t">Offense</label><input id="t" value="ARSON"></div>',
      '<div aria-hidden="true"><label for="t">Offense</label><input id="t" value="ARSON"></div>',
      '<label for="t">Offense</label><div style="display:none"><input id="t" value="ARSON"></div>',
    ];
    for (const html of cases) expect(read(html).signals, html).toEqual([]);
  });

  it('ignores a hidden field but reads the visible one under the same label text', () => {
    expect(texts(read('<div hidden><p>Offense: SECRET</p></div><p>Offense: ARSON</p>'))).toEqual(['ARSON']);
  });

  it('ignores a label whose control is missing or detached', () => {
    const detached = document.createElement('input');
    detached.id = 'gone';
    detached.value = 'ARSON';
    expect(read('<label for="gone">Offense</label>')).toEqual({ signals: [], hasIncidentField: false });
  });

  it('never throws, even when the page does odd things', () => {
    page('<label for="t">Offense</label><input id="t" value="ARSON"><label for="u">Charge</label><input id="u" value="FRAUD">');
    Object.defineProperty(document.getElementById('t'), 'value', {
      get() {
        throw new Error('page getter');
      },
    });
    expect(() => readPage(document)).not.toThrow();
    expect(texts(readPage(document))).toEqual(['FRAUD']);
    expect(() => readPage(document.implementation.createHTMLDocument(''))).not.toThrow();
    expect(() => readPage(null as unknown as Document)).not.toThrow();
  });

  it('does not throw on iframes and reads only the given document', () => {
    page('<iframe srcdoc="<p>Offense: ARSON</p>"></iframe><p>Nature: WELFARE CHECK</p>');
    expect(texts(readPage(document))).toEqual(['WELFARE CHECK']);
  });

  it('reads documents without a window (DOMParser) using inline styles only', () => {
    const doc = new DOMParser().parseFromString('<p>Offense: ARSON</p><p style="display:none">Charge: FRAUD</p>', 'text/html');
    expect(texts(readPage(doc))).toEqual(['ARSON']);
  });
});

describe('page chrome never makes signals', () => {
  it('menus, nav, headers, banners, footers, links, buttons, headings', () => {
    const reading = read(`
      <header><h1>Sexual Assault Unit</h1><span>Offense: ROBBERY</span></header>
      <nav><ul><li><a href="#">Domestic Violence Reports</a></li><li>Incident Type: HOMICIDE</li></ul></nav>
      <div role="menu"><div role="menuitem">Offense</div><div role="menuitem">ARSON</div></div>
      <div class="banner">Classification: UNCLASSIFIED // LAW ENFORCEMENT SENSITIVE</div>
      <h2>Offense</h2><p>Homicide unit briefing</p>
      <a href="#">Offense: ARSON</a>
      <button>Offense: STALKING</button>
      <footer>Crime Type: FRAUD</footer>
      <p>Reports of sexual assault and domestic violence are handled by the Special Victims Section.</p>`);
    expect(reading).toEqual({ signals: [], hasIncidentField: false });
  });

  it('but a form inside an article header still counts', () => {
    expect(texts(read('<article><header><p>Offense: ARSON</p></header></article>'))).toEqual(['ARSON']);
  });

  it('does not take words inside longer labels or sentences as labels', () => {
    expect(read('<p>Offense Reports</p><p>ARSON</p><p>Incident Type Codes</p><p>X</p><label>Type of offense reported by caller was unclear</label><input value="Y">').signals).toEqual([]);
  });
});
