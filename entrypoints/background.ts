import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { ExtensionApi } from '../lib/extension/api';
import { startBackground } from '../lib/extension/background';
import { startMaintenance, type MaintenanceApi } from '../lib/extension/maintenance';
import { createIncidentStore } from '../lib/store';

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
});
