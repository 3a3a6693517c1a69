import { vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';
import { defaultSettings } from '../../../lib/settings/defaults';
import { translatorFromFiles } from '../../../lib/i18n';
import type { PageState, Platform, TaughtField } from '../../../lib/platform';
import type { CategoryId } from '../../../lib/taxonomy';
import type { SpeechHost } from '../../../lib/speech/types';
import type { Directory } from '../../../lib/referrals/model';
import type { IncidentStore } from '../../../lib/store';
import { testPageServices } from '../page-services';
import { DEFAULT_ADMIN_OPTIONS, type AdminOptions, type AdminOptionsState } from '../../../lib/settings/admin-options';

/** A Platform whose page state the test drives. */
export function createFakePlatform(
  options: {
    language?: string;
    pinned?: boolean;
    readResult?: boolean;
    admin?: Partial<AdminOptions>;
    problems?: AdminOptionsState['problems'];
    taught?: Omit<TaughtField, 'field'>;
    /** Merged department settings as the options overview sees them (jurisdiction, languages...). */
    settings?: Record<string, unknown>;
    /** Settings set by managed policy (read-only on the options page). */
    locked?: string[];
    speech?: SpeechHost;
    directory?: Directory | null;
    store?: IncidentStore;
  } = {},
) {
  const listeners = new Set<(state: PageState) => void>();
  const adminListeners = new Set<(state: AdminOptionsState) => void>();
  const correctionListeners = new Set<(corrections: Record<string, CategoryId[]>) => void>();
  let corrections: Record<string, CategoryId[]> = {};
  let admin: AdminOptionsState = {
    options: { ...DEFAULT_ADMIN_OPTIONS, ...options.admin },
    problems: options.problems ?? [],
    ...(options.locked ? { locked: options.locked } : {}),
    ...(options.settings ? { effective: { values: { ...defaultSettings(), ...options.settings }, sources: {} } } : {}),
  };
  const page = testPageServices({ speech: options.speech, directory: options.directory, store: options.store });
  let current: PageState = { kind: 'connecting' };
  const language = options.language ?? 'en';
  const platform: Platform = {
    ...page,
    kind: 'widget',
    uiLanguage: language,
    t: translatorFromFiles({ en, es }, language),
    pinnedToTab: options.pinned ?? false,
    watchPage(listener) {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
    readCurrentPage: vi.fn(async () => options.readResult ?? false),
    shortcut: vi.fn(async () => 'Alt+Shift+V'),
    popOut: vi.fn(async () => {}),
    watchAdminOptions(listener) {
      adminListeners.add(listener);
      listener(admin);
      return () => adminListeners.delete(listener);
    },
    updateAdminOptions: vi.fn(async (change) => {
      admin = { ...admin, options: change(structuredClone(admin.options)), problems: [] };
      for (const listener of adminListeners) listener(admin);
    }),
    updateSettings: vi.fn(async (patch: Record<string, unknown>) => {
      const values = { ...(admin.effective?.values ?? defaultSettings()), ...patch } as Record<string, unknown>;
      for (const [key, value] of Object.entries(patch)) if (value === undefined) delete values[key];
      admin = { ...admin, effective: { values, sources: admin.effective?.sources ?? {} } };
      for (const listener of adminListeners) listener(admin);
    }),
    copyText: vi.fn(async () => true),
    watchCorrections(listener) {
      correctionListeners.add(listener);
      listener(corrections);
      return () => correctionListeners.delete(listener);
    },
    saveCorrection: vi.fn(async (key, categories) => {
      corrections = { ...corrections };
      if (categories) corrections[key] = categories;
      else delete corrections[key];
      for (const listener of correctionListeners) listener(corrections);
    }),
    pointAtField: vi.fn(async (field) => options.taught && { ...options.taught, field }),
  };
  return {
    platform,
    page,
    admin: () => admin,
    /** Replaces the merged settings, as a policy or options change would. */
    setSettings(values: Record<string, unknown>) {
      admin = { ...admin, effective: { values: { ...defaultSettings(), ...values }, sources: {} } };
      for (const listener of adminListeners) listener(admin);
    },
    listenerCount: () => listeners.size,
    setPage(state: PageState) {
      current = state;
      for (const listener of listeners) listener(state);
    },
  };
}
