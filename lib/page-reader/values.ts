import { displayedText, fieldsWithin, isFieldLike, tagOf } from './dom';
import { isShown } from './visibility';

// "-- Select --", "Choose one", "(none)": what a select shows before anything is picked.
const PLACEHOLDER_OPTION = /^[\s\-–—_*.(<[]*(?:select|choose|pick|please|none|n\/a|unknown)\b|^[\s\-–—_*.]*$/i;

/**
 * The values a field shows, as the officer sees them: the typed or script-filled value of an
 * input (disabled and read-only included), the picked option(s) of a select (never the option
 * list), a textarea's text, a contenteditable's text. Several only for a multiple select.
 */
export function readFieldValues(field: Element): string[] {
  const tag = tagOf(field);
  if (tag === 'input' || tag === 'textarea') return [String((field as HTMLInputElement).value ?? '')];
  if (tag === 'select') return selectedOptionTexts(field as HTMLSelectElement);
  if (field.getAttribute('role') === 'listbox') {
    const picked = Array.from(field.querySelectorAll('[aria-selected="true"]')).map((option) => displayedText(option));
    return picked.length ? picked : [];
  }
  // contenteditable, output, role=textbox/combobox widgets: what they show is their text.
  return [displayedText(field)];
}

function selectedOptionTexts(select: HTMLSelectElement): string[] {
  const texts: string[] = [];
  const options = select.options ? Array.from(select.options) : Array.from(select.querySelectorAll('option'));
  for (const option of options) {
    if (!option.selected) continue;
    const text = option.text ?? option.textContent ?? '';
    if (option.value === '' || PLACEHOLDER_OPTION.test(text)) continue;
    texts.push(text);
  }
  return texts;
}

/** The option value of a select when it differs from the shown text (often the code). */
export function selectedOptionValue(field: Element): string | undefined {
  if (tagOf(field) !== 'select') return undefined;
  const select = field as HTMLSelectElement;
  const option = Array.from(select.options ?? []).find((candidate) => candidate.selected);
  return option && option.value && option.value !== option.text ? option.value : undefined;
}

export interface ReadValue {
  text: string;
  /** The element the text came from (a field or a display element such as a cell). */
  element: Element;
  /** A select option's value, when it might be a code. */
  optionValue?: string;
}

/**
 * What a value location shows: its visible fields when it has any (several fields in one cell,
 * such as code and description, are read together), otherwise its text.
 */
export function readValueAt(location: Element): ReadValue[] {
  if (isFieldLike(location)) {
    if (!isShown(location)) return [];
    const optionValue = selectedOptionValue(location);
    return readFieldValues(location).map((text) => ({ text, element: location, optionValue }));
  }
  const fields = fieldsWithin(location).filter(isShown);
  if (fields.length === 1) {
    const field = fields[0] as Element;
    const optionValue = selectedOptionValue(field);
    return readFieldValues(field).map((text) => ({ text, element: field, optionValue }));
  }
  if (fields.length > 1) {
    const joined = fields.map((field) => readFieldValues(field).join(' ')).filter((text) => text.trim()).join(' ');
    return [{ text: joined, element: location }];
  }
  if (!isShown(location)) return [];
  return [{ text: displayedText(location), element: location }];
}

/** True when the location holds (or is) a field, so it counts as an incident field even if empty. */
export function holdsField(location: Element): boolean {
  return isFieldLike(location) || fieldsWithin(location).length > 0;
}
