import { browser } from 'wxt/browser';
import type { PageServices } from '../../lib/extension/platform';
import { createDirectoryStore, type DirectoryStore } from '../../lib/referrals/directory-store';
import type { SpeechHost, SynthesisLike, UtteranceLike } from '../../lib/speech/types';
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
    speech: speechHost(),
    print: () => window.print(),
    saveFile(name, text, type) {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const link = Object.assign(document.createElement('a'), { href: url, download: name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
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

function speechHost(): SpeechHost | undefined {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return undefined;
  return {
    synthesis: speechSynthesis as unknown as SynthesisLike,
    createUtterance: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
  };
}
