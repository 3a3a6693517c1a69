/** YYYY-MM-DD in the device's time zone: the date the victim sees is the officer's calendar day. */
export function localIsoDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Formats an ISO date (YYYY-MM-DD) for the victim's language, e.g. "22 de noviembre de 2026".
 * The date is read and written in UTC so a date-only value never shifts by a day; a language
 * the runtime cannot format falls back to the ISO text, which is still unambiguous.
 */
export function formatIsoDate(isoDate: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}
