import type { Browser } from 'wxt/browser';

/**
 * The `chrome` global inside code that runs in the extension's service worker or pages
 * (worker.evaluate bodies). Declared for tests only, so lib/ cannot reach for it by mistake.
 */
export type Chrome = typeof Browser;
