/**
 * What the panel's referral card needs to match, as one module: the panel loads it right after its
 * first render, so the page and the category show without waiting for the matcher.
 * Module by module, not the lib/referrals barrel: that pulls the CSV importer (papaparse) in.
 */
export { emptyDirectory, loadBundledDirectory, mergeDirectories } from './directory';
export { matchReferrals } from './match';
export { buildIndex } from './match-index';
