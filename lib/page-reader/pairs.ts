import { displayedText, elementByIdNear, fieldsWithin, isElement, isFieldLike, tagOf, TEXT_NODE } from './dom';
import { labelKey, looksLikeLabel } from './labels';

/**
 * Label → value pairing, the way a person reads a form: the control a <label> points to or
 * wraps, the cells under a column header or beside a row header, the <dd> after a <dt>, the
 * cell or element next to a label cell or span.
 */

export interface ValueLocation {
  /** A field, or an element whose text is the value (a cell, a span, a <dd>). */
  element: Element;
  source: 'label' | 'table';
  /** Set when the value is loose text after the label ("<b>Offense:</b> PC 422 ..."). */
  text?: string;
}

export interface Pairing {
  /** The label was found next to a place for a value (so the page has that field). */
  paired: boolean;
  locations: ValueLocation[];
}

const NOT_PAIRED: Pairing = { paired: false, locations: [] };

// Elements that are a label's natural box: climbing past them would leave the label.
const LABEL_BOXES = new Set(['label', 'td', 'th', 'dt', 'dd', 'li', 'legend']);
// Containers that hold a whole form or table, never a single label.
const STRUCTURE = new Set(['body', 'html', 'form', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol', 'dl', 'fieldset', 'main', 'section', 'article', 'dialog']);
// Inline elements whose text continues a loose value on the same line.
const INLINE = new Set(['span', 'b', 'strong', 'i', 'em', 'font', 'a', 'u', 'small', 'mark', 'abbr', 'code', 'var', 'time', 'data', 'bdi', 'bdo']);
// Elements next to a label that are decoration or actions, not values.
const NOT_VALUES = new Set(['br', 'hr', 'img', 'button', 'script', 'style', 'template', 'noscript', 'svg', 'i']);

/** A display value longer than this is prose beside a heading-like word, not a field's value. */
const MAX_DISPLAY_VALUE = 600;
const MAX_COLUMN_ROWS = 500;

/** The widest element around `start` that still shows only the label (e.g. td > b > font). */
export function labelBox(start: Element, key: string): Element {
  let box = start;
  for (let depth = 0; depth < 4; depth++) {
    if (LABEL_BOXES.has(tagOf(box))) break;
    const parent = box.parentElement;
    if (!parent || STRUCTURE.has(tagOf(parent))) break;
    if (labelKey(displayedText(parent, 200)) !== key) break;
    if (fieldsWithin(parent).length > 0) break;
    box = parent;
  }
  return box;
}

/**
 * Where the value for the label is. `textNode` is the label's own text when it came from the
 * page text (so a field after it in the same element can be chosen).
 */
export function pairLabel(box: Element, key: string, textNode?: Text): Pairing {
  const fieldAfterText = textNode ? firstFieldAfter(box, textNode) : null;
  if (fieldAfterText) return { paired: true, locations: [{ element: fieldAfterText, source: 'label' }] };

  const label = box.closest('label');
  if (label && (label === box || label.contains(box))) {
    const forId = label.getAttribute('for');
    const target = forId ? elementByIdNear(label, forId) : null;
    if (target) return { paired: true, locations: [{ element: target, source: 'label' }] };
    const wrapped = fieldsWithin(label);
    if (wrapped.length) return { paired: true, locations: wrapped.map((element) => ({ element, source: 'label' as const })) };
    return pairByNeighbour(label, key);
  }
  const tag = tagOf(box);
  if (tag === 'th' || box.getAttribute('role') === 'columnheader') return pairHeaderCell(box);
  if (tag === 'td' || box.getAttribute('role') === 'gridcell' || box.getAttribute('role') === 'cell') return pairLabelCell(box);
  if (tag === 'dt') return pairDefinitionTerm(box);
  return pairByNeighbour(box, key);
}

function firstFieldAfter(container: Element, textNode: Text): Element | null {
  for (const field of fieldsWithin(container)) {
    // 4 = DOCUMENT_POSITION_FOLLOWING
    if (textNode.compareDocumentPosition(field) & 4) return field;
  }
  return null;
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => {
    const tag = tagOf(cell);
    return tag === 'td' || tag === 'th' || cell.getAttribute('role') === 'gridcell' || cell.getAttribute('role') === 'cell' || cell.getAttribute('role') === 'columnheader';
  });
}

function span(cell: Element): number {
  const value = Number.parseInt(cell.getAttribute('colspan') ?? '1', 10);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 100) : 1;
}

function columnOf(cell: Element): number {
  let column = 0;
  for (const sibling of cellsOf(cell.parentElement ?? cell)) {
    if (sibling === cell) return column;
    column += span(sibling);
  }
  return column;
}

function cellAtColumn(row: Element, column: number): Element | null {
  let start = 0;
  for (const cell of cellsOf(row)) {
    const end = start + span(cell);
    if (column >= start && column < end) return cell;
    start = end;
  }
  return null;
}

/** The rows of the table that owns `row`, in order, without rows of nested tables. */
function rowsOf(row: Element): Element[] {
  const section = row.parentElement;
  if (!section) return [row];
  const table = tagOf(section) === 'table' ? section : section.parentElement;
  if (!table || tagOf(table) !== 'table') {
    // ARIA grids: rows are the row's siblings (and their rowgroup's siblings).
    const group = section.getAttribute('role') === 'rowgroup' ? section.parentElement : null;
    if (group) return Array.from(group.querySelectorAll('[role="row"]')).filter((candidate) => candidate.closest('[role="grid"], [role="table"], [role="treegrid"]') === group.closest('[role="grid"], [role="table"], [role="treegrid"]'));
    return Array.from(section.children);
  }
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (const inner of Array.from(child.children)) if (tagOf(inner) === 'tr') rows.push(inner);
    }
  }
  return rows;
}

function pairHeaderCell(header: Element): Pairing {
  const next = header.nextElementSibling;
  // A row header ("<th>Incident Type</th><td>...</td>") pairs like a label cell.
  if (next && (tagOf(next) === 'td' || next.getAttribute('role') === 'gridcell' || next.getAttribute('role') === 'cell')) {
    return pairLabelCell(header);
  }
  const row = header.parentElement;
  if (!row) return NOT_PAIRED;
  const column = columnOf(header);
  const rows = rowsOf(row);
  const below = rows.slice(rows.indexOf(row) + 1).filter((candidate) => candidate.parentElement && tagOf(candidate.parentElement) !== 'thead');
  const locations: ValueLocation[] = [];
  for (const candidate of below.slice(0, MAX_COLUMN_ROWS)) {
    const cell = cellAtColumn(candidate, column);
    // A second header row (e.g. a repeated header) is not a value.
    if (cell && tagOf(cell) !== 'th') locations.push({ element: cell, source: 'table' });
  }
  return { paired: true, locations };
}

function hasContent(element: Element): boolean {
  return isFieldLike(element) || fieldsWithin(element).length > 0 || displayedText(element, 50).trim() !== '';
}

function pairLabelCell(labelCell: Element): Pairing {
  for (let cell = labelCell.nextElementSibling, hops = 0; cell && hops < 3; cell = cell.nextElementSibling, hops++) {
    if (!hasContent(cell)) {
      // An empty cell right after the label is the (empty) value in read-only summaries, but
      // ASP.NET layouts also put spacer cells there: look one further before deciding.
      const after = cell.nextElementSibling;
      if (after && hasContent(after) && !isLabelLike(after)) continue;
      return { paired: true, locations: [{ element: cell, source: 'table' }] };
    }
    if (isLabelLike(cell)) return NOT_PAIRED;
    return { paired: true, locations: [{ element: cell, source: 'table' }] };
  }
  // Stacked layout: label row above, value row below, same column.
  const row = labelCell.parentElement;
  if (row) {
    const rows = rowsOf(row);
    const next = rows[rows.indexOf(row) + 1];
    const cell = next ? cellAtColumn(next, columnOf(labelCell)) : null;
    if (cell && hasContent(cell) && !isLabelLike(cell)) return { paired: true, locations: [{ element: cell, source: 'table' }] };
  }
  return NOT_PAIRED;
}

function isLabelLike(element: Element): boolean {
  if (isFieldLike(element) || fieldsWithin(element).length > 0) return false;
  return looksLikeLabel(displayedText(element, 200));
}

function pairDefinitionTerm(term: Element): Pairing {
  const locations: ValueLocation[] = [];
  for (let sibling = term.nextElementSibling; sibling && tagOf(sibling) !== 'dt'; sibling = sibling.nextElementSibling) {
    if (tagOf(sibling) === 'dd') locations.push({ element: sibling, source: 'label' });
  }
  return { paired: locations.length > 0, locations };
}

/**
 * The value right after the label: the next element (span + span, label div + value div), or
 * loose text on the same line. Climbs out of wrappers that hold only the label.
 */
function pairByNeighbour(box: Element, key: string): Pairing {
  let current: Element | null = box;
  for (let level = 0; level < 3 && current; level++) {
    let hops = 0;
    for (let node = current.nextSibling; node && hops < 4; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE) {
        // Loose text starts with text of its own; whitespace between elements is layout.
        if (!(node as Text).data.trim()) continue;
        const loose = looseTextFrom(node);
        if (loose.trim()) {
          if (looksLikeLabel(loose)) return NOT_PAIRED;
          const parent = current.parentElement;
          return parent ? { paired: true, locations: [{ element: parent, source: 'label', text: loose }] } : NOT_PAIRED;
        }
        continue;
      }
      if (!isElement(node)) continue;
      hops++;
      const tag = tagOf(node);
      if (NOT_VALUES.has(tag) || node.getAttribute('role') === 'button') continue;
      if (isFieldLike(node)) return { paired: true, locations: [{ element: node, source: 'label' }] };
      const fields = fieldsWithin(node);
      if (fields.length) return { paired: true, locations: [{ element: node, source: 'label' }] };
      // A row of captions ("Incident type", "Status"...) styled alike: the next one is a label too.
      if (styledAlike(current, node)) return NOT_PAIRED;
      const text = displayedText(node, MAX_DISPLAY_VALUE + 1);
      if (!text.trim()) continue;
      if (looksLikeLabel(text) || text.length > MAX_DISPLAY_VALUE) return NOT_PAIRED;
      return { paired: true, locations: [{ element: node, source: 'label' }] };
    }
    const parent: Element | null = current.parentElement;
    if (!parent || STRUCTURE.has(tagOf(parent)) || (LABEL_BOXES.has(tagOf(current)) && tagOf(current) !== 'label')) return NOT_PAIRED;
    if (labelKey(displayedText(parent, 200)) !== key) return NOT_PAIRED;
    current = parent;
  }
  return NOT_PAIRED;
}

function styledAlike(label: Element, other: Element): boolean {
  const style = label.getAttribute('class');
  return !!style?.trim() && tagOf(label) === tagOf(other) && other.getAttribute('class') === style;
}

/** Text after a label on the same line: text nodes and inline elements up to a break. */
function looseTextFrom(start: Node): string {
  let text = '';
  for (let node: Node | null = start; node && text.length <= MAX_DISPLAY_VALUE; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      text += (node as Text).data;
    } else if (isElement(node)) {
      const tag = tagOf(node);
      if (!INLINE.has(tag) || isFieldLike(node)) break;
      const inner = displayedText(node, 200);
      if (looksLikeLabel(inner)) break;
      text += inner;
    }
  }
  return text.length > MAX_DISPLAY_VALUE ? '' : text;
}
