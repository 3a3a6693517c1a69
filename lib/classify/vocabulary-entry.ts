import type { Concept } from './concepts';

/**
 * One vocabulary entry: a regular-expression source over normalised text (lowercase, accents
 * stripped) and the concepts it stands for. An entry with no concepts only "consumes" its words
 * so that later, shorter entries do not misread them ("minor injury" is not a child victim).
 */
export interface VocabularyEntry {
  pattern: string;
  concepts: readonly Concept[];
  /** Header-level hint, used only when nothing more specific is recognised. */
  weak?: boolean;
  /** Negates the concepts that follow within the same clause ("NO ASLT", "NON DV"). */
  negator?: boolean;
  /** The pattern supplies its own boundaries (e.g. "dv" inside "415DV", "-14" ages). */
  raw?: boolean;
}

/** Separator between words in normalised text (spaces and kept punctuation). */
export const _ = String.raw`\W+`;
/** Optional separator. */
export const __ = String.raw`\W*`;

export function entry(
  pattern: string,
  concepts: Concept | readonly Concept[],
  options: Omit<VocabularyEntry, 'pattern' | 'concepts'> = {},
): VocabularyEntry {
  return { pattern, concepts: typeof concepts === 'string' ? [concepts] : concepts, ...options };
}

/** Words that only stop shorter entries from misreading a phrase. */
export function consume(pattern: string): VocabularyEntry {
  return { pattern, concepts: [] };
}
