/**
 * The decrypted summaries of all records, held in memory while unlocked so listing and
 * searching 10,000 incidents is a scan of an array rather than 10,000 decryptions. Cleared on
 * lock. Each entry remembers the version tag it was built from, so a refresh only decrypts
 * records that changed.
 */
import { CATEGORY_LABELS } from '../taxonomy';
import type { Fingerprint } from './records';
import type { IncidentSummary } from './types';

interface Entry {
  tag: string;
  updatedAt: number;
  /** Null for a record that did not decrypt. */
  summary: IncidentSummary | null;
  haystack: string;
}

function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function haystackOf(summary: IncidentSummary): string {
  const parts = [summary.id, summary.officerLabel ?? ''];
  for (const category of summary.categories) {
    parts.push(category, CATEGORY_LABELS[category].en, CATEGORY_LABELS[category].es);
  }
  const text = parts.join('\n').toLowerCase();
  // The compact form lets "24-00123" find "24 00123" and "2400123".
  return `${text}\n${compact(summary.id)}`;
}

export interface SummaryIndex {
  readonly loaded: boolean;
  markLoaded(): void;
  tagOf(key: string): string | undefined;
  set(key: string, tag: string, summary: IncidentSummary): void;
  setCorrupted(key: string, tag: string, updatedAt: number): void;
  remove(key: string): void;
  clear(): void;
  keys(): string[];
  get(key: string): IncidentSummary | undefined;
  /** Most recently changed first. */
  list(): IncidentSummary[];
  corrupted(): string[];
  search(query: string): IncidentSummary[];
  /** Same shape as the database's probe, to tell whether another instance wrote. */
  fingerprint(): Fingerprint;
}

export function createSummaryIndex(): SummaryIndex {
  const entries = new Map<string, Entry>();
  let loaded = false;
  let sorted: IncidentSummary[] | null = null;

  const changed = () => {
    sorted = null;
  };

  return {
    get loaded() {
      return loaded;
    },
    markLoaded: () => {
      loaded = true;
    },
    tagOf: (key) => entries.get(key)?.tag,
    set(key, tag, summary) {
      entries.set(key, { tag, updatedAt: summary.updatedAt, summary, haystack: haystackOf(summary) });
      changed();
    },
    setCorrupted(key, tag, updatedAt) {
      entries.set(key, { tag, updatedAt, summary: null, haystack: '' });
      changed();
    },
    remove(key) {
      if (entries.delete(key)) changed();
    },
    clear() {
      entries.clear();
      loaded = false;
      changed();
    },
    keys: () => [...entries.keys()],
    get: (key) => entries.get(key)?.summary ?? undefined,
    list() {
      if (!sorted) {
        sorted = [];
        for (const entry of entries.values()) if (entry.summary) sorted.push(entry.summary);
        sorted.sort((a, b) => b.updatedAt - a.updatedAt || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
      }
      return sorted.slice();
    },
    corrupted: () => [...entries].filter(([, entry]) => entry.summary === null).map(([key]) => key),
    search(query) {
      const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
      if (terms.length === 0) return this.list();
      const compactTerms = terms.map(compact);
      const hits: IncidentSummary[] = [];
      for (const entry of entries.values()) {
        if (!entry.summary) continue;
        const haystack = entry.haystack;
        if (terms.every((term, i) => haystack.includes(term) || haystack.includes(compactTerms[i] || term))) {
          hits.push(entry.summary);
        }
      }
      return hits.sort((a, b) => b.updatedAt - a.updatedAt);
    },
    fingerprint() {
      // Same order as the updatedAt index walked backwards: updatedAt, then key, descending.
      let latest: Fingerprint['latest'] = null;
      for (const [key, entry] of entries) {
        if (!latest || entry.updatedAt > latest.updatedAt || (entry.updatedAt === latest.updatedAt && key > latest.key)) {
          latest = { key, updatedAt: entry.updatedAt };
        }
      }
      return { count: entries.size, latest };
    },
  };
}
