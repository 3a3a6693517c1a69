/**
 * Which origins the RMS reader runs on: exactly the web origins the extension has been granted
 * (by a department build, an admin's one-time grant or, in the e2e build, localhost). Never
 * `<all_urls>` or wildcard schemes: a broad grant is a mistake we refuse to widen silently.
 */
export function rmsMatchPatterns(grantedOrigins: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const origin of grantedOrigins) {
    if (!/^https?:\/\/[^/*]+(:\d+)?\/.*$/.test(origin) && !/^https?:\/\/\*\.[^/*]+\/.*$/.test(origin)) continue;
    patterns.add(origin);
  }
  return [...patterns].sort();
}

/** Tells restricted pages (browser UI, stores) from pages we simply have no access to. */
export function isRestrictedPageError(message: string): boolean {
  return /(chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools):|extensions gallery|web store|addons\.mozilla\.org|chromewebstore/i.test(
    message,
  );
}
