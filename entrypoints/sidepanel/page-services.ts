import { browser } from 'wxt/browser';
import { browserSpeech, downloadText } from '../../components/browser-host';
import type { PageServices } from '../../lib/extension/platform';
import { createDirectoryStore, type DirectoryStore } from '../../lib/referrals/directory-store';
import type { IncidentStore } from '../../lib/store';

/** What an extension page (panel, reader, options) provides to the Platform from its own document. */
export function createPageServices(): PageServices {
  let store: Promise<IncidentStore> | undefined;
  let directories: DirectoryStore | undefined;
  return {
    async fetchContent(path) {
      const response = await fetch(browser.runtime.getURL(`/${path.replace(/^\/+/, '')}` as never));
      if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
      return response.json();
    },
    openIncidentStore() {
      // The panel's session locks after the department's idle time; the store's own timer is a backstop.
      // Loaded on first use (its own chunk): the panel renders the page and the category first.
      store ??= import('../../lib/store').then(({ createIncidentStore }) =>
        createIncidentStore({ indexedDB, crypto, broadcast: BroadcastChannel, keyRange: IDBKeyRange, idleMinutes: 480 }),
      );
      return store;
    },
    speech: browserSpeech(),
    print: () => window.print(),
    saveFile: downloadText,
    watchDirectory(listener) {
      directories ??= createDirectoryStore({ broadcast: BroadcastChannel });
      return directories.watch(listener);
    },
    saveDirectory(directory) {
      directories ??= createDirectoryStore({ broadcast: BroadcastChannel });
      return directories.save(directory);
    },
  };
}
