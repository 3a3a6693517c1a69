import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { ExtensionApi } from '../lib/extension/api';
import { startBackground } from '../lib/extension/background';
import { startMaintenance, type MaintenanceApi } from '../lib/extension/maintenance';
import { createIncidentStore } from '../lib/store';
import { loadEffectiveAdminOptions, type ManagedAreaLike, type StorageAreaLike } from '../lib/extension/admin-storage';
import { DIRECTORY_ALARM, DIRECTORY_SYNC_KEY, syncDirectory, type SyncState } from '../lib/referrals/directory-sync';
import { createDirectoryStore } from '../lib/referrals/directory-store';
import type { DepartmentSettings } from '../lib/settings/schema';

const log = (message: string, error?: unknown) => console.warn(`[victim-services] ${message}`, error);

export default defineBackground(() => {
  startBackground(browser as unknown as ExtensionApi, { isFirefox: import.meta.env.FIREFOX, log });
  startMaintenance(browser as unknown as MaintenanceApi, {
    // Retention needs no key: it reads only each record's plaintext "last changed" time.
    async purge(retentionDays) {
      const store = await createIncidentStore({ indexedDB, crypto, broadcast: BroadcastChannel, keyRange: IDBKeyRange, fallbackToMemory: false });
      try {
        return (await store.purgeExpired(Date.now(), retentionDays)).purged;
      } finally {
        store.close();
      }
    },
    reminderTitle: browser.i18n.getMessage('reminderTitle') || 'Victim services follow-up',
    log,
  });
  startDirectorySync();
});

/** The department-hosted referral directory: at start-up, hourly checks (fetched at most daily), policy changes, and on request. */
function startDirectorySync() {
  const local = browser.storage.local as unknown as StorageAreaLike;
  const managed = browser.storage.managed as unknown as ManagedAreaLike;
  const run = async (force = false): Promise<SyncState> => {
    const effective = await loadEffectiveAdminOptions(local, managed);
    const settings = effective.effective?.values as DepartmentSettings | undefined;
    const directories = createDirectoryStore({ broadcast: BroadcastChannel });
    try {
      return await syncDirectory(
        {
          setting: settings?.referralDirectory,
          load: async () => (await directories.load()).directory,
          save: (directory) => directories.save(directory),
          readState: async () => ((await browser.storage.local.get(DIRECTORY_SYNC_KEY))[DIRECTORY_SYNC_KEY] as SyncState | undefined) ?? {},
          writeState: (state) => browser.storage.local.set({ [DIRECTORY_SYNC_KEY]: state }),
          fetch: (url, init) => fetch(url, init),
        },
        { force },
      );
    } finally {
      directories.close();
    }
  };
  const runQuietly = () => void run().catch((error) => log('directory sync failed', error));
  browser.runtime.onStartup.addListener(runQuietly);
  browser.runtime.onInstalled.addListener(() => {
    void browser.alarms.create(DIRECTORY_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
    runQuietly();
  });
  browser.alarms.onAlarm.addListener((alarm) => alarm.name === DIRECTORY_ALARM && runQuietly());
  browser.storage.onChanged.addListener((_changes, area) => area === 'managed' && runQuietly());
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only the extension's own pages (the options page's "Download now") may ask, never a content script.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return;
    if ((message as { type?: unknown } | null)?.type !== 'vsp:sync-directory') return;
    run(true).then(sendResponse, (error: unknown) => sendResponse({ lastOutcome: 'rejected', lastError: String(error) } satisfies SyncState));
    return true;
  });
}
