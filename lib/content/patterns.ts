/** Shapes shared by content files and department settings (kept apart so settings pull in no content schema). */
/** ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision: US, US-CA, GB-ENG. */
export const JURISDICTION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
/** A pragmatic BCP 47 subset: primary language plus optional subtags (en, es, es-MX, zh-Hant-TW). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
