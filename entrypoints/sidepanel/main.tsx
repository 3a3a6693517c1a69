import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import '../../components/panel.css';
import type { ExtensionApi } from '../../lib/extension/api';
import { createExtensionPlatform, panelTargetFromSearch } from '../../lib/extension/platform';
import type { MessageKey } from '../../lib/i18n';

// The language of the strings actually shown (each message file names its own language).
const uiLanguage = browser.i18n.getMessage('messageLanguage') || 'en';
const platform = createExtensionPlatform(browser as unknown as ExtensionApi, {
  ...panelTargetFromSearch(location.search),
  uiLanguage,
  getMessage: (key: MessageKey) => browser.i18n.getMessage(key as never),
  writeClipboard: (text) => navigator.clipboard.writeText(text),
});

document.documentElement.lang = uiLanguage;
document.title = platform.t('panelTitle');
render(<App platform={platform} />, document.getElementById('app')!);
// The benchmark reads this mark: time from navigation start to the first painted panel DOM.
performance.mark('vsp:first-render');
