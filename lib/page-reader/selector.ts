import { cssEscape, tagOf } from './dom';

/**
 * "Teach mode": a CSS selector for the field an administrator clicked, to save as a site rule.
 * It must keep working on the next visit, so it prefers what developers name on purpose (id,
 * name, data-* hooks, aria-label) over generated ids and positions, and it is checked to select
 * exactly that element within its document (or shadow root).
 */
export function selectorFor(element: Element): string {
  const root = element.getRootNode() as ParentNode & Node;
  const own = stableSelector(element, root);
  if (own) return own;
  return pathSelector(element, root);
}

// Ids and names made by frameworks or per-render counters: they change between visits.
const GENERATED_PATTERNS = [
  /\d{4,}/, // counters and database keys: field_12345, ext-gen1234
  /(?=[a-z]*\d)(?=\d*[a-z])[0-9a-f]{8,}/i, // hashes
  /[0-9a-f]{8}-[0-9a-f]{4}-/i, // uuids
  /^:|:$|^«|»$/, // React useId
  /^(?:ember|ext-|ext-gen|gwt-|gwt-uid-|yui_|j_idt|jsx-|mui-|react-select-|headlessui-|radix-|downshift-|x-auto-|ui-id-|__BVID__|dx|cdk-|mat-|p-|ng-)[-_]?\d/i,
  /(?:^|[_$:.-])(?:ctl|ct)\d+(?:[_$:.-]|$)/i, // ASP.NET naming containers (row and control counters)
];

export function looksGenerated(value: string): boolean {
  return value.length > 80 || GENERATED_PATTERNS.some((pattern) => pattern.test(value));
}

const DATA_HOOKS = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy', 'data-automation-id', 'data-field', 'data-field-name', 'data-name', 'data-bind-field', 'data-property', 'data-column'];

function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ').replace(/\r/g, '\\d ')}"`;
}

function selectsOnly(selector: string, element: Element, root: ParentNode): boolean {
  try {
    const matches = root.querySelectorAll(selector);
    return matches.length === 1 && matches[0] === element;
  } catch {
    return false;
  }
}

/**
 * Suffixes of an ASP.NET client id after its last naming-container counter, shortest first
 * ("ctl00_Main_txtCode" → "_txtCode", "_Main_txtCode"): the control's own id survives a change
 * of master page or grid row.
 */
function namingContainerTails(value: string): string[] {
  const match = /^(.*(?:ctl|ct)\d+)([_$:])(.+)$/i.exec(value);
  const rest = match?.[3];
  const separator = match?.[2];
  if (!rest || !separator) return [];
  const parts = rest.split(separator);
  const tails: string[] = [];
  for (let start = parts.length - 1; start >= 0; start--) {
    const tail = parts.slice(start).join(separator);
    if (!looksGenerated(tail)) tails.push(separator + tail);
  }
  return tails;
}

/** Selectors built from the element's own attributes, best first. */
function ownCandidates(element: Element): string[] {
  const tag = cssEscape(tagOf(element));
  const candidates: string[] = [];
  const id = element.getAttribute('id');
  const name = element.getAttribute('name');
  if (id && !looksGenerated(id)) candidates.push(`#${cssEscape(id)}`);
  if (name && !looksGenerated(name)) candidates.push(`${tag}[name=${cssString(name)}]`);
  for (const hook of DATA_HOOKS) {
    const value = element.getAttribute(hook);
    if (value && !looksGenerated(value)) candidates.push(`${tag}[${hook}=${cssString(value)}]`);
  }
  for (const attribute of Array.from(element.attributes)) {
    if (!attribute.name.startsWith('data-') || DATA_HOOKS.includes(attribute.name)) continue;
    if (attribute.value && attribute.value.length <= 60 && !looksGenerated(attribute.value) && /^[\w-]+$/.test(attribute.name)) {
      candidates.push(`${tag}[${attribute.name}=${cssString(attribute.value)}]`);
    }
  }
  const aria = element.getAttribute('aria-label');
  if (aria && aria.length <= 80) candidates.push(`${tag}[aria-label=${cssString(aria)}]`);
  // ASP.NET: the control's own id survives a change of master page or grid position.
  for (const tail of id ? namingContainerTails(id) : []) candidates.push(`${tag}[id$=${cssString(tail)}]`);
  for (const tail of name ? namingContainerTails(name) : []) candidates.push(`${tag}[name$=${cssString(tail)}]`);
  for (const attribute of ['placeholder', 'title']) {
    const value = element.getAttribute(attribute);
    if (value && value.length <= 80) candidates.push(`${tag}[${attribute}=${cssString(value)}]`);
  }
  return candidates;
}

function stableSelector(element: Element, root: ParentNode): string | null {
  for (const candidate of ownCandidates(element)) if (selectsOnly(candidate, element, root)) return candidate;
  return null;
}

function positionIn(element: Element): string {
  const tag = tagOf(element);
  // At the top of a shadow root the parent is the root itself, which has children too.
  const parent = element.parentNode as ParentNode | null;
  if (!parent || !parent.children) return cssEscape(tag);
  const sameTag = Array.from(parent.children).filter((sibling) => tagOf(sibling) === tag);
  return sameTag.length === 1 ? cssEscape(tag) : `${cssEscape(tag)}:nth-of-type(${sameTag.indexOf(element) + 1})`;
}

/**
 * A child-combinator path up to the nearest ancestor that has a stable selector of its own (a
 * form, a grid, a panel), or to the top of the document.
 */
function pathSelector(element: Element, root: ParentNode): string {
  const steps: string[] = [];
  let current: Element | null = element;
  while (current) {
    steps.unshift(positionIn(current));
    const parent: Element | null = current.parentElement;
    if (!parent) break;
    const anchor = stableSelector(parent, root);
    if (anchor) {
      const selector = `${anchor} > ${steps.join(' > ')}`;
      if (selectsOnly(selector, element, root)) return selector;
    }
    current = parent;
  }
  const fromTop = steps.join(' > ');
  // A path that starts at <html> (or the shadow root's top element) is unique by construction.
  const anchored = element.ownerDocument && root === element.ownerDocument ? `:root > ${steps.slice(1).join(' > ')}` : fromTop;
  if (steps.length > 1 && selectsOnly(anchored, element, root)) return anchored;
  return fromTop;
}
