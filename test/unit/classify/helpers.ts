import { classify, type ClassifyOptions } from '../../../lib/classify';
import type { CategoryId } from '../../../lib/taxonomy';

/** Category ids, best first. */
export function ids(text: string, code?: string, options?: ClassifyOptions): CategoryId[] {
  return classify({ text, code }, options).map((c) => c.id);
}

/** The best category, or 'none'. */
export function top(text: string, code?: string): CategoryId | 'none' {
  return ids(text, code)[0] ?? 'none';
}
