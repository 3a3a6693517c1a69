import { createTranslator, type MessageKey } from '../i18n';
import { teachAnswerSchema } from '../messages/schemas';
import type { PageState, Platform, TaughtField, TeachField } from '../platform';
import { updateAdminOptions, updateLocalSettings, watchAdminOptions } from './admin-storage';
import { OPEN_PANEL_COMMAND, type ExtensionApi } from './api';
import { cancelReminders, scheduleReminder } from './maintenance';
import { saveCorrection, watchCorrections } from './corrections-storage';
import { readTabNow, trackPage } from './page-tracker';

export interface ExtensionPlatformOptions {
  /** From `?tabId=N`: a popped-out panel tied to one tab. */
  tabId?: number;
  /** From `?windowId=N`: follow that window's active tab (tests, and a panel opened as a tab). */
  windowId?: number;
  uiLanguage: string;
  getMessage: (key: MessageKey) => string;
  /** Clipboard access of the panel's document (injected: lib/ touches no DOM globals). */
  writeClipboard?: (text: string) => Promise<void>;
  /** What the page the panel runs in provides (fetch, IndexedDB, speech, print). */
  page: PageServices;
}

export type PageServices = Pick<Platform, 'fetchContent' | 'openIncidentStore' | 'speech' | 'print' | 'watchDirectory' | 'saveDirectory' | 'saveFile'>;

/** Reads `?tabId=` / `?windowId=` from the panel's URL; anything malformed is ignored. */
export function panelTargetFromSearch(search: string): { tabId?: number; windowId?: number } {
  const params = new URLSearchParams(search);
  const read = (name: string) => {
    const value = params.get(name);
    return value !== null && /^\d{1,10}$/.test(value) ? Number(value) : undefined;
  };
  const target: { tabId?: number; windowId?: number } = {};
  const tabId = read('tabId');
  const windowId = read('windowId');
  if (tabId !== undefined) target.tabId = tabId;
  if (windowId !== undefined) target.windowId = windowId;
  return target;
}

export function createExtensionPlatform(api: ExtensionApi, options: ExtensionPlatformOptions): Platform {
  let currentTabId = options.tabId;
  return {
    ...options.page,
    kind: 'extension',
    readerUrl: api.runtime.getURL('/reader.html' as never),
    uiLanguage: options.uiLanguage,
    t: createTranslator((key) => options.getMessage(key) || undefined),
    pinnedToTab: options.tabId !== undefined,
    watchPage(listener: (state: PageState) => void) {
      return trackPage(api, options, (state) => {
        if ('tabId' in state && state.tabId !== undefined) currentTabId = state.tabId;
        listener(state);
      });
    },
    async readCurrentPage() {
      return currentTabId === undefined ? false : readTabNow(api, currentTabId);
    },
    async shortcut() {
      const commands = await api.commands.getAll();
      return commands.find((command) => command.name === OPEN_PANEL_COMMAND)?.shortcut || undefined;
    },
    watchAdminOptions(listener) {
      return watchAdminOptions(api.storage.local, api.storage.onChanged, listener, api.storage.managed);
    },
    async updateAdminOptions(change) {
      await updateAdminOptions(api.storage.local, change);
    },
    updateSettings(patch) {
      return updateLocalSettings(api.storage.local, patch);
    },
    watchCorrections(listener) {
      return watchCorrections(api.storage.session, api.storage.onChanged, listener);
    },
    saveCorrection(key, categories) {
      return saveCorrection(api.storage.session, key, categories);
    },
    async copyText(text) {
      if (!options.writeClipboard) return false;
      try {
        await options.writeClipboard(text);
        return true;
      } catch {
        return false;
      }
    },
    pointAtField(field: TeachField) {
      const tabId = currentTabId;
      if (tabId === undefined) return Promise.resolve(undefined);
      return new Promise<TaughtField | undefined>((resolve) => {
        const finish = (result: TaughtField | undefined) => {
          api.runtime.onMessage.removeListener(onMessage as never);
          // Every frame was listening for the click; stop them all.
          api.tabs.sendMessage(tabId, { type: 'vsp:teach-stop' }).catch(() => {});
          resolve(result);
        };
        const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
          if (sender.id !== api.runtime.id || sender.tab?.id !== tabId) return;
          const answer = teachAnswerSchema.safeParse(message);
          if (!answer.success) return;
          const data = answer.data;
          finish(data.type === 'vsp:taught' ? { field: data.field, origin: data.origin, selector: data.selector, sample: data.sample } : undefined);
        };
        api.runtime.onMessage.addListener(onMessage as never);
        api.tabs.sendMessage(tabId, { type: 'vsp:teach', field }).catch(() => finish(undefined));
      });
    },
    async refreshDirectory() {
      return (await api.runtime.sendMessage({ type: 'vsp:sync-directory' })) as { lastFetch?: string; lastError?: string; lastOutcome?: string };
    },
    async scheduleReminder(reminder) {
      const alarms = api.alarms;
      if (!alarms) throw new Error('reminders are not available in this browser');
      await scheduleReminder({ alarms, storage: api.storage }, reminder);
    },
    async cancelReminders(ids) {
      if (api.alarms) await cancelReminders({ alarms: api.alarms, storage: api.storage }, ids);
    },
    async insertIntoReport(text) {
      const tabId = currentTabId;
      if (tabId === undefined) return 'not-permitted';
      try {
        const answer: unknown = await api.tabs.sendMessage(tabId, { type: 'vsp:insert-summary', text });
        return (answer as { type?: unknown } | undefined)?.type === 'vsp:inserted' ? 'inserted' : 'no-field';
      } catch {
        // No reader in that tab: the page is not a department RMS site and was not granted.
        return 'not-permitted';
      }
    },
    async popOut() {
      if (currentTabId === undefined) return;
      await api.windows.create({
        url: api.runtime.getURL(`/sidepanel.html?tabId=${currentTabId}` as never),
        type: 'popup',
        width: 460,
        height: 860,
      });
    },
  };
}
