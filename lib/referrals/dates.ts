/** Calendar dates as people type them in a spreadsheet, stored as ISO "YYYY-MM-DD". */

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** ISO dates and datetimes, and US-style M/D/YYYY (what US spreadsheets show by default). */
export function parseDateInput(input: string): { ok: true; value: string } | { ok: false; message: string } {
  const raw = input.trim();
  const bad = { ok: false as const, message: `'${raw}' is not a date: write it like 2026-03-31` };
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw);
  if (iso) return iso[1] && isIsoDate(iso[1]) ? { ok: true, value: iso[1] } : bad;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  if (us) {
    const value = `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
    return isIsoDate(value) ? { ok: true, value } : bad;
  }
  return bad;
}

/** Adds calendar months to an ISO date, clamping to the month's last day (Feb 29 -> Feb 28). */
export function addMonths(isoDate: string, months: number): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}
