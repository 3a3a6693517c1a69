/** Public API of lib/referrals: import, directory, schedules, matching and display views. */
export * from './model';
export * from './service-types';
export { importHsdsJson } from './import-hsds-json';
export { importHsdsCsv, HSDS_TABULAR_FILES } from './import-hsds-csv';
export { importTemplateCsv, TEMPLATE_COLUMNS, type TemplateImportOptions } from './import-template-csv';
export { commitImport, emptyDirectory, loadBundledDirectory, mergeDirectories, staleListings, verificationDate, type CommitResult, type StaleListing } from './directory';
export { applyDownload, directoryAge, shouldFetch, type DownloadOutcome, type DownloadResponse } from './remote-directory';
export { isOpenAt, nextChange, type OpenChange, type OpenState } from './schedule';
export { buildIndex, type ReferralIndex } from './match-index';
export { matchReferrals, searchByName, type Match, type MatchQuery } from './match';
export { toReferralView, type ReferralView, type PhoneView, type LocationView } from './referral-view';
export { parsePhone, parseTextLine } from './phone';
export { parseHours, formatSchedules } from './hours';
export { interpretTerm } from './vocabulary';
export { haversineKm, type Point } from './geo';
export { generateServices } from './bench';
