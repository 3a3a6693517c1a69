/**
 * Small DOM helpers that work for any window's nodes: the reader is handed documents from
 * frames and from test environments, so it never uses `instanceof` or global constructors.
 */

export type QueryRoot = Document | ShadowRoot;

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function tagOf(element: Element): string {
  return element.localName;
}

/** Things a person types into or picks from. */
export const FIELD_SELECTOR =
  'input, select, textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="combobox"], [role="listbox"], [role="searchbox"], [role="spinbutton"], output';

// Inputs that never hold an incident type or a case number.
const NON_VALUE_INPUT_TYPES = new Set([
  'hidden',
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'image',
  'file',
  'password',
  'range',
  'color',
]);

export function isFieldLike(element: Element): boolean {
  const tag = tagOf(element);
  if (tag === 'input') return !NON_VALUE_INPUT_TYPES.has(inputType(element));
  if (tag === 'select' || tag === 'textarea' || tag === 'output') return true;
  if (isContentEditable(element)) return true;
  const role = element.getAttribute('role');
  return role === 'textbox' || role === 'combobox' || role === 'listbox' || role === 'searchbox' || role === 'spinbutton';
}

export function inputType(element: Element): string {
  return (element.getAttribute('type') ?? 'text').trim().toLowerCase();
}

export function isContentEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** The fields inside `container` that can hold a value (skips checkboxes, buttons...), outermost only. */
export function fieldsWithin(container: Element): Element[] {
  const found: Element[] = [];
  for (const candidate of Array.from(container.querySelectorAll(FIELD_SELECTOR))) {
    // A contenteditable's own descendants are its content, not more fields.
    if (isFieldLike(candidate) && !found.some((field) => field.contains(candidate))) found.push(candidate);
  }
  return found;
}

export function rootOf(node: Node): QueryRoot | null {
  const root = node.getRootNode();
  return root.nodeType === 9 || root.nodeType === 11 ? (root as QueryRoot) : null;
}

/** getElementById within the node's own tree (document or shadow root). */
export function elementByIdNear(node: Node, id: string): Element | null {
  const root = rootOf(node);
  if (!root || !id) return null;
  const byId = (root as { getElementById?: (id: string) => Element | null }).getElementById;
  if (typeof byId === 'function') return byId.call(root, id);
  try {
    return root.querySelector(`#${cssEscape(id)}`);
  } catch {
    return null;
  }
}

/** The parent, stepping out of a shadow root to its host. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  if (root && root.nodeType === 11 && (root as ShadowRoot).host) return (root as ShadowRoot).host;
  return null;
}

// Text of these never shows as text on the page.
const INVISIBLE_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object']);
const BLOCK_BREAK_TAGS = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'dd', 'dt', 'option', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Text as displayed, without scripts or styles, with a space where blocks or <br> separate
 * words. Cheaper than innerText (no layout) and never parses anything.
 */
export function displayedText(element: Element, limit = 2000): string {
  let out = '';
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child && out.length < limit; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        out += (child as Text).data;
      } else if (isElement(child)) {
        const tag = tagOf(child);
        if (INVISIBLE_TEXT_TAGS.has(tag)) continue;
        if (child.hasAttribute('hidden') || child.getAttribute('aria-hidden') === 'true') continue;
        if (tag === 'input' || tag === 'select' || tag === 'textarea') continue;
        const breaks = BLOCK_BREAK_TAGS.has(tag);
        if (breaks) out += ' ';
        visit(child);
        if (breaks) out += ' ';
      }
    }
  };
  visit(element);
  return out;
}

/** CSS.escape, implemented here because `CSS` is a window global the reader may not have. */
export function cssEscape(value: string): string {
  let out = '';
  for (let index = 0; index < value.length; index++) {
    const char = value.charAt(index);
    const code = value.charCodeAt(index);
    if (code === 0) {
      out += '\ufffd';
    } else if ((code >= 0x1 && code <= 0x1f) || code === 0x7f) {
      out += `\\${code.toString(16)} `;
    } else if (index === 0 && code >= 0x30 && code <= 0x39) {
      out += `\\${code.toString(16)} `;
    } else if (index === 1 && code >= 0x30 && code <= 0x39 && value.charCodeAt(0) === 0x2d) {
      out += `\\${code.toString(16)} `;
    } else if (index === 0 && value.length === 1 && code === 0x2d) {
      out += `\\${char}`;
    } else if (code >= 0x80 || code === 0x2d || code === 0x5f || /[0-9A-Za-z]/.test(char)) {
      out += char;
    } else {
      out += `\\${char}`;
    }
  }
  return out;
}

/** querySelectorAll that treats an invalid selector as matching nothing. */
export function safeQueryAll(root: QueryRoot | Element, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}
