/**
 * Normalises incident text for matching while remembering where every character came from,
 * so the reason shown to the officer can quote the original wording ("'DOM' + 'BATTERY'").
 *
 * Steps: lowercase, strip accents, turn unknown punctuation into spaces (keeping the few marks
 * that carry meaning in police shorthand: / & + - $ . ( ) : , ' #), then fix common misspellings.
 */

export const MAX_INPUT_CHARS = 1000;

export interface NormalisedText {
  /** Lowercase ASCII-ish text used by the vocabularies. */
  text: string;
  /** The capped original text. */
  original: string;
  /** For each character of `text`, its index in `original`; null when they line up 1:1. */
  origin: Int32Array | null;
}

const KEPT_PUNCTUATION = "/&+-$.():,'#%§";

// ASCII lookup: what each code point 0..127 becomes.
const ASCII_MAP: string[] = (() => {
  const map: string[] = [];
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (c >= 65 && c <= 90) map.push(ch.toLowerCase());
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) map.push(ch);
    else if (KEPT_PUNCTUATION.includes(ch)) map.push(ch);
    else map.push(' ');
  }
  return map;
})();

const SPECIAL_CHARS: Record<string, string> = {
  ß: 's',
  æ: 'a',
  Æ: 'a',
  ø: 'o',
  Ø: 'o',
  œ: 'o',
  Œ: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  '\u2018': "'",
  '\u2019': "'",
  '\u2013': '-',
  '\u2014': '-',
  '\u00a7': '§',
  '\uff0f': '/',
};

function mapNonAscii(ch: string): string {
  const special = SPECIAL_CHARS[ch];
  if (special !== undefined) return special;
  const base = ch.normalize('NFD').charAt(0);
  const code = base.charCodeAt(0);
  if (code < 128) return ASCII_MAP[code] ?? ' ';
  // Letters of other scripts stay (lowercased) so nothing accidentally matches; the rest is space.
  const lower = ch.toLowerCase();
  return lower.length === 1 && /\p{L}|\p{N}/u.test(lower) ? lower : ' ';
}

/**
 * Misspellings seen in hand-typed call types. Applied to whole words only; the vocabularies
 * then only need the correct spelling (plus genuine abbreviations).
 */
export const MISSPELLINGS: Readonly<Record<string, string>> = {
  asault: 'assault',
  asalt: 'assault',
  assualt: 'assault',
  assult: 'assault',
  asssault: 'assault',
  assaul: 'assault',
  battry: 'battery',
  batery: 'battery',
  batttery: 'battery',
  burgalry: 'burglary',
  burglery: 'burglary',
  buglary: 'burglary',
  burgulary: 'burglary',
  robery: 'robbery',
  robbry: 'robbery',
  robbey: 'robbery',
  harrassment: 'harassment',
  harrasment: 'harassment',
  harasment: 'harassment',
  harrass: 'harass',
  harrassing: 'harassing',
  tresspass: 'trespass',
  tresspassing: 'trespassing',
  vandalsim: 'vandalism',
  vandalisim: 'vandalism',
  domestc: 'domestic',
  domestice: 'domestic',
  domstic: 'domestic',
  sexaul: 'sexual',
  sexul: 'sexual',
  theif: 'thief',
  thret: 'threat',
  threatning: 'threatening',
  intimidaiton: 'intimidation',
  intimidaton: 'intimidation',
  pedestrain: 'pedestrian',
  accidnet: 'accident',
  homocide: 'homicide',
  homicde: 'homicide',
  manslaugter: 'manslaughter',
  mansluaghter: 'manslaughter',
  vehicluar: 'vehicular',
  prostition: 'prostitution',
  prostituion: 'prostitution',
  traficking: 'trafficking',
  trafficing: 'trafficking',
  trafiking: 'trafficking',
  stalkng: 'stalking',
  negelct: 'neglect',
  neglet: 'neglect',
  embezzelment: 'embezzlement',
  embezelment: 'embezzlement',
  forgrey: 'forgery',
  elderley: 'elderly',
  juvinile: 'juvenile',
  juvenille: 'juvenile',
  childern: 'children',
  chlid: 'child',
  kidnaping: 'kidnapping',
  molestaion: 'molestation',
  strangulaton: 'strangulation',
  restraning: 'restraining',
  protecton: 'protection',
  violaton: 'violation',
  vioaltion: 'violation',
  harrasing: 'harassing',
  extorsion: 'extortion',
  arsen: 'arson',
};

const MISSPELLING_RE = new RegExp(`\\b(?:${Object.keys(MISSPELLINGS).join('|')})\\b`, 'g');

export function normalise(input: string): NormalisedText {
  const original = input.length > MAX_INPUT_CHARS ? input.slice(0, MAX_INPUT_CHARS) : input;
  let out = '';
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    // Surrogate halves are mapped one by one (to spaces) so the 1:1 index mapping holds.
    out += code < 128 ? ASCII_MAP[code] : mapNonAscii(original.charAt(i));
  }
  MISSPELLING_RE.lastIndex = 0;
  if (!MISSPELLING_RE.test(out)) return { text: out, original, origin: null };
  return fixMisspellings(out, original);
}

function fixMisspellings(text: string, original: string): NormalisedText {
  const pieces: string[] = [];
  const origin: number[] = [];
  let last = 0;
  MISSPELLING_RE.lastIndex = 0;
  for (let m = MISSPELLING_RE.exec(text); m; m = MISSPELLING_RE.exec(text)) {
    pieces.push(text.slice(last, m.index));
    for (let i = last; i < m.index; i++) origin.push(i);
    const fixed = MISSPELLINGS[m[0]] ?? m[0];
    pieces.push(fixed);
    // Every character of the corrected word points into the misspelt word.
    for (let i = 0; i < fixed.length; i++) origin.push(m.index + Math.min(i, m[0].length - 1));
    last = m.index + m[0].length;
  }
  pieces.push(text.slice(last));
  for (let i = last; i < text.length; i++) origin.push(i);
  return { text: pieces.join(''), original, origin: Int32Array.from(origin) };
}

/** The original text behind a span of normalised text. */
export function originalSpan(norm: NormalisedText, start: number, end: number): string {
  if (!norm.origin) return norm.original.slice(start, end);
  const from = norm.origin[start] ?? 0;
  const to = (norm.origin[Math.max(start, end - 1)] ?? from) + 1;
  return norm.original.slice(from, to);
}

/** Case- and space-insensitive form used for department "exact" mappings. */
export function normaliseForEquality(input: string): string {
  return normalise(input).text.replace(/\s+/g, ' ').trim();
}
