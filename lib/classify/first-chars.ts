/**
 * Works out which characters a regular-expression source can start a match with, so the scanner
 * only tries the few vocabulary entries that could match at a given word. Understands the subset
 * of syntax the vocabularies use; anything it does not understand yields null ("any character"),
 * which is always safe (the entry is simply tried everywhere).
 */

const WORD_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_';

interface Part {
  chars: Set<string> | null;
  nullable: boolean;
  end: number;
}

export function firstChars(source: string): Set<string> | null {
  try {
    const result = alternation(source, 0);
    return result.chars;
  } catch {
    return null;
  }
}

function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null || b === null) return null;
  const out = new Set(a);
  for (const c of b) out.add(c);
  return out;
}

function alternation(src: string, pos: number): Part {
  let chars: Set<string> | null = new Set();
  let nullable = false;
  let i = pos;
  for (;;) {
    const seq = sequence(src, i);
    chars = union(chars, seq.chars);
    nullable = nullable || seq.nullable;
    i = seq.end;
    if (src[i] === '|') {
      i++;
      continue;
    }
    return { chars, nullable, end: i };
  }
}

function sequence(src: string, pos: number): Part {
  let chars: Set<string> | null = new Set();
  let i = pos;
  let open = true; // still collecting first characters (everything so far was nullable)
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const atom = parseAtom(src, i);
    i = atom.end;
    const quant = parseQuantifier(src, i);
    i = quant.end;
    if (open) {
      chars = union(chars, atom.chars);
      if (!(atom.nullable || quant.optional)) open = false;
    }
  }
  return { chars, nullable: open, end: i };
}

function parseQuantifier(src: string, i: number): { optional: boolean; end: number } {
  const c = src[i];
  let optional = false;
  let end = i;
  if (c === '?' || c === '*') {
    optional = true;
    end = i + 1;
  } else if (c === '+') {
    end = i + 1;
  } else if (c === '{') {
    const close = src.indexOf('}', i);
    if (close < 0) throw new Error('bad quantifier');
    optional = /^\{0\s*(,|\})/.test(src.slice(i, close + 1));
    end = close + 1;
  } else {
    return { optional: false, end: i };
  }
  if (src[end] === '?') end++; // lazy
  return { optional, end };
}

function parseAtom(src: string, i: number): Part {
  const c = src[i];
  if (c === '(') {
    if (src.startsWith('(?=', i) || src.startsWith('(?!', i) || src.startsWith('(?<=', i) || src.startsWith('(?<!', i)) {
      return { chars: new Set(), nullable: true, end: skipGroup(src, i) };
    }
    const innerStart = src.startsWith('(?:', i) ? i + 3 : i + 1;
    const inner = alternation(src, innerStart);
    if (src[inner.end] !== ')') throw new Error('unbalanced group');
    return { chars: inner.chars, nullable: inner.nullable, end: inner.end + 1 };
  }
  if (c === '[') return charClass(src, i);
  if (c === '\\') {
    const e = src[i + 1];
    if (e === 'b' || e === 'B') return { chars: new Set(), nullable: true, end: i + 2 };
    if (e === 'w') return { chars: new Set(WORD_CHARS), nullable: false, end: i + 2 };
    if (e === 'd') return { chars: new Set('0123456789'), nullable: false, end: i + 2 };
    // \W, \s, \S, \D and the like: cannot start a word, so they add no word characters.
    if (e === 'W' || e === 's') return { chars: new Set(), nullable: false, end: i + 2 };
    if (e === 'S' || e === 'D' || e === 'p' || e === 'P' || e === 'u' || e === 'x') return { chars: null, nullable: false, end: i + 2 };
    return { chars: new Set([e ?? '']), nullable: false, end: i + 2 };
  }
  if (c === '.') return { chars: null, nullable: false, end: i + 1 };
  if (c === '^' || c === '$') return { chars: new Set(), nullable: true, end: i + 1 };
  return { chars: new Set([c ?? '']), nullable: false, end: i + 1 };
}

function skipGroup(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') {
      j = src.indexOf(']', j + 1);
      if (j < 0) throw new Error('unbalanced class');
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  throw new Error('unbalanced group');
}

function charClass(src: string, i: number): Part {
  const close = src.indexOf(']', i + 1);
  if (close < 0) throw new Error('unbalanced class');
  const body = src.slice(i + 1, close);
  if (body.startsWith('^')) return { chars: null, nullable: false, end: close + 1 };
  const chars = new Set<string>();
  for (let j = 0; j < body.length; j++) {
    const c = body[j] ?? '';
    if (c === '\\') {
      const e = body[j + 1];
      j++;
      if (e === 'w') for (const w of WORD_CHARS) chars.add(w);
      else if (e === 'd') for (const d of '0123456789') chars.add(d);
      else if (e === 'W' || e === 's') continue;
      else if (e) chars.add(e);
      continue;
    }
    if (body[j + 1] === '-' && j + 2 < body.length) {
      const from = c.charCodeAt(0);
      const to = (body[j + 2] ?? c).charCodeAt(0);
      for (let k = from; k <= to; k++) chars.add(String.fromCharCode(k));
      j += 2;
      continue;
    }
    chars.add(c);
  }
  return { chars, nullable: false, end: close + 1 };
}
