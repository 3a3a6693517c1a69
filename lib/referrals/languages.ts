/**
 * Languages as BCP 47 codes. Spreadsheets say "Spanish" or "Vietnamese", HSDS files say "es" or
 * "vi"; both become codes. Names come from Intl.DisplayNames so we do not keep a translation table.
 */
const COMMON_CODES = [
  'en', 'es', 'vi', 'zh', 'yue', 'ko', 'tl', 'fil', 'ar', 'ru', 'fr', 'ht', 'pt', 'pl', 'de', 'it', 'ja',
  'hi', 'ur', 'pa', 'bn', 'gu', 'fa', 'prs', 'ps', 'so', 'am', 'ti', 'sw', 'hmn', 'km', 'lo', 'th', 'my',
  'uk', 'ro', 'tr', 'ne', 'uz', 'ku', 'he', 'el', 'hy', 'sm', 'to', 'mh', 'chk', 'nv', 'cy', 'gd', 'ga',
  'ase', 'bfi', 'yi', 'sq', 'bs', 'hr', 'sr', 'lt', 'lv', 'sk', 'cs', 'hu', 'bg', 'ta', 'te', 'ml', 'kn',
  'mr', 'id', 'ms', 'mn', 'ig', 'yo', 'ha', 'wo', 'ff', 'mam', 'quc', 'kjb',
];

const EXTRA_NAMES: Record<string, string> = {
  asl: 'ase',
  'american sign language': 'ase',
  bsl: 'bfi',
  'british sign language': 'bfi',
  farsi: 'fa',
  persian: 'fa',
  mandarin: 'zh',
  tagalog: 'tl',
  filipino: 'fil',
  'haitian creole': 'ht',
  creole: 'ht',
  dari: 'prs',
  pashto: 'ps',
  burmese: 'my',
  khmer: 'km',
  cambodian: 'km',
  laotian: 'lo',
  castilian: 'es',
  espanol: 'es',
  español: 'es',
};

let displayNames: Intl.DisplayNames | undefined;
let byName: Map<string, string> | undefined;

function names(): Intl.DisplayNames {
  displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  return displayNames;
}

function nameTable(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(EXTRA_NAMES));
  for (const code of COMMON_CODES) {
    const name = names().of(code);
    if (name && name !== code && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), code);
  }
  return byName;
}

/** A well-formed code ("vi", "zh-Hant", "es-419") or a known English name ("Vietnamese"). */
export function parseLanguage(input: string): { ok: true; value: string } | { ok: false; message: string } {
  const raw = input.trim();
  // Abbreviations people use ("ASL", "BSL") look like codes but are not the codes they mean.
  const alias = EXTRA_NAMES[raw.toLowerCase()];
  if (alias) return { ok: true, value: alias };
  // A language subtag is 2-3 letters; longer words are names ("Englsh" must not pass as a code).
  if (/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(raw)) {
    try {
      const [canonical] = Intl.getCanonicalLocales(raw);
      if (canonical) return { ok: true, value: canonical };
    } catch {
      // fall through to the name table
    }
  }
  const code = nameTable().get(raw.toLowerCase());
  if (code) return { ok: true, value: code };
  return { ok: false, message: `'${raw}' is not a language we know: write a name like Vietnamese or a code like vi` };
}

export function isLanguageCode(value: string): boolean {
  try {
    return /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value) && Intl.getCanonicalLocales(value)[0] === value;
  } catch {
    return false;
  }
}

/** "vi-VN" -> "vi": victims ask for a language, not a regional variant. */
export function primaryLanguage(code: string): string {
  return code.split('-')[0]!.toLowerCase();
}

const nameCache = new Map<string, string>();
export function languageName(code: string): string {
  let name = nameCache.get(code);
  if (!name) {
    name = names().of(code) ?? code;
    nameCache.set(code, name);
  }
  return name;
}
