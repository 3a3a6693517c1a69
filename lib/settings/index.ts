/** Public API of the department settings layer: schema, defaults and the policy > local > defaults merge. */
export {
  departmentSettingsSchema,
  settingsFieldSchemas,
  SETTINGS_KEYS,
  type ContentObject,
  type DepartmentSettings,
  type Features,
  type ReferralDirectorySetting,
  type RmsSite,
  type SettingsKey,
  type SettingsValues,
  type VictimLiaison,
} from './schema';
export { DEFAULT_SETTINGS, defaultSettings } from './defaults';
export { adaptLegacyAdminOptions, mergeSettings, parseSettingsLayer, type MergedSettings, type SettingsSource, type SettingsSourceProblem } from './merge';
