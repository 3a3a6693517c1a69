import type { Browser } from 'wxt/browser';
import type { ManagedAreaLike, StorageAreaLike, StorageChangeEvents } from './admin-storage';
import type { MaintenanceApi } from './maintenance';

/**
 * The slice of the WebExtension API the extension code uses. Code in lib/extension takes it as
 * a parameter instead of importing `browser`, so unit tests can pass a fake and nothing in lib/
 * reaches for globals.
 */
export interface ExtensionApi {
  runtime: Pick<typeof Browser.runtime, 'id' | 'getURL' | 'onMessage' | 'sendMessage' | 'onInstalled' | 'onStartup'>;
  tabs: Pick<typeof Browser.tabs, 'query' | 'get' | 'sendMessage' | 'onActivated' | 'onUpdated' | 'onRemoved'>;
  windows: Pick<typeof Browser.windows, 'getCurrent' | 'create'>;
  scripting: Pick<
    typeof Browser.scripting,
    'executeScript' | 'registerContentScripts' | 'updateContentScripts' | 'unregisterContentScripts' | 'getRegisteredContentScripts'
  >;
  permissions: Pick<typeof Browser.permissions, 'getAll' | 'onAdded' | 'onRemoved'>;
  commands: Pick<typeof Browser.commands, 'getAll' | 'onCommand'>;
  storage: { local: StorageAreaLike; session: StorageAreaLike; managed?: ManagedAreaLike; onChanged: StorageChangeEvents };
  action: Pick<typeof Browser.action, 'onClicked'>;
  sidePanel?: Pick<typeof Browser.sidePanel, 'setPanelBehavior' | 'open'>;
  alarms?: MaintenanceApi['alarms'];
  /** Firefox only. */
  sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> };
}

/** Where WXT writes the content script that reads RMS pages. */
export const RMS_CONTENT_SCRIPT = 'content-scripts/rms.js';
export const RMS_CONTENT_SCRIPT_ID = 'vsp-rms-reader';
export const OPEN_PANEL_COMMAND = 'open-panel';
