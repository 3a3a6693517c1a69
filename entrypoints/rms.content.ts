import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isAnnounceRequest, makePageReport, messageType, type TeachAnswer, type TeachCancelled } from '../lib/messages/page-report';
import { watchPage, type PageReading } from '../lib/page-reader';
import { insertSummary, MAX_SUMMARY_LENGTH } from '../lib/page-reader/insert-summary';
import { pointAtField } from '../lib/page-reader/point-at-field';
import { ADMIN_OPTIONS_KEY, effectiveSiteRule } from '../lib/settings/site-rules';

/**
 * Runs in department RMS pages (registered at runtime for granted origins, in every frame) and in
 * a page the officer asked the panel to read. It reads, and in teach mode lets an administrator
 * point at a field; it never changes the page's data or exposes anything to the page's own
 * scripts (it lives in the isolated world).
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
    const frame = top ? 'top' : `frame:${location.pathname}`;
    let reading: PageReading | undefined;
    const report = () => makePageReport(document.title, location.href, top, reading);
    let lastKey = '';
    const push = () => {
      const current = report();
      // Timestamps change on every read; only a change the officer could see is worth a message.
      const key = JSON.stringify([current.title, current.url, current.reading?.signals.map((s) => [s.text, s.label, s.code]), current.reading?.caseNumber, current.reading?.hasIncidentField]);
      if (key === lastKey) return;
      lastKey = key;
      send(current);
    };
    const send = (message: unknown) =>
      browser.runtime.sendMessage(message).catch(() => {
        // No panel open: nothing to tell.
      });

    // The department's site rule for this origin wins over the label heuristics: from managed
    // policy when it sets rmsSites, else from the local admin options. When either changes (an
    // administrator teaches a rule, a new policy arrives) the reader restarts with it.
    let stopWatching = () => {};
    let policy: unknown;
    let local: unknown;
    const siteRuleNow = () => effectiveSiteRule(policy, local, location.href);
    const startWatching = () => {
      stopWatching();
      const siteRule = siteRuleNow();
      stopWatching = watchPage(
        document,
        (next) => {
          reading = next;
          push();
        },
        siteRule ? { frame, siteRule } : { frame },
      );
    };
    const readManaged = () =>
      browser.storage.managed.get(null).catch(() => undefined); // Firefox throws without a policy
    void Promise.all([readManaged(), browser.storage.local.get(ADMIN_OPTIONS_KEY).catch(() => ({}) as Record<string, unknown>)]).then(
      ([managed, items]) => {
        policy = managed;
        local = items[ADMIN_OPTIONS_KEY];
        startWatching();
      },
    );
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes[ADMIN_OPTIONS_KEY]) {
        local = changes[ADMIN_OPTIONS_KEY].newValue;
        startWatching();
      } else if (area === 'managed') {
        void readManaged().then((managed) => {
          policy = managed;
          startWatching();
        });
      }
    });

    let stopPointing: (() => void) | undefined;
    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (isAnnounceRequest(message)) {
        lastKey = '';
        push();
        sendResponse(report());
        return;
      }
      const type = messageType(message);
      if (type === 'vsp:insert-summary') {
        const text = (message as { text?: unknown }).text;
        if (typeof text !== 'string' || text.length === 0 || text.length > MAX_SUMMARY_LENGTH) return;
        // Only the frame that holds the narrative answers; the others stay silent so its answer wins.
        const rule = siteRuleNow();
        const outcome = insertSummary(document, text, rule ?? undefined);
        if (outcome === 'inserted') sendResponse({ type: 'vsp:inserted' });
        return;
      }
      if (type === 'vsp:teach') {
        const field = (message as { field?: unknown }).field === 'case' ? 'case' : 'incident';
        stopPointing?.();
        stopPointing = pointAtField(document, {
          onPick: ({ selector, sample }) => send({ type: 'vsp:taught', field, origin: location.origin, selector, sample } satisfies TeachAnswer),
          onCancel: () => send({ type: 'vsp:teach-cancelled' } satisfies TeachCancelled),
        });
      } else if (type === 'vsp:teach-stop') {
        stopPointing?.();
        stopPointing = undefined;
      }
    });

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
