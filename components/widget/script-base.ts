/**
 * The folder the widget's script was loaded from: its app file, content/ and _locales/ sit beside
 * it. A classic <script> (the IIFE build) is `document.currentScript` while it runs; an ES module
 * knows `import.meta.url`. Read once, at load: `currentScript` is null afterwards.
 */
export const SCRIPT_BASE = (() => {
  const current = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
  if (current?.src) return new URL('.', current.src).href;
  // Through a variable: vite rewrites the literal `new URL('…', import.meta.url)` into an asset.
  const moduleUrl = import.meta.url;
  if (/^https?:/.test(moduleUrl)) return new URL('.', moduleUrl).href;
  return typeof location === 'undefined' ? 'http://localhost/' : location.href;
})();
