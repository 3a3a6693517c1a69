/**
 * The page reader: DOM → incident signals. Pure TypeScript over a Document handed in, so the
 * content script (one copy per frame), the embeddable widget and the tests share it.
 */
export type { CaseNumberSignal, IncidentSignal, PageReading, ReadPageOptions, SiteRule, WatchPageOptions } from './types';
export { readPage } from './read-page';
export { watchPage } from './watch';
export { selectorFor } from './selector';
export { findNarrativeField } from './narrative';
