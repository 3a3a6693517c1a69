import type { Concept, Signal } from '../concepts';
import { CALIFORNIA_PENAL_CODE, CALIFORNIA_VEHICLE_CODE, CALIFORNIA_WELFARE_CODE } from './california';
import { US_CODE_TITLE_18 } from './federal';
import { FLORIDA_STATUTES } from './florida';
import { ILLINOIS_STATUTES } from './illinois';
import { lookUpSection, type StatuteTable } from './meaning';
import { NEW_YORK_PENAL_LAW } from './new-york';
import { TEXAS_PENAL_CODE } from './texas';

/**
 * Finds statute citations in normalised text (or a code field) in the formats RMS and CAD
 * systems print them: "273.5 PC", "PC 243(e)(1)", "23152(A) VC", "TX PC §22.04", "PC 22.01",
 * "F.S. 784.03", "720 ILCS 5/12-3.2", "720-5/12-3.2", "PL 120.00", "18 1029(A)(2) US".
 */

export interface Span {
  start: number;
  end: number;
}

export interface StatuteFindings {
  signals: Signal[];
  spans: Span[];
}

const SUBSECTIONS = String.raw`(?:\s?\([a-z0-9]{1,4}\)\d?)*`;
// Each part can match in only one way (a second decimal only after letters, "640a.2"), and lists
// are bounded, so a hostile "273.5/273.5/..." cannot make the expression backtrack exponentially.
const CA_SECTION = String.raw`\d{1,6}(?:\.\d{1,3})?(?:[a-z]{1,2}(?:\.\d{1,2})?)?${SUBSECTIONS}`;
const CA_CODE_NAMES: Record<string, { table: StatuteTable | null; name: string }> = {
  pc: { table: CALIFORNIA_PENAL_CODE, name: 'Cal. Penal Code' },
  vc: { table: CALIFORNIA_VEHICLE_CODE, name: 'Cal. Vehicle Code' },
  wi: { table: CALIFORNIA_WELFARE_CODE, name: 'Cal. Welfare & Institutions Code' },
  hs: { table: null, name: 'Cal. Health & Safety Code' },
};

const PATTERNS = {
  illinois: new RegExp(String.raw`\b(\d{3})\s*(?:ilcs\s*|-\s*)(\d{1,4})\s*/\s*(\d{1,3}[a-z]{0,2}(?:[-.]\d{1,3}[a-z]?){0,3})`, 'g'),
  federal: new RegExp(String.raw`\b(\d{1,2})\s*(?:u\.?\s?s\.?\s?c\.?\s*§*\s*(\d{1,5}[a-z]?)|\s(\d{1,5}[a-z]?)${SUBSECTIONS}\s*us\b)`, 'g'),
  texas: new RegExp(String.raw`\b(?:(?:tx|tex\.?|texas)\s*(?:penal\s*code|p\.?\s?c\.?)?|(?:penal\s*code|p\.?\s?c\.?|tpc))\s*(?:§+|sec(?:tion)?\.?)?\s*(\d{1,2}a?\.\d{2,3})(?![\d.])`, 'g'),
  florida: new RegExp(String.raw`\b(?:f\.?\s?s\.?|fla\.?\s*stat\.?(?:utes?)?|florida\s+statutes?)\s*(?:§+|sec(?:tion)?\.?)?\s*(\d{3}\.\d{2,4})`, 'g'),
  newYork: new RegExp(String.raw`\b(?:n\.?\s?y\.?\s*)?(?:p\.?\s?l\.?|penal\s+law)\s*(?:§+|sec(?:tion)?\.?)?\s*(\d{3}\.\d{2})(?![\d.])`, 'g'),
  californiaSuffix: new RegExp(String.raw`(?<![\w.$/])(${CA_SECTION}(?:\s?/\s?${CA_SECTION}){0,3})\s*(p\.?\s?c|v\.?\s?c|w\.?\s?&?\s?i\.?\s?c?|h\.?\s?&?\s?s)\.?(?![a-z])`, 'g'),
  californiaPrefix: new RegExp(String.raw`\b(?:cal(?:ifornia)?\.?\s*)?(penal\s+code|vehicle\s+code|p\.?\s?c|v\.?\s?c|w\.?\s?&\s?i|wic|h\.?\s?&\s?s)\.?\s*(?:§+|sec(?:tion)?\.?)?\s*(${CA_SECTION})`, 'g'),
  bareDecimal: /(?<![\w.$/-])(\d{3}\.\d{1,4})(?![\w.]|\s?\()/g,
};

export function findStatutes(text: string): StatuteFindings {
  const found: StatuteFindings = { signals: [], spans: [] };
  // Cheap exit: every citation format contains a digit.
  if (!/\d/.test(text)) return found;
  scan(text, PATTERNS.illinois, found, (m) => {
    const key = `${m[1]}-${m[2]}/${m[3]}`;
    return cite(ILLINOIS_STATUTES, key, `${m[1]} ILCS ${m[2]}/${m[3]}`, '');
  });
  scan(text, PATTERNS.federal, found, (m) => {
    if (m[1] !== '18') return null;
    const section = m[2] ?? m[3] ?? '';
    return cite(US_CODE_TITLE_18, section, `18 U.S.C. ${section.toUpperCase()}`, '');
  });
  scan(text, PATTERNS.texas, found, (m) => cite(TEXAS_PENAL_CODE, m[1] ?? '', `Tex. Penal Code ${(m[1] ?? '').toUpperCase()}`, ''));
  scan(text, PATTERNS.florida, found, (m) => cite(FLORIDA_STATUTES, m[1] ?? '', `Fla. Stat. ${m[1]}`, ''));
  scan(text, PATTERNS.newYork, found, (m) => cite(NEW_YORK_PENAL_LAW, m[1] ?? '', `N.Y. Penal Law ${m[1]}`, ''));
  scan(text, PATTERNS.californiaSuffix, found, (m) => californiaList(m[1] ?? '', codeKey(m[2] ?? '')));
  scan(text, PATTERNS.californiaPrefix, found, (m) => californiaList(m[2] ?? '', codeKey(m[1] ?? '')));
  scan(text, PATTERNS.bareDecimal, found, (m) => bareDecimal(m[1] ?? ''));
  return found;
}

type Citation = { concepts: readonly Concept[]; evidence: string } | null;

function scan(text: string, re: RegExp, found: StatuteFindings, interpret: (m: RegExpExecArray) => Citation | Citation[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (found.spans.some((s) => s.start < end && start < s.end)) continue;
    const result = interpret(m);
    const citations = (Array.isArray(result) ? result : [result]).filter((c): c is NonNullable<Citation> => c !== null);
    // A recognised citation format claims its span even if the section means nothing to us,
    // so its digits are not re-read as CAD call types.
    found.spans.push({ start, end });
    for (const c of citations) {
      for (const concept of c.concepts) {
        found.signals.push({ concept, evidence: c.evidence, fromText: false, negated: false, weak: false });
      }
    }
  }
}

function cite(table: StatuteTable, section: string, name: string, suffix: string): Citation {
  const hit = lookUpSection(table, section);
  if (!hit) return null;
  return { concepts: hit.meaning.concepts, evidence: `${name}${suffix} (${hit.meaning.label})` };
}

function codeKey(raw: string): string {
  const letters = raw.replace(/[^a-z]/g, '');
  if (letters.startsWith('pe') || letters === 'pc') return 'pc';
  if (letters.startsWith('ve') || letters === 'vc') return 'vc';
  if (letters.startsWith('w')) return 'wi';
  return 'hs';
}

/** "484(a)/490.5" cites two sections; "664/187" is an attempt of the second. */
function californiaList(list: string, code: string): Citation[] {
  const info = CA_CODE_NAMES[code];
  if (!info?.table) return [];
  const sections = list.split('/').map((s) => s.trim().replace(/\s+/g, ''));
  if (code === 'pc' && sections.length === 2 && sections[0] === '664') {
    const target = sections[1] ?? '';
    const attempted = lookUpSection(info.table, target);
    if (!attempted) return [];
    const homicide = attempted.meaning.concepts.includes('HOMICIDE');
    return [
      {
        // An attempted murder leaves a living victim of assault, not survivors of a homicide.
        concepts: homicide ? ['ASSAULT'] : attempted.meaning.concepts,
        evidence: `${info.name} 664/${target.toUpperCase()} (attempted ${attempted.meaning.label})`,
      },
    ];
  }
  return sections.map((s) => cite(info.table as StatuteTable, s, `${info.name} ${s.toUpperCase()}`, ''));
}

/** A bare "273.5" or "784.048": only sections distinctive enough to need no code name. */
function bareDecimal(section: string): Citation {
  return (
    cite(CALIFORNIA_PENAL_CODE, section, `Cal. Penal Code ${section}`, '') ??
    cite(FLORIDA_STATUTES, section, `Fla. Stat. ${section}`, '') ??
    cite(NEW_YORK_PENAL_LAW, section, `N.Y. Penal Law ${section}`, '')
  );
}
