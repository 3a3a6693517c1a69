import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readPage, selectorFor } from '../../../lib/page-reader';
import { displayedText } from '../../../lib/page-reader/dom';
import { collapseWhitespace } from '../../../lib/page-reader/text';

/** A random DOM: trees of divs, labels, fields, tables and lists with random text and attributes. */
interface NodeSpec {
  tag: string;
  text?: string;
  attributes: Record<string, string>;
  value?: string;
  children: readonly NodeSpec[];
}

const LABELS = ['Incident Type', 'Offense:', 'CALL TYPE', '* Nature of Call :', 'NIBRS Code', 'Case #', 'Report No.', 'Charge', 'Statute', 'Narrative', 'Status:', 'Date'];
const CRIMES = ['Sexual Assault Unit', 'Domestic Violence Reports', 'Homicide', 'ROBBERY - STRONG ARM', 'STALKING', '13B - SIMPLE ASSAULT', 'PC 273.5 CORPORAL INJURY SPOUSE', '2026-004417'];
const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&lt;b&gt;', '"><svg/onload=1>'];
const IDS = ['a', 'b', 'c', 'd'];

const textArbitrary = fc.oneof(
  fc.constantFrom(...LABELS),
  fc.constantFrom(...CRIMES),
  fc.constantFrom(...MARKUP),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...LABELS).map((label) => `${label} ${'x'.repeat(700)}`),
  fc.constant('   \n\t  '),
);

const attributesArbitrary = fc.record(
  {
    id: fc.constantFrom(...IDS),
    for: fc.constantFrom(...IDS),
    'aria-labelledby': fc.constantFrom(...IDS, 'a b'),
    'aria-label': fc.constantFrom(...LABELS, 'Main menu'),
    hidden: fc.constant(''),
    style: fc.constantFrom('display:none', 'visibility:hidden', 'color:red'),
    'aria-hidden': fc.constant('true'),
    contenteditable: fc.constant('true'),
    type: fc.constantFrom('text', 'hidden', 'checkbox'),
    class: fc.constantFrom('lbl', 'cap', 'value'),
    colspan: fc.constantFrom('2', '0', '-1', 'x'),
  },
  { requiredKeys: [] },
);

const LEAF_TAGS = ['input', 'textarea', 'span', 'b', 'a', 'button', 'td', 'th', 'dt', 'dd', 'label', 'h2', 'li', 'option'];
const BRANCH_TAGS = ['div', 'label', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'dl', 'nav', 'ul', 'li', 'p', 'select', 'header', 'footer', 'section', 'span'];

const spec = (tag: string, options: Partial<NodeSpec> = {}): NodeSpec => ({ tag, attributes: {}, children: [], ...options });

/** Label–value pairs in the shapes RMS screens use, with random labels, values and attributes. */
const pairArbitrary = fc
  .tuple(
    fc.constantFrom('label-for', 'cells', 'dl', 'spans', 'inline', 'column', 'aria', 'select'),
    fc.constantFrom(...LABELS),
    textArbitrary,
    textArbitrary,
    fc.constantFrom(...IDS),
    // Mostly plain, sometimes hidden, typed or styled.
    fc.oneof({ arbitrary: fc.constant({}), weight: 3 }, { arbitrary: attributesArbitrary, weight: 1 }),
  )
  .map(([shape, label, value, other, id, extra]): NodeSpec => {
    switch (shape) {
      case 'label-for':
        return spec('div', { children: [spec('label', { attributes: { for: id }, text: label }), spec('input', { attributes: { ...extra, id }, value })] });
      case 'cells':
        return spec('table', { children: [spec('tr', { children: [spec('td', { text: label }), spec('td', { attributes: extra, text: value })] })] });
      case 'dl':
        return spec('dl', { children: [spec('dt', { text: label }), spec('dd', { text: value, attributes: extra }), spec('dd', { text: other })] });
      case 'spans':
        return spec('div', { children: [spec('span', { text: label }), spec('span', { text: value, attributes: extra })] });
      case 'inline':
        return spec('p', { text: `${label}: ${value}`, attributes: extra });
      case 'column':
        return spec('table', {
          children: [
            spec('thead', { children: [spec('tr', { children: [spec('th', { text: 'Call #' }), spec('th', { text: label })] })] }),
            spec('tbody', {
              children: [
                spec('tr', { children: [spec('td', { text: '1' }), spec('td', { text: value })] }),
                spec('tr', { children: [spec('td', { text: '2' }), spec('td', { text: other, attributes: extra })] }),
              ],
            }),
          ],
        });
      case 'aria':
        return spec('input', { attributes: { ...extra, 'aria-label': label }, value });
      default:
        return spec('div', {
          children: [
            spec('label', { attributes: { for: id }, text: label }),
            spec('select', { attributes: { ...extra, id }, children: [spec('option', { text: value }), spec('option', { text: other })] }),
          ],
        });
    }
  });

const treeArbitrary = fc.letrec<{ node: NodeSpec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    pairArbitrary,
    fc.record({
      tag: fc.constantFrom(...LEAF_TAGS),
      text: fc.option(textArbitrary, { nil: undefined }),
      attributes: attributesArbitrary,
      value: fc.option(textArbitrary, { nil: undefined }),
      children: fc.constant([]),
    }),
    fc.record({
      tag: fc.constantFrom(...BRANCH_TAGS),
      text: fc.option(textArbitrary, { nil: undefined }),
      attributes: attributesArbitrary,
      value: fc.constant(undefined),
      children: fc.array(tie('node'), { maxLength: 5 }),
    }),
  ),
}));

function build(doc: Document, spec: NodeSpec): Element {
  const element = doc.createElement(spec.tag);
  for (const [name, value] of Object.entries(spec.attributes)) element.setAttribute(name, value);
  if (spec.text !== undefined && spec.tag !== 'input' && spec.tag !== 'textarea') element.append(doc.createTextNode(spec.text));
  for (const child of spec.children) element.append(build(doc, child));
  if (spec.value !== undefined && (spec.tag === 'input' || spec.tag === 'textarea')) (element as HTMLInputElement).value = spec.value;
  return element;
}

function render(specs: NodeSpec[]): void {
  document.body.innerHTML = '';
  for (const spec of specs) document.body.append(build(document, spec));
}

/** Every string the page shows: element text, field values, and the fields of one element together. */
function shownStrings(): string[] {
  const strings: string[] = [];
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    strings.push(collapseWhitespace(displayedText(element, 100_000)));
    const tag = element.localName;
    if (tag === 'input' || tag === 'textarea') strings.push(collapseWhitespace((element as HTMLInputElement).value));
    if (tag === 'option') strings.push(collapseWhitespace((element as HTMLOptionElement).text));
    const fields = Array.from(element.querySelectorAll('input, select, textarea'));
    if (fields.length > 1) {
      strings.push(
        collapseWhitespace(
          fields
            .map((field) => (field.localName === 'select' ? Array.from((field as HTMLSelectElement).selectedOptions ?? []).map((o) => o.text).join(' ') : (field as HTMLInputElement).value))
            .join(' '),
        ),
      );
    }
  }
  return strings;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readPage on random DOMs', () => {
  it('never throws; signals are non-empty, tidy, within the cap, and come from the page', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pairArbitrary, treeArbitrary.node), { maxLength: 6 }), fc.integer({ min: 1, max: 400 }), (specs, cap) => {
        render(specs);
        const reading = readPage(document, { maxValueLength: cap });
        expect(Array.isArray(reading.signals)).toBe(true);
        expect(typeof reading.hasIncidentField).toBe('boolean');
        if (reading.signals.length) expect(reading.hasIncidentField).toBe(true);
        const shown = shownStrings();
        for (const signal of reading.signals) {
          expect(signal.text.length).toBeGreaterThan(0);
          expect(signal.text.length).toBeLessThanOrEqual(cap);
          expect(signal.text).toBe(signal.text.trim());
          expect(signal.text).not.toMatch(/\s{2}/);
          const shownPart = signal.text.endsWith('…') ? signal.text.slice(0, -1) : signal.text;
          expect(shown.some((text) => text.includes(shownPart)), `${signal.text} not on the page`).toBe(true);
        }
        if (reading.caseNumber) expect(reading.caseNumber.value).toMatch(/\d/);
      }),
      { numRuns: 300 },
    );
  });

  it('gives nothing for pages whose text names crimes but has no incident label', () => {
    const words = fc.oneof(fc.constantFrom(...CRIMES), fc.lorem({ maxCount: 6 }));
    const plainNode = (children: fc.Arbitrary<readonly NodeSpec[]>) =>
      fc.record({
        tag: fc.constantFrom('div', 'span', 'p', 'nav', 'a', 'li', 'ul', 'h2', 'button', 'td', 'th', 'table', 'tr', 'label', 'input'),
        text: fc.option(words, { nil: undefined }),
        attributes: fc.constant({}),
        value: fc.option(words, { nil: undefined }),
        children,
      });
    const plain = fc.letrec<{ node: NodeSpec }>((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, plainNode(fc.constant([])), plainNode(fc.array(tie('node'), { maxLength: 4 }))),
    }));
    fc.assert(
      fc.property(fc.array(plain.node, { maxLength: 6 }), (specs) => {
        render(specs);
        const reading = readPage(document);
        expect(reading.signals).toEqual([]);
        expect(reading.hasIncidentField).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('selectorFor on random DOMs', () => {
  it('selects exactly the element', () => {
    fc.assert(
      fc.property(fc.array(treeArbitrary.node, { minLength: 1, maxLength: 5 }), fc.nat(), (specs, pick) => {
        render(specs);
        const elements = Array.from(document.body.querySelectorAll('*'));
        fc.pre(elements.length > 0);
        const element = elements[pick % elements.length] as Element;
        const selector = selectorFor(element);
        const matches = document.querySelectorAll(selector);
        expect(matches.length, selector).toBe(1);
        expect(matches[0]).toBe(element);
      }),
      { numRuns: 300 },
    );
  });
});
