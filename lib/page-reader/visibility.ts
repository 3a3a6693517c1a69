import { composedParent, inputType, tagOf } from './dom';

type VisibilityCheck = (options?: { visibilityProperty?: boolean; checkVisibilityCSS?: boolean }) => boolean;

/**
 * Whether the officer can see `element`. Only called for the few candidate labels and fields,
 * never for the whole page, because computed styles are the expensive part of reading a page.
 */
export function isShown(element: Element): boolean {
  try {
    if (!element.isConnected) return false;
    if (tagOf(element) === 'input' && inputType(element) === 'hidden') return false;
    if (hiddenByAttribute(element)) return false;
    return shownByStyle(element);
  } catch {
    // A page that throws from a getter is treated as showing the element: better a signal the
    // officer can dismiss than a silently missed field.
    return true;
  }
}

function hiddenByAttribute(element: Element): boolean {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const tag = tagOf(node);
    if (tag === 'template' || tag === 'noscript') return true;
  }
  return false;
}

function shownByStyle(element: Element): boolean {
  const view = element.ownerDocument?.defaultView;
  // A document without a window (DOMParser, createHTMLDocument) has no styles to consult, and
  // Chromium's checkVisibility would call everything in it hidden.
  if (!view) return shownByInlineStyle(element);
  const check = (element as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof check === 'function') {
    // checkVisibility follows the flat tree in browsers, but some DOM implementations stop at a
    // shadow root, so the hosts are checked too.
    for (let node: Element | null = element; node; node = hostOf(node)) {
      const nodeCheck = (node as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
      if (typeof nodeCheck === 'function' && !nodeCheck.call(node, { visibilityProperty: true, checkVisibilityCSS: true })) {
        return false;
      }
    }
    return true;
  }
  if (typeof view.getComputedStyle !== 'function') return shownByInlineStyle(element);
  const own = view.getComputedStyle(element);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return false;
  for (let node: Element | null = element; node; node = composedParent(node)) {
    if (view.getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

function hostOf(element: Element): Element | null {
  const root = element.getRootNode();
  return root.nodeType === 11 && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

function shownByInlineStyle(element: Element): boolean {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const style = (node as HTMLElement).style;
    if (!style) continue;
    if (style.display === 'none') return false;
    if (node === element && (style.visibility === 'hidden' || style.visibility === 'collapse')) return false;
  }
  return true;
}
