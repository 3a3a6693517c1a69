import { OPEN_PANEL_COMMAND, RMS_CONTENT_SCRIPT, RMS_CONTENT_SCRIPT_ID, type ExtensionApi } from './api';
import { rmsMatchPatterns } from './content-script-registration';

export interface BackgroundOptions {
  isFirefox: boolean;
  log?: (message: string, error?: unknown) => void;
}

/**
 * The service worker's jobs: open the panel from the toolbar button and the shortcut, and keep
 * the RMS reader registered on exactly the origins the extension may read.
 */
export function startBackground(api: ExtensionApi, options: BackgroundOptions): void {
  const log = options.log ?? (() => {});

  if (options.isFirefox) {
    api.action.onClicked.addListener(() => void api.sidebarAction?.toggle());
  } else {
    api.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error) => log('setPanelBehavior failed', error));
  }

  api.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_PANEL_COMMAND) return;
    // Opening a panel needs the user gesture, so it must happen before any await.
    if (options.isFirefox) void api.sidebarAction?.open();
    else if (tab?.windowId !== undefined) api.sidePanel?.open({ windowId: tab.windowId }).catch((error) => log('sidePanel.open failed', error));
    // The shortcut grants activeTab: read this page once even if it is not a department RMS site.
    if (tab?.id !== undefined) {
      api.scripting
        .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [`/${RMS_CONTENT_SCRIPT}`] } as never)
        .catch((error) => log('reading the page on request failed', error));
    }
  });

  const sync = () => syncRmsContentScript(api).catch((error) => log('content script registration failed', error));
  api.runtime.onInstalled.addListener(sync);
  api.runtime.onStartup.addListener(sync);
  api.permissions.onAdded.addListener(sync);
  api.permissions.onRemoved.addListener(sync);
  void sync();
}

/** Registers, updates or removes the reader so it matches the granted origins exactly. */
export async function syncRmsContentScript(api: ExtensionApi): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  const matches = rmsMatchPatterns(origins);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [RMS_CONTENT_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [RMS_CONTENT_SCRIPT_ID] });
    return matches;
  }
  const script = {
    id: RMS_CONTENT_SCRIPT_ID,
    matches,
    js: [RMS_CONTENT_SCRIPT],
    allFrames: true,
    runAt: 'document_idle' as const,
  };
  if (existing.length > 0) await api.scripting.updateContentScripts([script]);
  else await api.scripting.registerContentScripts([script]);
  return matches;
}
