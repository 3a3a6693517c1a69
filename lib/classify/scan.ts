import type { Signal } from './concepts';
import { originalSpan, type NormalisedText } from './normalise';
import { firstChars } from './first-chars';
import { ENGLISH_VOCABULARY } from './vocabulary-en';
import type { VocabularyEntry } from './vocabulary-entry';
import { SPANISH_VOCABULARY } from './vocabulary-es';
import { UK_VOCABULARY } from './vocabulary-uk';

/**
 * Reads the vocabularies over normalised text in one left-to-right pass: at each word start the
 * first entry (in vocabulary order) that matches wins and consumes its words, then reading
 * resumes after it. Entries are compiled once, at module load, into one sticky expression per
 * starting character, so only the few entries that could match a word are tried.
 */

const ENTRIES: readonly VocabularyEntry[] = [...SPANISH_VOCABULARY, ...UK_VOCABULARY, ...ENGLISH_VOCABULARY];

function wrap(e: VocabularyEntry): string {
  return e.raw ? `(${e.pattern})` : `(\\b(?:${e.pattern})(?![a-z0-9]))`;
}

interface Bucket {
  regex: RegExp;
  entries: VocabularyEntry[];
}

function compile(entries: VocabularyEntry[], flags: string): RegExp {
  const regex = new RegExp(entries.map(wrap).join('|'), flags);
  // Every entry must contribute exactly one capturing group, or the group-to-entry mapping breaks.
  const groups = (new RegExp(`${regex.source}|`).exec('')?.length ?? 1) - 1;
  if (groups !== entries.length) {
    throw new Error(`vocabulary has a capturing group; use (?:...) (groups ${groups}, entries ${entries.length})`);
  }
  return regex;
}

// Entries that supply their own boundaries can start anywhere; they are scanned on their own.
const RAW_ENTRIES = ENTRIES.filter((e) => e.raw);
const RAW_SCANNER = compile(RAW_ENTRIES, 'g');

// Every other entry starts at a word start; bucket them by the characters they can start with,
// keeping the global order inside each bucket so "first listed wins" still holds.
const BUCKETS: ReadonlyMap<string, Bucket> = (() => {
  const starts = ENTRIES.filter((e) => !e.raw).map((e) => ({ e, chars: firstChars(e.pattern) }));
  const buckets = new Map<string, Bucket>();
  for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') {
    const entries = starts.filter((s) => s.chars === null || s.chars.has(c)).map((s) => s.e);
    if (entries.length > 0) buckets.set(c, { regex: compile(entries, 'y'), entries });
  }
  return buckets;
})();

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Negation reaches forward this far, and never past a clause break (" - ", brackets, commas). */
const NEGATION_REACH = 32;
const CLAUSE_BREAK = /\s-\s|--|[();,]/;

interface Hit {
  entry: VocabularyEntry;
  start: number;
  end: number;
}

function matchAt(bucket: Bucket, text: string, at: number): Hit | null {
  const re = bucket.regex;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m || m[0].length === 0) return null;
  let index = 1;
  while (index < m.length && m[index] === undefined) index++;
  const entry = bucket.entries[index - 1];
  return entry ? { entry, start: at, end: at + m[0].length } : null;
}

/** Raw entries ("415DV", "-14", "16+") fill the gaps the word scan left. */
function addRawHits(text: string, hits: Hit[]): void {
  const re = RAW_SCANNER;
  re.lastIndex = 0;
  let added = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => h.start < end && start < h.end)) continue;
    let index = 1;
    while (index < m.length && m[index] === undefined) index++;
    const entry = RAW_ENTRIES[index - 1];
    if (entry) {
      hits.push({ entry, start, end });
      added = true;
    }
  }
  if (added) hits.sort((a, b) => a.start - b.start);
}

export function scanText(norm: NormalisedText): Signal[] {
  const text = norm.text;
  const hits: Hit[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const bucket = BUCKETS.get(text.charAt(i));
    const hit = bucket ? matchAt(bucket, text, i) : null;
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else {
      i++;
    }
  }
  addRawHits(text, hits);

  const signals: Signal[] = [];
  let negatorEnd = -1;
  for (const hit of hits) {
    if (hit.entry.negator) {
      negatorEnd = hit.end;
      continue;
    }
    const negated =
      negatorEnd >= 0 &&
      hit.start - negatorEnd <= NEGATION_REACH &&
      !CLAUSE_BREAK.test(text.slice(negatorEnd, hit.start));
    const evidence = originalSpan(norm, hit.start, hit.end).trim();
    for (const concept of hit.entry.concepts) {
      signals.push({ concept, evidence, fromText: true, negated, weak: hit.entry.weak === true });
    }
  }
  return signals;
}
