/**
 * Phone numbers as departments and HSDS files write them: US (NANP), UK national, E.164, the
 * short numbers crisis lines use (988, 116 123) and SMS short codes for text lines (741741).
 * We validate shape, not whether a number is in service: only a call can tell that.
 */

export type PhoneUse = 'voice' | 'text';

export interface ParsedPhone {
  /** As written, trimmed, without the extension. */
  number: string;
  /** Digits to dial: "+1..." for NANP, national digits for UK, "+..." for E.164, or the short code. */
  dial: string;
  extension?: string;
  isShortCode: boolean;
}

export type PhoneResult = { ok: true; value: ParsedPhone } | { ok: false; message: string };

const EXTENSION = /\s*(?:,|;)?\s*(?:ext\.?|extension|x|#|;ext=)\s*(\d{1,6})\s*$/i;
const ALLOWED = /^\+?[0-9A-Za-z\s().\-/]+$/;
// Three-digit numbers that reach a service on their own (US N11 codes, UK 999/101/111, EU 112).
const SHORT_VOICE = new Set(['211', '311', '511', '711', '811', '911', '988', '999', '101', '111', '112']);
const KEYPAD: Record<string, string> = {
  a: '2', b: '2', c: '2', d: '3', e: '3', f: '3', g: '4', h: '4', i: '4', j: '5', k: '5', l: '5',
  m: '6', n: '6', o: '6', p: '7', q: '7', r: '7', s: '7', t: '8', u: '8', v: '8', w: '9', x: '9',
  y: '9', z: '9',
};

export function parsePhone(input: string, use: PhoneUse = 'voice'): PhoneResult {
  const raw = input.trim();
  const notAPhone = { ok: false as const, message: `'${raw}' is not a phone number` };
  if (raw === '') return { ok: false, message: 'the phone number is empty' };

  let body = raw;
  let extension: string | undefined;
  const ext = EXTENSION.exec(body);
  if (ext && /\d{3}/.test(body.slice(0, ext.index))) {
    extension = ext[1];
    body = body.slice(0, ext.index).trim();
  }
  if (!ALLOWED.test(body)) return notAPhone;
  const hasPlus = body.startsWith('+');
  const letters = body.replace(/[^A-Za-z]/g, '');
  // Vanity numbers (1-800-799-SAFE) need enough real digits to be a full number.
  if (letters.length > 0 && body.replace(/\D/g, '').length < 4) return notAPhone;
  const digits = body.replace(/[A-Za-z]/g, (ch) => KEYPAD[ch.toLowerCase()] ?? '').replace(/\D/g, '');
  const writtenAsOneGroup = /^\d+$/.test(body);

  const ok = (dial: string, isShortCode = false): PhoneResult => ({
    ok: true,
    value: { number: body, dial, ...(extension ? { extension } : {}), isShortCode },
  });

  if (hasPlus) {
    return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0') ? ok(`+${digits}`) : notAPhone;
  }
  if (digits.length === 11 && digits.startsWith('1') && /^[2-9]/.test(digits.slice(1))) return ok(`+${digits}`);
  if (digits.length === 10 && /^[2-9]\d{2}[2-9]/.test(digits)) return ok(`+1${digits}`);
  if (digits.startsWith('0')) {
    // UK national numbers: 10-11 digits, and a few freephone numbers are shorter (0800 1111).
    if (digits.length === 10 || digits.length === 11) return ok(digits);
    if (digits.startsWith('080') && digits.length >= 8) return ok(digits);
    return notAPhone;
  }
  if (digits.length === 6 && digits.startsWith('116')) return ok(digits, true);
  if (writtenAsOneGroup && SHORT_VOICE.has(digits)) return ok(digits, true);
  // SMS short codes are written as one group; "555-12" is a broken number, not a short code.
  if (use === 'text' && writtenAsOneGroup && /^[1-9]\d{4,5}$/.test(digits)) return ok(digits, true);
  if (digits.length === 7) {
    return { ok: false, message: `'${raw}' is not a phone number: it has 7 digits, add the area code` };
  }
  return notAPhone;
}

export interface ParsedTextLine extends ParsedPhone {
  keyword?: string;
}

/** "Text START to 88788", "START to 88788", "741741" or a full number. */
export function parseTextLine(
  input: string,
): { ok: true; value: ParsedTextLine } | { ok: false; message: string } {
  const raw = input.trim();
  const match = /^(?:text\s+)?(?:["'“]?([A-Za-z][A-Za-z0-9]*)["'”]?\s+to\s+)?(.+)$/i.exec(raw);
  const keyword = match?.[1];
  const numberPart = match?.[2] ?? raw;
  const parsed = parsePhone(numberPart, 'text');
  if (!parsed.ok) return { ok: false, message: `'${raw}' is not a text line: write a number or short code, e.g. 741741 or "START to 88788"` };
  return { ok: true, value: { ...parsed.value, ...(keyword ? { keyword: keyword.toUpperCase() } : {}) } };
}

export function isValidPhone(input: string, use: PhoneUse = 'voice'): boolean {
  return parsePhone(input, use).ok;
}

/** A tel: or sms: link target for display code. */
export function dialString(input: string, use: PhoneUse = 'voice'): string | undefined {
  const parsed = parsePhone(input, use);
  return parsed.ok ? parsed.value.dial : undefined;
}
