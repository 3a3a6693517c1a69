import { displayedText, elementByIdNear } from './dom';
import { tidyLabel } from './text';

/**
 * A readable name for a field chosen by a site rule, so the panel can say what it read
 * ("Incident Type") even though no label heuristic was involved.
 */
export function nameOfField(field: Element, fallback: string): string {
  const aria = field.getAttribute('aria-label');
  if (aria?.trim()) return tidyLabel(aria).slice(0, 60);
  const labelledBy = field.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => elementByIdNear(field, id))
      .map((label) => (label ? displayedText(label, 100) : ''))
      .join(' ');
    if (text.trim()) return tidyLabel(text).slice(0, 60);
  }
  const id = field.getAttribute('id');
  const root = field.getRootNode() as ParentNode;
  if (id && typeof root.querySelectorAll === 'function') {
    const label = Array.from(root.querySelectorAll('label[for]')).find((candidate) => candidate.getAttribute('for') === id);
    if (label) return tidyLabel(displayedText(label, 100)).slice(0, 60) || fallback;
  }
  const wrapping = field.closest('label');
  if (wrapping) {
    const text = tidyLabel(displayedText(wrapping, 100));
    if (text) return text.slice(0, 60);
  }
  for (const attribute of ['title', 'placeholder']) {
    const text = field.getAttribute(attribute);
    if (text?.trim()) return tidyLabel(text).slice(0, 60);
  }
  return fallback;
}
