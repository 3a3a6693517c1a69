import type { Concept } from '../concepts';

/** What a statute section means for victim services, and how to name it in the "why". */
export interface StatuteMeaning {
  concepts: readonly Concept[];
  label: string;
}

export type StatuteTable = Readonly<Record<string, StatuteMeaning>>;

export function means(label: string, ...concepts: Concept[]): StatuteMeaning {
  return { label, concepts };
}

/**
 * Looks a section up from most to least specific: "243(e)(1)" tries "243(e)(1)", "243(e)", "243".
 * Decimal and letter suffixes are distinct sections ("243.4" is not "243"), so they are kept.
 */
export function lookUpSection(table: StatuteTable, section: string): { key: string; meaning: StatuteMeaning } | null {
  let key = section.replace(/\s+/g, '').toLowerCase();
  for (;;) {
    const meaning = table[key];
    if (meaning) return { key, meaning };
    const cut = key.lastIndexOf('(');
    if (cut <= 0) return null;
    key = key.slice(0, cut);
  }
}
