import { ELEMENT_NODE, type QueryRoot } from './dom';

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

// Subtrees whose text is never a label: code, styles, option lists, typed text, embedded media.
// The embeddable panel itself is skipped too: an auto-reading widget must not read its own text.
const SKIPPED_SUBTREES = new Set(['script', 'style', 'noscript', 'template', 'select', 'textarea', 'svg', 'math', 'iframe', 'object', 'video', 'audio', 'canvas', 'head', 'victim-services-panel']);

// Elements that may carry a shadow root (custom elements aside); asking the others is wasted work.
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/** Longer text nodes are prose, not labels or "Label: value" pairs. */
const MAX_LABEL_TEXT = 400;

export interface TreeVisitor {
  /** Each short text node outside skipped subtrees (label candidates). */
  text?(text: string, node: Text): void;
  /** Each element, including the roots of skipped subtrees (a <select> is still a field). */
  element?(element: Element): void;
}

/**
 * One pass over the document and every open shadow root in it. Returns the roots, so the rest
 * of the reader can run targeted queries in each. A single walk, with no styles computed,
 * keeps a 5,000-element page well inside the time budget.
 */
export function walkComposedTree(doc: Document, visitor: TreeVisitor = {}): QueryRoot[] {
  const roots: QueryRoot[] = [doc];
  const { text: onText, element: onElement } = visitor;
  for (let index = 0; index < roots.length; index++) {
    const root = roots[index] as QueryRoot;
    const walker = doc.createTreeWalker(root, onText ? SHOW_ELEMENT | SHOW_TEXT : SHOW_ELEMENT);
    let node: Node | null = walker.nextNode();
    while (node) {
      if (node.nodeType === ELEMENT_NODE) {
        const element = node as Element;
        const tag = element.localName;
        onElement?.(element);
        if ((SHADOW_HOSTS.has(tag) || tag.includes('-')) && !SKIPPED_SUBTREES.has(tag)) {
          const shadow = element.shadowRoot;
          if (shadow) roots.push(shadow);
        }
        if (SKIPPED_SUBTREES.has(tag)) {
          node = nextOutside(walker);
          continue;
        }
      } else if (onText) {
        const text = (node as Text).data;
        if (text.length > 1 && text.length <= MAX_LABEL_TEXT) onText(text, node as Text);
      }
      node = walker.nextNode();
    }
  }
  return roots;
}

function nextOutside(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next) {
    if (!walker.parentNode()) return null;
    next = walker.nextSibling();
  }
  return next;
}

/** The document and its open shadow roots (for site-rule selectors and queries). */
export function openRoots(doc: Document): QueryRoot[] {
  return walkComposedTree(doc);
}
