/**
 * Splits a paragraph into sentences for reading aloud one at a time (so pause, skip and the
 * highlight work the same on every engine, and Chrome's cut-off of long utterances never bites).
 * Legal text is full of abbreviations that end in a full stop: those never end a sentence.
 */
const ABBREVIATIONS = new Set([
  'u.s.c', 'u.s', 'cal', 'stat', 'no', 'nos', 'art', 'sec', 'secs', 'ch', 'para', 'paras', 'subd', 'proc', 'crim', 'pen',
  'const', 'gov', 'fla', 'tex', 'n.y', 'ill', 'p.l', 'e.g', 'i.e', 'etc', 'vs', 'v', 'mr', 'mrs', 'ms', 'dr', 'st', 'ave',
  'approx', 'dept', 'inc', 'ltd', 'jr', 'a.m', 'p.m', 'ann', 'rev', 'supp', 'cf',
  // Spanish: "EE. UU." (its "UU." may end a sentence, so only "EE" is listed), núm., Sra., Ud.
  'ee', 'núm', 'sra', 'sr', 'dra', 'ud', 'uds', 'pág', 'arts',
]);

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const pattern = /[.!?…]+["'”’)\]]*\s+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    const before = text.slice(start, match.index + 1);
    const lastWord = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase();
    const next = text.slice(end, end + 1);
    // "18 U.S.C. 3771", "Cal. Penal Code", "§ 3.2. (a)": no break before a lower-case letter,
    // a digit, "§" or "(", and none after a known abbreviation or a single initial.
    if (lastWord && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
    if (/[\p{Ll}\d§(]/u.test(next)) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter(Boolean).flatMap((sentence) => splitLong(sentence));
}

/**
 * Chrome stops speaking an utterance after roughly 15 seconds with some voices; at a calm rate
 * that is about 200 characters. Longer sentences (statutes love them) are cut after a semicolon
 * or comma, never inside a word, so each piece is read and highlighted whole.
 */
export const MAX_UTTERANCE_CHARS = 200;

function splitLong(sentence: string, max = MAX_UTTERANCE_CHARS): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(': '));
    // No pause mark in reach (or only one at the very start): read it as one piece.
    if (cut < max / 4) break;
    pieces.push(rest.slice(0, cut + 1).trim());
    rest = rest.slice(cut + 2).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
