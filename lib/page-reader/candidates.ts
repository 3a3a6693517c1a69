import { displayedText, elementByIdNear, isFieldLike, safeQueryAll, TEXT_NODE, type QueryRoot } from './dom';
import { labelKey, type InlineMatch, type LabelMatch, type Vocabulary } from './labels';
import { walkComposedTree } from './shadow';

/** A label in the page text or a label element ("Incident Type", "Case #"). */
export interface LabelHit {
  match: LabelMatch;
  key: string;
  /** The element holding the label text. */
  parent: Element;
  /** The label's text node, when the label is one text node. */
  node?: Text;
}

/** "Label: value" in one text node. */
export interface InlineHit {
  match: InlineMatch;
  parent: Element;
}

/** A field labelled by its own attributes (aria-label, aria-labelledby, title, placeholder). */
export interface FieldHit {
  match: LabelMatch;
  field: Element;
}

export interface Found {
  labels: LabelHit[];
  inline: InlineHit[];
  fields: FieldHit[];
}

export interface Candidates {
  roots: QueryRoot[];
  /** One entry per vocabulary, in the order given. */
  found: Found[];
}

// Label elements whose text may be split over several nodes ("Incident<br>Type").
const LABEL_TAGS = new Set(['label', 'th', 'dt']);
const FIELD_TAGS = new Set(['input', 'select', 'textarea']);
// aria-label on anything: only fields and widgets are kept (a nav's aria-label is not a field).
const ARIA_LABELLED = '[aria-labelledby], [aria-label]';
// A field's own tooltip or placeholder may be its only label.
const SELF_LABEL_ATTRIBUTES = ['title', 'placeholder'];

/**
 * Finds every place the page names a field of the given kinds, with one walk over the tree and
 * one targeted query per root, never by styling or classifying the whole page.
 */
export function findCandidates(doc: Document, vocabularies: Vocabulary[]): Candidates {
  const found: Found[] = vocabularies.map(() => ({ labels: [], inline: [], fields: [] }));
  const labelElements: Element[] = [];
  const fields: Element[] = [];
  const anyPrefilter = combinedPrefilter(vocabularies);
  const roots = walkComposedTree(doc, {
    text(text, node) {
      if (!anyPrefilter.test(text)) return;
      const parent = node.parentElement;
      if (!parent) return;
      for (let index = 0; index < vocabularies.length; index++) {
        const vocabulary = vocabularies[index] as Vocabulary;
        if (!vocabulary.prefilter.test(text)) continue;
        const bucket = found[index] as Found;
        const match = vocabulary.matchLabel(text);
        if (match) {
          bucket.labels.push({ match, key: labelKey(match.label), parent, node });
          continue;
        }
        const inline = vocabulary.matchInline?.(text);
        if (inline) bucket.inline.push({ match: inline, parent });
      }
    },
    element(element) {
      const tag = element.localName;
      if (LABEL_TAGS.has(tag)) labelElements.push(element);
      else if (FIELD_TAGS.has(tag)) fields.push(element);
    },
  });
  addSplitLabels(labelElements, vocabularies, found);
  for (const root of roots) addAriaLabels(root, vocabularies, found);
  addFieldAttributeLabels(fields, vocabularies, found);
  return { roots, found };
}

const combinedPrefilters = new Map<string, RegExp>();

/** One cheap test that dismisses most text (whitespace, values, numbers) before any vocabulary. */
function combinedPrefilter(vocabularies: Vocabulary[]): RegExp {
  const source = vocabularies.map((vocabulary) => `(?:${vocabulary.prefilter.source})`).join('|');
  let combined = combinedPrefilters.get(source);
  if (!combined) {
    combined = new RegExp(source, 'i');
    combinedPrefilters.set(source, combined);
  }
  return combined;
}

function consider(field: Element, text: string, vocabularies: Vocabulary[], found: Found[]): void {
  if (!text.trim() || text.length > 200) return;
  for (let index = 0; index < vocabularies.length; index++) {
    const vocabulary = vocabularies[index] as Vocabulary;
    if (!vocabulary.prefilter.test(text)) continue;
    const match = vocabulary.matchLabel(text);
    const bucket = found[index] as Found;
    if (match && !bucket.fields.some((hit) => hit.field === field)) bucket.fields.push({ match, field });
  }
}

function addSplitLabels(labelElements: Element[], vocabularies: Vocabulary[], found: Found[]): void {
  for (const element of labelElements) {
    // A label that is a single text node was already seen by the text walk.
    const first = element.firstChild;
    if (!first || (first === element.lastChild && first.nodeType === TEXT_NODE)) continue;
    const raw = element.textContent ?? '';
    if (raw.length > 200) continue;
    for (let index = 0; index < vocabularies.length; index++) {
      const vocabulary = vocabularies[index] as Vocabulary;
      if (!vocabulary.prefilter.test(raw)) continue;
      const bucket = found[index] as Found;
      if (bucket.labels.some((hit) => element.contains(hit.parent))) continue;
      const match = vocabulary.matchLabel(displayedText(element, 200));
      if (match) bucket.labels.push({ match, key: labelKey(match.label), parent: element });
    }
  }
}

function addAriaLabels(root: QueryRoot, vocabularies: Vocabulary[], found: Found[]): void {
  for (const element of safeQueryAll(root, ARIA_LABELLED)) {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const ids = labelledBy.split(/\s+/).filter(Boolean).slice(0, 5);
      const text = ids.map((id) => elementByIdNear(element, id)).map((label) => (label ? displayedText(label, 200) : '')).join(' ');
      consider(element, text, vocabularies, found);
    }
    const ariaLabel = element.getAttribute('aria-label');
    if (ariaLabel && isFieldLike(element)) consider(element, ariaLabel, vocabularies, found);
  }
}

function addFieldAttributeLabels(fields: Element[], vocabularies: Vocabulary[], found: Found[]): void {
  for (const field of fields) {
    for (const attribute of SELF_LABEL_ATTRIBUTES) {
      const text = field.getAttribute(attribute);
      if (text && isFieldLike(field)) consider(field, text, vocabularies, found);
    }
  }
}
