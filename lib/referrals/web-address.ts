/**
 * Web and email addresses in department files. We avoid the URL class so lib/ stays free of
 * host APIs; the shape check is deliberately strict because a wrong link in a crisis is worse
 * than a missing one.
 */
const HTTP_URL = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;
const BARE_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;
const EMAIL = /^[^\s@]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;

export function isHttpUrl(value: string): boolean {
  return HTTP_URL.test(value);
}

/** Accepts "https://example.org" and bare "www.example.org" (which gets https://). */
export function parseWebAddress(input: string): { ok: true; value: string } | { ok: false; message: string } {
  const raw = input.trim();
  if (HTTP_URL.test(raw)) return { ok: true, value: raw };
  if (!/^[a-z][a-z0-9+.-]*:/i.test(raw) && BARE_HOST.test(raw)) return { ok: true, value: `https://${raw}` };
  return { ok: false, message: `'${raw}' is not a web address: write it like https://example.org` };
}

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}
