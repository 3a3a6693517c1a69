import { effectiveAdminState } from '../extension/admin-storage';
import type { MessageFile } from '../i18n';
import { translatorFromFiles } from '../i18n';
import type { PageReading } from '../page-reader';
import type { PageState, Platform } from '../platform';
import { createDirectoryStore, type DirectoryStore } from '../referrals/directory-store';
import type { SyncState } from '../referrals/directory-sync';
import type { AdminOptionsState } from '../settings/admin-options';
import type { ReferralDirectorySetting } from '../settings/schema';
import { effectiveSiteRule } from '../settings/site-rules';
import type { SpeechHost } from '../speech/types';
import type { IncidentStore } from '../store';
import type { CategoryId } from '../taxonomy';
import { pageStateFromAttributes, type WidgetAttributes } from './attributes';
import { watchChecklistChanges } from './change-events';

/** Everything the widget's host element gives its Platform; the element owns the DOM. */
export interface WidgetHost {
  document: Document;
  language: string;
  messages: Record<string, MessageFile>;
  /** Base URL holding the bundled content/ and _locales/ folders (by default the script's folder). */
  contentBase: string;
  /** IndexedDB database of this widget: widgets with different names keep separate records. */
  storeName: string;
  indexedDB: IDBFactory;
  crypto: Crypto;
  broadcast?: typeof BroadcastChannel;
  fetch: typeof fetch;
  /** A language's message file from the element's page-wide cache (the handout asks for the victim's language). */
  messageFile?: (language: string) => Promise<MessageFile>;
  speech?: SpeechHost;
  writeClipboard?: (text: string) => Promise<void>;
  print?: () => void;
  /** The widget's events: `vsp-summary` (insert), `vsp-change` (checklist changed, no note text). */
  emit(type: 'vsp-summary' | 'vsp-change', detail: unknown): void;
  saveFile?: (name: string, text: string, type: string) => void;
}

export interface WidgetPlatform extends Platform {
  setAttributes(attributes: WidgetAttributes): void;
  setAutoRead(on: boolean): void;
  setConfig(config: unknown): void;
  dispose(): void;
}

/**
 * The Platform of `<victim-services-panel>`: the incident comes from attributes or from reading
 * the host page, settings from the `config` property (validated exactly like policy), storage in
 * the host origin's IndexedDB through the same encrypted store.
 */
export function createWidgetPlatform(host: WidgetHost): WidgetPlatform {
  let attributes: WidgetAttributes = {};
  let autoRead = false;
  let config: unknown;
  let reading: PageReading | undefined;
  let stopReading: (() => void) | undefined;
  const pageListeners = new Set<(state: PageState) => void>();
  const adminListeners = new Set<(state: AdminOptionsState) => void>();
  const correctionListeners = new Set<(corrections: Record<string, CategoryId[]>) => void>();
  let corrections: Record<string, CategoryId[]> = {};
  let store: Promise<IncidentStore> | undefined;
  let directories: DirectoryStore | undefined;
  let stopChanges: (() => void) | undefined;

  const page = () => ({ title: host.document.title, url: host.document.location?.href ?? '' });
  const currentPage = (): PageState => {
    if (!autoRead) return pageStateFromAttributes(attributes, page(), Date.now());
    return { kind: 'reading', tabId: 0, page: { ...page(), ...(reading ? { reading } : {}) } };
  };
  // `config` plays the part of policy; problems read "config › path". Merged once per change.
  const merge = (): AdminOptionsState => effectiveAdminState(config, undefined, { policy: 'config', local: 'config' });
  let adminState: AdminOptionsState | undefined;
  const admin = () => (adminState ??= merge());
  const announcePage = () => {
    const state = currentPage();
    for (const listener of pageListeners) listener(state);
  };
  const announceAdmin = () => {
    const state = admin();
    for (const listener of adminListeners) listener(state);
  };
  // The page reader and the directory sync load on first use: most widgets are given attributes
  // and no directory URL, and need neither.
  let readingGeneration = 0;
  const restartReading = () => {
    stopReading?.();
    stopReading = undefined;
    reading = undefined;
    const generation = ++readingGeneration;
    if (!autoRead) return;
    const siteRule = effectiveSiteRule(config, undefined, host.document.location?.href ?? '');
    void import('../page-reader').then(({ watchPage }) => {
      if (generation !== readingGeneration) return;
      stopReading = watchPage(
        host.document,
        (next) => {
          reading = next;
          announcePage();
        },
        siteRule ? { siteRule } : {},
      );
    });
  };
  const directoryStore = () => (directories ??= createDirectoryStore({ name: `${host.storeName}-directory`, ...(host.broadcast ? { broadcast: host.broadcast } : {}) }));
  // The department directory named in config.referralDirectory (a URL or inline HSDS services).
  let syncState: SyncState = {};
  let syncedSetting: string | undefined;
  let syncing: Promise<SyncState> = Promise.resolve(syncState);
  const directorySetting = () => admin().effective?.values.referralDirectory as ReferralDirectorySetting | undefined;
  const syncNow = (force: boolean): Promise<SyncState> => {
    const setting = directorySetting();
    syncedSetting = JSON.stringify(setting ?? null);
    if (!setting) return syncing;
    // One at a time: a second request waits for the first, then asks again only if forced.
    syncing = syncing.then(async () => {
      const { syncDirectory } = await import('../referrals/directory-sync');
      return syncDirectory(
        {
          setting,
          load: async () => (await directoryStore().load()).directory,
          save: (directory) => directoryStore().save(directory),
          readState: async () => syncState,
          writeState: async (state) => {
            syncState = state;
            if (state.lastError) console.warn(`victim-services-panel: referral directory: ${state.lastError}`);
          },
          fetch: (url, init) => host.fetch(url, init),
        },
        { force },
      );
    }).catch((error: unknown) => {
      syncState = { ...syncState, lastOutcome: 'rejected', lastError: error instanceof Error ? error.message : String(error) };
      return syncState;
    });
    return syncing;
  };

  return {
    kind: 'widget',
    uiLanguage: host.language,
    t: translatorFromFiles(host.messages, host.language),
    pinnedToTab: true,
    watchPage(listener) {
      pageListeners.add(listener);
      listener(currentPage());
      return () => void pageListeners.delete(listener);
    },
    watchAdminOptions(listener) {
      adminListeners.add(listener);
      listener(admin());
      return () => void adminListeners.delete(listener);
    },
    watchCorrections(listener) {
      correctionListeners.add(listener);
      listener(corrections);
      return () => void correctionListeners.delete(listener);
    },
    async saveCorrection(key, categories) {
      corrections = { ...corrections };
      if (categories) corrections[key] = categories;
      else delete corrections[key];
      for (const listener of correctionListeners) listener(corrections);
    },
    async copyText(text) {
      try {
        await host.writeClipboard?.(text);
        return host.writeClipboard !== undefined;
      } catch {
        return false;
      }
    },
    async fetchContent(path) {
      const relative = path.replace(/^\/+/, '');
      const language = /^_locales\/([^/]+)\/messages\.json$/.exec(relative)?.[1];
      if (host.messageFile && language) return host.messageFile(language);
      const response = await host.fetch(new URL(relative, host.contentBase).href);
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json();
    },
    openIncidentStore() {
      // The store (crypto, IndexedDB) is its own chunk, loaded on first use.
      store ??= import('../store')
        .then(({ createIncidentStore }) =>
          createIncidentStore({ indexedDB: host.indexedDB, crypto: host.crypto, dbName: host.storeName, ...(host.broadcast ? { broadcast: host.broadcast } : {}), idleMinutes: 480 }),
        )
        .then((opened) => {
          // The host hears which checklist items changed, never what the notes say.
          stopChanges = watchChecklistChanges(opened, (detail) => host.emit('vsp-change', detail));
          return opened;
        });
      return store;
    },
    ...(host.speech ? { speech: host.speech } : {}),
    ...(host.print ? { print: host.print } : {}),
    ...(host.saveFile ? { saveFile: host.saveFile } : {}),
    watchDirectory: (listener) => directoryStore().watch(listener),
    saveDirectory: (directory) => directoryStore().save(directory),
    refreshDirectory: () => syncNow(true),
    async insertIntoReport(text) {
      host.emit('vsp-summary', { text });
      return 'inserted';
    },
    setAttributes(next) {
      attributes = next;
      if (!autoRead) announcePage();
    },
    setAutoRead(on) {
      if (on === autoRead) return;
      autoRead = on;
      restartReading();
      announcePage();
    },
    setConfig(next) {
      config = next;
      adminState = undefined;
      announceAdmin();
      if (JSON.stringify(directorySetting() ?? null) !== syncedSetting) void syncNow(false);
      // config.rmsSites may hold selectors for this page's fields: read again with them.
      if (autoRead) restartReading();
    },
    dispose() {
      readingGeneration++;
      stopReading?.();
      stopChanges?.();
      directories?.close();
      void store?.then((opened) => opened.close());
    },
  };
}
