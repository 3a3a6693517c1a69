/**
 * The address a department prints as a QR code, or undefined. Only https: a victim scanning a
 * printout cannot judge a link, so it must at least not be open to tampering in transit. Settings
 * already validate this; checking again keeps the handout safe whatever its caller passes.
 */
export function httpsAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  return url.href;
}
