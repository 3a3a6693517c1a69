import { ANNOUNCE, type PageReport } from '../messages/page-report';
import { parsePageReport } from '../messages/schemas';
import type { PageState } from '../platform';
import { RMS_CONTENT_SCRIPT, type ExtensionApi } from './api';
import { isRestrictedPageError } from './content-script-registration';
import { mergeFrameReadings } from './frame-readings';
import type { PageReading } from '../page-reader/types';

export interface PageTrackerOptions {
  /** Follow exactly this tab (a popped-out panel). */
  tabId?: number;
  /** Follow the active tab of this window; defaults to the window the panel is in. */
  windowId?: number;
}

/**
 * Keeps the panel on the right tab: the active tab of its window (tab switches, navigations,
 * SPA URL changes), or one fixed tab for a popped-out panel. Each attach bumps a generation so an
 * answer from a tab the officer already left never overwrites the current one.
 */
export function trackPage(api: ExtensionApi, options: PageTrackerOptions, emit: (state: PageState) => void): () => void {
  let tabId: number | undefined = options.tabId;
  let windowId: number | undefined = options.windowId;
  let generation = 0;
  let last = '';
  const pinned = options.tabId !== undefined;
  let top: { title: string; url: string } | undefined;
  const frames = new Map<number, PageReading>();

  const send = (state: PageState) => {
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    emit(state);
  };

  const showReport = (id: number, report: PageReport, frameId: number) => {
    if (frameId === 0) top = { title: report.title, url: report.url };
    if (report.reading) frames.set(frameId, report.reading);
    if (!top) return;
    const reading = mergeFrameReadings(frames);
    send({ kind: 'reading', tabId: id, page: reading ? { ...top, reading } : { ...top } });
  };

  const forgetPage = () => {
    top = undefined;
    frames.clear();
  };

  async function announce(id: number, mayInject: boolean): Promise<void> {
    const mine = generation;
    try {
      // Every frame's reader answers by pushing its report (with its frame id); the reply we
      // get here comes from whichever frame answered first, so only a top-frame reply is used.
      const answer = await api.tabs.sendMessage(id, ANNOUNCE);
      if (mine !== generation) return;
      const report = parsePageReport(answer);
      if (report) {
        if (report.top) showReport(id, report, 0);
        return;
      }
    } catch {
      // No reader in the tab yet (opened before the extension started, or not an RMS site).
    }
    if (mine !== generation) return;
    if (!mayInject) return send({ kind: 'unavailable', tabId: id, reason: 'not-permitted' });
    try {
      await api.scripting.executeScript({ target: { tabId: id, allFrames: true }, files: [`/${RMS_CONTENT_SCRIPT}`] } as never);
      if (mine === generation) await announce(id, false);
    } catch (error) {
      if (mine !== generation) return;
      const message = error instanceof Error ? error.message : String(error);
      send({ kind: 'unavailable', tabId: id, reason: isRestrictedPageError(message) ? 'restricted' : 'not-permitted' });
    }
  }

  function attach(id: number) {
    generation += 1;
    tabId = id;
    forgetPage();
    send({ kind: 'loading', tabId: id });
    void announce(id, true);
  }

  const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number }; frameId?: number }) => {
    if (sender.id !== api.runtime.id || sender.tab?.id === undefined || sender.tab.id !== tabId) return;
    const report = parsePageReport(message);
    if (report) showReport(sender.tab.id, report, sender.frameId ?? 0);
  };

  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (!pinned && info.windowId === windowId) attach(info.tabId);
  };

  const onUpdated = (id: number, change: { status?: string; url?: string }) => {
    if (id !== tabId) return;
    if (change.status === 'loading' && change.url) {
      forgetPage();
      send({ kind: 'loading', tabId: id });
    }
    // The registered reader announces itself on load; this covers pages it cannot run in,
    // and SPA URL changes that swap the title without a load.
    // A load reports {loading, url} then {complete}: announce once, when it completes.
    if (change.status === 'complete' || (change.url && change.status !== 'loading')) {
      generation += 1;
      void announce(id, true);
    }
  };

  const onRemoved = (id: number) => {
    if (id !== tabId) return;
    generation += 1;
    tabId = undefined;
    send({ kind: 'unavailable', reason: pinned ? 'closed' : 'no-tab' });
  };

  api.runtime.onMessage.addListener(onMessage as never);
  api.tabs.onActivated.addListener(onActivated);
  api.tabs.onUpdated.addListener(onUpdated as never);
  api.tabs.onRemoved.addListener(onRemoved);

  send({ kind: 'connecting' });
  void (async () => {
    if (tabId !== undefined) {
      try {
        await api.tabs.get(tabId);
      } catch {
        return send({ kind: 'unavailable', tabId, reason: 'closed' });
      }
      return attach(tabId);
    }
    if (windowId === undefined) windowId = (await api.windows.getCurrent()).id;
    const [active] = await api.tabs.query({ active: true, windowId });
    if (active?.id === undefined) return send({ kind: 'unavailable', reason: 'no-tab' });
    attach(active.id);
  })();

  return () => {
    generation += 1;
    api.runtime.onMessage.removeListener(onMessage as never);
    api.tabs.onActivated.removeListener(onActivated);
    api.tabs.onUpdated.removeListener(onUpdated as never);
    api.tabs.onRemoved.removeListener(onRemoved);
  };
}

/** Re-reads the tab on request: the officer pressed "Read this page" after granting access. */
export async function readTabNow(api: ExtensionApi, tabId: number): Promise<boolean> {
  try {
    await api.scripting.executeScript({ target: { tabId, allFrames: true }, files: [`/${RMS_CONTENT_SCRIPT}`] } as never);
    return true;
  } catch {
    return false;
  }
}
