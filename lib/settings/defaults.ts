import type { DepartmentSettings } from './schema';

/**
 * What applies when neither policy nor local options set a field. Only values with an honest
 * default are here: jurisdiction, referral directory, liaison and handout URL stay unset rather
 * than invented. Languages match the bundled rights scripts (public/content/scripts).
 */
export const DEFAULT_SETTINGS: Readonly<DepartmentSettings> = Object.freeze({
  federalBaseline: false,
  languages: ['en', 'es'],
  defaultVictimLanguage: 'en',
  rmsSites: [],
  incidentMappings: [],
  scripts: [],
  checklistTemplates: [],
  riskScreens: [],
  retentionDays: 30,
  idleLockMinutes: 30,
  pinRequired: false,
  features: { readAloud: true, print: true, insertIntoReport: true },
  teachTools: false,
});

/** A fresh copy, so a caller that mutates its settings never changes the defaults. */
export function defaultSettings(): DepartmentSettings {
  return structuredClone(DEFAULT_SETTINGS) as DepartmentSettings;
}
