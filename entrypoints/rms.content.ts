import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isAnnounceRequest, makePageReport } from '../lib/messages/page-report';
import { watchPage, type PageReading } from '../lib/page-reader';

/**
 * Runs in department RMS pages (registered at runtime for granted origins, in every frame) and in
 * a page the officer asked the panel to read. It only reads; it never changes the page or exposes
 * anything to the page's own scripts (it lives in the isolated world).
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  main() {
    // Injected again on request (shortcut, "Read this page"): the first copy keeps working.
    const marker = globalThis as { __victimServicesReader?: boolean };
    if (marker.__victimServicesReader) return;
    marker.__victimServicesReader = true;

    const top = window === window.top;
    let reading: PageReading | undefined;
    const report = () => makePageReport(document.title, location.href, top, reading);
    let lastKey = '';
    const push = () => {
      const current = report();
      // Timestamps change on every read; only a change the officer could see is worth a message.
      const key = JSON.stringify([current.title, current.url, current.reading?.signals.map((s) => [s.text, s.label, s.code]), current.reading?.caseNumber, current.reading?.hasIncidentField]);
      if (key === lastKey) return;
      lastKey = key;
      browser.runtime.sendMessage(current).catch(() => {
        // No panel open: nothing to tell.
      });
    };

    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (!isAnnounceRequest(message)) return;
      lastKey = '';
      push();
      sendResponse(report());
    });

    const frame = top ? 'top' : `frame:${location.pathname}`;
    watchPage(
      document,
      (next) => {
        reading = next;
        push();
      },
      { frame },
    );

    // SPA navigations change the URL and title without a load.
    const titleWatcher = new MutationObserver(() => push());
    titleWatcher.observe(document.head ?? document.documentElement, { subtree: true, childList: true, characterData: true });
    addEventListener('popstate', push);
    addEventListener('hashchange', push);
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', push);
    push();
  },
});
