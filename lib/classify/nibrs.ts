import type { Concept, Signal } from './concepts';
import { originalSpan, type NormalisedText } from './normalise';
import { means, type StatuteMeaning } from './statutes/meaning';

/**
 * FBI NIBRS offense codes (2019.1 code table and federal additions) and victim-to-offender
 * relationship codes. A relationship of spouse, partner or family turns an assault, sexual
 * offence or threat into domestic/family violence ("NIBRS 13B + relationship BG").
 */
export const NIBRS_OFFENSES: Readonly<Record<string, StatuteMeaning>> = {
  '09a': means('murder and nonnegligent manslaughter', 'HOMICIDE'),
  '09b': means('negligent manslaughter', 'HOMICIDE'),
  '09c': means('justifiable homicide', 'JUSTIFIABLE'),
  '100': means('kidnapping/abduction', 'KIDNAP'),
  '11a': means('rape', 'SEXUAL'),
  '11b': means('sodomy', 'SEXUAL'),
  '11c': means('sexual assault with an object', 'SEXUAL'),
  '11d': means('fondling', 'SEXUAL'),
  '120': means('robbery', 'ROBBERY'),
  '13a': means('aggravated assault', 'ASSAULT'),
  '13b': means('simple assault', 'ASSAULT'),
  '13c': means('intimidation', 'INTIMIDATION'),
  '200': means('arson', 'ARSON'),
  '210': means('extortion/blackmail', 'EXTORTION'),
  '220': means('burglary/breaking and entering', 'BURGLARY'),
  '23a': means('pocket-picking', 'THEFT'),
  '23b': means('purse-snatching', 'THEFT'),
  '23c': means('shoplifting', 'THEFT'),
  '23d': means('theft from building', 'THEFT'),
  '23e': means('theft from coin-operated machine', 'THEFT'),
  '23f': means('theft from motor vehicle', 'THEFT'),
  '23g': means('theft of motor vehicle parts', 'THEFT'),
  '23h': means('all other larceny', 'THEFT'),
  '240': means('motor vehicle theft', 'THEFT'),
  '250': means('counterfeiting/forgery', 'FRAUD'),
  '26a': means('false pretenses/swindle', 'FRAUD'),
  '26b': means('credit card/ATM fraud', 'FRAUD'),
  '26c': means('impersonation', 'FRAUD'),
  '26d': means('welfare fraud', 'FRAUD'),
  '26e': means('wire fraud', 'FRAUD'),
  '26f': means('identity theft', 'FRAUD'),
  '26g': means('hacking/computer invasion', 'FRAUD'),
  '26h': means('money laundering', 'REGULATORY'),
  '270': means('embezzlement', 'FRAUD'),
  '280': means('stolen property offenses', 'THEFT'),
  '290': means('destruction/damage/vandalism', 'DAMAGE'),
  '35a': means('drug/narcotic violations', 'CONTRABAND'),
  '35b': means('drug equipment violations', 'CONTRABAND'),
  '36a': means('incest', 'INCEST'),
  '36b': means('statutory rape', 'SEXUAL', 'CHILD'),
  '370': means('pornography/obscene material', 'OBSCENE'),
  '39a': means('betting/wagering', 'REGULATORY'),
  '39b': means('operating/promoting gambling', 'REGULATORY'),
  '39c': means('gambling equipment violations', 'REGULATORY'),
  '39d': means('sports tampering', 'REGULATORY'),
  '40a': means('prostitution', 'PROSTITUTION'),
  '40b': means('assisting or promoting prostitution', 'PIMPING'),
  '40c': means('purchasing prostitution', 'PROSTITUTION'),
  '510': means('bribery', 'REGULATORY'),
  '520': means('weapon law violations', 'REGULATORY'),
  '64a': means('human trafficking, commercial sex acts', 'TRAFFICKING_SEX'),
  '64b': means('human trafficking, involuntary servitude', 'TRAFFICKING_LABOR'),
  '720': means('animal cruelty', 'ANIMAL_HARM'),
  '90a': means('bad checks', 'FRAUD'),
  '90b': means('curfew/loitering/vagrancy', 'REGULATORY'),
  '90c': means('disorderly conduct', 'REGULATORY'),
  '90d': means('driving under the influence', 'DUI'),
  '90e': means('drunkenness', 'REGULATORY'),
  '90f': means('family offenses, nonviolent', 'DOMESTIC'),
  '90g': means('liquor law violations', 'REGULATORY'),
  '90h': means('peeping tom', 'VOYEUR'),
  '90i': means('runaway', 'REGULATORY'),
  '90j': means('trespass of real property', 'TRESPASS'),
  '90z': means('all other offenses', 'REGULATORY'),
};

const RELATIONSHIPS: Readonly<Record<string, { label: string; kind: 'intimate' | 'family' }>> = {
  se: { label: 'spouse', kind: 'intimate' },
  cs: { label: 'common-law spouse', kind: 'intimate' },
  bg: { label: 'boyfriend/girlfriend', kind: 'intimate' },
  xs: { label: 'ex-spouse', kind: 'intimate' },
  xr: { label: 'ex-relationship', kind: 'intimate' },
  hr: { label: 'homosexual relationship', kind: 'intimate' },
  pa: { label: 'parent', kind: 'family' },
  sb: { label: 'sibling', kind: 'family' },
  ch: { label: 'child', kind: 'family' },
  gp: { label: 'grandparent', kind: 'family' },
  gc: { label: 'grandchild', kind: 'family' },
  il: { label: 'in-law', kind: 'family' },
  sp: { label: 'stepparent', kind: 'family' },
  sc: { label: 'stepchild', kind: 'family' },
  ss: { label: 'stepsibling', kind: 'family' },
  of: { label: 'other family member', kind: 'family' },
  cf: { label: "child of boyfriend/girlfriend", kind: 'family' },
};

const ALNUM_CODE = /^\d{2}[a-z]$/;
// A code inside text counts only where it is plainly a NIBRS code: after the word NIBRS/UCR,
// or opening the text ("13B SIMPLE ASSAULT"), so "APT 13B" is not an assault.
const CODE_IN_TEXT = /(?:\b(?:nibrs|ucr)(?:\s*(?:offen[sc]e|code))?\s*[:#-]?\s*|^\s*)(\d{2}[a-z]|\d{3})\b/g;
const RELATIONSHIP_AFTER_KEYWORD = /\b(?:rel(?:ationship)?|vor|v\/o|victim\W+offender(?:\W+relationship)?)\s*[:=-]?\s*([a-z]{2})\b/;

export interface NibrsFindings {
  signals: Signal[];
  /** Where codes were read, so their digits are not re-read as CAD call types. */
  spans: { start: number; end: number }[];
}

/**
 * Relationship codes must be capitals in the original unless introduced by a keyword, so
 * ordinary words like "of" are not read as codes.
 * @param wholeField true for a code field rather than free text
 */
export function findNibrs(norm: NormalisedText, wholeField: boolean): NibrsFindings {
  const text = norm.text;
  const out: NibrsFindings = { signals: [], spans: [] };
  if (!/\d/.test(text)) return out;
  const codes: { code: string; start: number; end: number }[] = [];
  if (wholeField) {
    const m = /^\s*(\d{2}[a-z]|\d{3})\b/.exec(text);
    // Numeric codes in a code field are ambiguous (IUCR, LAPD and CAD codes reuse them); they
    // are trusted only when the caller says the description told us nothing.
    if (m?.[1] && ALNUM_CODE.test(m[1])) codes.push({ code: m[1], start: 0, end: m[0].length });
  } else {
    CODE_IN_TEXT.lastIndex = 0;
    for (let m = CODE_IN_TEXT.exec(text); m; m = CODE_IN_TEXT.exec(text)) {
      const code = m[1] ?? '';
      const explicit = !m[0].trimStart().startsWith(code);
      if (explicit || ALNUM_CODE.test(code)) codes.push({ code, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) CODE_IN_TEXT.lastIndex++;
    }
  }
  for (const { code, start, end } of codes) {
    const offense = NIBRS_OFFENSES[code];
    if (!offense) continue;
    out.spans.push({ start, end });
    const relationship = relationshipFor(norm, end);
    const evidence = relationship
      ? `NIBRS ${code.toUpperCase()} (${offense.label}) + relationship ${relationship.code.toUpperCase()} (${relationship.label}) = ${relationship.kind === 'intimate' ? 'intimate partner' : 'family member'}`
      : `NIBRS ${code.toUpperCase()} (${offense.label})`;
    const concepts: Concept[] = [...offense.concepts];
    if (relationship) concepts.push(relationship.kind === 'intimate' ? 'PARTNER' : 'FAMILY');
    for (const concept of concepts) out.signals.push({ concept, evidence, fromText: false, negated: false, weak: false });
  }
  return out;
}

function relationshipFor(norm: NormalisedText, codeEnd: number) {
  const text = norm.text;
  const keyword = RELATIONSHIP_AFTER_KEYWORD.exec(text);
  if (keyword?.[1]) {
    const r = RELATIONSHIPS[keyword[1]];
    if (r) return { code: keyword[1], ...r };
  }
  // "13B BG", "13B/SE", "13B + XS": a capitalised two-letter code right after the offense code.
  const next = /^\s*[/+,;:-]?\s*([a-z]{2})\b/.exec(text.slice(codeEnd));
  if (!next?.[1]) return null;
  const at = codeEnd + next[0].length - 2;
  const raw = originalSpan(norm, at, at + 2);
  const r = RELATIONSHIPS[next[1]];
  return r && raw === raw.toUpperCase() ? { code: next[1], ...r } : null;
}

/** A bare numeric NIBRS code ("100", "120") from a code field, used only as a last resort. */
export function numericNibrsCode(code: string): StatuteMeaning | null {
  const key = code.trim().toLowerCase();
  return /^\d{3}$/.test(key) ? (NIBRS_OFFENSES[key] ?? null) : null;
}
