/** IANA time zone names, checked with the runtime's own zone database (Intl). */
const known = new Map<string, boolean>();

export function isIanaTimeZone(value: string): boolean {
  const cached = known.get(value);
  if (cached !== undefined) return cached;
  // Abbreviations like "PST" or "EST" are accepted by some engines but ignore DST rules.
  let valid = value === 'UTC' || /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(value);
  if (valid) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
    } catch {
      valid = false;
    }
  }
  known.set(value, valid);
  return valid;
}

export function timeZoneMessage(value: string): string {
  return `'${value}' is not a time zone name: use an IANA name like America/Los_Angeles or Europe/London`;
}
