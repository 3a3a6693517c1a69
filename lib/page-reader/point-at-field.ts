import { selectorFor } from './selector';

export interface PointedField {
  selector: string;
  sample: string;
}

/**
 * Teach mode on the RMS page: outlines the element under the pointer and takes the next click
 * (or Enter on a focused field) as the administrator's choice. The page's own handlers never see
 * that click. Esc cancels. Returns a function that stops and restores the page.
 */
export function pointAtField(doc: Document, handlers: { onPick(field: PointedField): void; onCancel(): void }): () => void {
  let outlined: HTMLElement | undefined;
  let previousOutline = '';
  const unmark = () => {
    if (outlined) outlined.style.outline = previousOutline;
    outlined = undefined;
  };
  const mark = (element: HTMLElement) => {
    if (element === outlined) return;
    unmark();
    outlined = element;
    previousOutline = element.style.outline;
    element.style.outline = '3px solid #b35c00';
  };
  const targetOf = (event: Event): HTMLElement | undefined => {
    const target = event.composedPath()[0];
    if (!(target instanceof doc.defaultView!.HTMLElement)) return undefined;
    // A click on a label means the field it labels.
    if (target instanceof doc.defaultView!.HTMLLabelElement && target.control) return target.control as HTMLElement;
    return target;
  };
  const pick = (element: HTMLElement) => {
    const value = 'value' in element && typeof (element as HTMLInputElement).value === 'string' ? (element as HTMLInputElement).value : element.textContent ?? '';
    const sample = value.replace(/\s+/g, ' ').trim().slice(0, 120);
    stop();
    handlers.onPick({ selector: selectorFor(element), sample });
  };

  const onOver = (event: Event) => {
    const element = targetOf(event);
    if (element) mark(element);
  };
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onClick = (event: Event) => {
    swallow(event);
    const element = targetOf(event);
    if (element) pick(element);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      swallow(event);
      stop();
      handlers.onCancel();
    } else if (event.key === 'Enter' && doc.activeElement instanceof doc.defaultView!.HTMLElement && doc.activeElement !== doc.body) {
      swallow(event);
      pick(doc.activeElement);
    }
  };
  const onFocus = (event: Event) => onOver(event);

  const options = { capture: true } as const;
  doc.addEventListener('mouseover', onOver, options);
  doc.addEventListener('focusin', onFocus, options);
  doc.addEventListener('mousedown', swallow, options);
  doc.addEventListener('click', onClick, options);
  doc.addEventListener('keydown', onKey, options);
  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    unmark();
    doc.removeEventListener('mouseover', onOver, options);
    doc.removeEventListener('focusin', onFocus, options);
    doc.removeEventListener('mousedown', swallow, options);
    doc.removeEventListener('click', onClick, options);
    doc.removeEventListener('keydown', onKey, options);
  }
  return stop;
}
