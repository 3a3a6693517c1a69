import { vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';
import { translatorFromFiles } from '../../../lib/i18n';
import type { PageState, Platform } from '../../../lib/platform';

/** A Platform whose page state the test drives. */
export function createFakePlatform(options: { language?: string; pinned?: boolean; readResult?: boolean } = {}) {
  const listeners = new Set<(state: PageState) => void>();
  let current: PageState = { kind: 'connecting' };
  const language = options.language ?? 'en';
  const platform: Platform = {
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
  };
  return {
    platform,
    listenerCount: () => listeners.size,
    setPage(state: PageState) {
      current = state;
      for (const listener of listeners) listener(state);
    },
  };
}
