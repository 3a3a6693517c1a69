import { findCandidates } from './candidates';
import { isContentEditable, safeQueryAll, tagOf, type QueryRoot } from './dom';
import { NARRATIVE_VOCABULARY } from './labels';
import { labelBox, pairLabel } from './pairs';
import { isOutsideIncidentContent } from './regions';
import { openRoots } from './shadow';
import type { SiteRule } from './types';
import { isShown } from './visibility';

/**
 * The report narrative, where the panel may insert its summary: a visible, writable textarea or
 * contenteditable, found by the department's selector, by its label (Narrative, Synopsis,
 * Details, Remarks, Summary, Comments) or, last, by a field name that says so.
 */
export function findNarrativeField(doc: Document, siteRule?: SiteRule): HTMLTextAreaElement | HTMLElement | null {
  try {
    if (siteRule?.narrativeSelector) {
      for (const root of openRoots(doc)) {
        for (const element of safeQueryAll(root, siteRule.narrativeSelector)) {
          const writable = writableIn(element);
          if (writable) return writable;
        }
      }
    }
    const { roots, found } = findCandidates(doc, [NARRATIVE_VOCABULARY]);
    const narrative = found[0];
    if (narrative) {
      const candidates: { field: HTMLTextAreaElement | HTMLElement; rank: number }[] = [];
      for (const hit of narrative.labels) {
        if (isOutsideIncidentContent(hit.parent) || !isShown(hit.parent)) continue;
        const pairing = pairLabel(labelBox(hit.parent, hit.key), hit.key, hit.node);
        for (const location of pairing.locations) {
          if (location.text !== undefined) continue;
          const writable = writableIn(location.element);
          if (writable) candidates.push({ field: writable, rank: rankOf(hit.match.label) });
        }
      }
      for (const hit of narrative.fields) {
        const writable = writableIn(hit.field);
        if (writable) candidates.push({ field: writable, rank: rankOf(hit.match.label) });
      }
      // The best-named field wins; among equals, the first on the page (sort is stable).
      const best = candidates.sort((a, b) => a.rank - b.rank)[0];
      if (best) return best.field;
    }
    return byFieldName(roots);
  } catch {
    return null;
  }
}

const NARRATIVE_NAME = /narrative|synopsis|remarks|details|summary|comments/i;

// A report's narrative first; comment boxes and remarks only when there is nothing better.
const LABEL_RANKS: [RegExp, number][] = [
  [/narrative/i, 0],
  [/synopsis/i, 1],
  [/detail/i, 2],
  [/summar/i, 3],
  [/remark/i, 4],
  [/comment/i, 5],
];

function rankOf(label: string): number {
  return LABEL_RANKS.find(([pattern]) => pattern.test(label))?.[1] ?? LABEL_RANKS.length;
}

function byFieldName(roots: QueryRoot[]): HTMLTextAreaElement | HTMLElement | null {
  for (const root of roots) {
    for (const element of safeQueryAll(root, 'textarea, [contenteditable]')) {
      const names = `${element.getAttribute('id') ?? ''} ${element.getAttribute('name') ?? ''}`;
      if (!NARRATIVE_NAME.test(names)) continue;
      const writable = writableIn(element);
      if (writable) return writable;
    }
  }
  return null;
}

/** The element itself or the one editable field inside it, if the officer could type there. */
function writableIn(element: Element): HTMLTextAreaElement | HTMLElement | null {
  const candidate = isEditable(element) ? element : element.querySelector('textarea, [contenteditable]:not([contenteditable="false"])');
  if (!candidate || !isEditable(candidate) || !isShown(candidate)) return null;
  if (tagOf(candidate) === 'textarea') {
    const textarea = candidate as HTMLTextAreaElement;
    if (textarea.disabled || textarea.readOnly) return null;
    return textarea;
  }
  return candidate as HTMLElement;
}

function isEditable(element: Element): boolean {
  return tagOf(element) === 'textarea' || isContentEditable(element);
}
