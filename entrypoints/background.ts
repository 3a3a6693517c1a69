import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { ExtensionApi } from '../lib/extension/api';
import { startBackground } from '../lib/extension/background';

export default defineBackground(() => {
  startBackground(browser as unknown as ExtensionApi, {
    isFirefox: import.meta.env.FIREFOX,
    log: (message, error) => console.warn(`[victim-services] ${message}`, error),
  });
});
