import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, CATEGORY_LABELS, SERIOUS_CATEGORIES, categoryLabel, isCategoryId } from '../../lib/taxonomy';

describe('taxonomy', () => {
  it('has the 26 VOCA-aligned ids, each labelled in English and Spanish', () => {
    expect(CATEGORY_IDS).toHaveLength(26);
    for (const id of CATEGORY_IDS) {
      expect(CATEGORY_LABELS[id].en.length).toBeGreaterThan(2);
      expect(CATEGORY_LABELS[id].es.length).toBeGreaterThan(2);
      expect(CATEGORY_LABELS[id].es).not.toBe(CATEGORY_LABELS[id].en);
    }
  });
  it('recognises ids and picks the label language', () => {
    expect(isCategoryId('robbery')).toBe(true);
    expect(isCategoryId('theft')).toBe(false);
    expect(categoryLabel('robbery', 'es-MX')).toBe(CATEGORY_LABELS.robbery.es);
    expect(categoryLabel('robbery', 'fr')).toBe(CATEGORY_LABELS.robbery.en);
    for (const id of SERIOUS_CATEGORIES) expect(isCategoryId(id)).toBe(true);
  });
});
