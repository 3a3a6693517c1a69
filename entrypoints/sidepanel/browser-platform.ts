import { browser } from 'wxt/browser';
import type { ExtensionApi } from '../../lib/extension/api';
import { createExtensionPlatform, type ExtensionPlatformOptions } from '../../lib/extension/platform';
import type { MessageKey } from '../../lib/i18n';
import type { Platform } from '../../lib/platform';
import { createPageServices } from './page-services';

/**
 * The extension Platform for an extension page (panel, options), wired to this browser. Sets the
 * document's language to the language of the strings actually shown (each message file names its
 * own), which can differ from the browser's UI language.
 */
export function createBrowserPlatform(target: Pick<ExtensionPlatformOptions, 'tabId' | 'windowId'> = {}): Platform {
  const uiLanguage = browser.i18n.getMessage('messageLanguage') || 'en';
  document.documentElement.lang = uiLanguage;
  return createExtensionPlatform(browser as unknown as ExtensionApi, {
    ...target,
    uiLanguage,
    getMessage: (key: MessageKey) => browser.i18n.getMessage(key as never),
    writeClipboard: (text) => navigator.clipboard.writeText(text),
    page: createPageServices(),
  });
}
