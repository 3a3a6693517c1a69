import { render } from 'preact';
import type { MessageFile } from '../../lib/i18n';
import type { WidgetAttributes } from '../../lib/widget/attributes';
import { createWidgetPlatform } from '../../lib/widget/platform';
import { App } from '../App';
import { browserSpeech, downloadText } from '../browser-host';
import { printHandoutFromFrame } from './print-handout';
import panelStyles from '../panel.css?inline';
import widgetStyles from './widget.css?inline';

/** What the element knows when its app arrives; later changes go through the returned WidgetApp. */
export interface WidgetAppOptions {
  language: string;
  messages: Record<string, MessageFile>;
  /** A language's message file, from the element's page-wide cache: one request however many panels. */
  messageFile(language: string): Promise<MessageFile>;
  contentBase: string;
  storeName: string;
  config: unknown;
  attributes: WidgetAttributes;
  autoRead: boolean;
  emit(type: 'vsp-summary' | 'vsp-change', detail: unknown): void;
}

export interface WidgetApp {
  setConfig(config: unknown): void;
  setAttributes(attributes: WidgetAttributes): void;
  setAutoRead(on: boolean): void;
  dispose(): void;
}

/**
 * The panel inside an element's shadow root: its own Platform, stores and IndexedDB database, so
 * two widgets on a page never share state unless they share `store-name`. Replaces whatever the
 * shadow root showed while loading.
 */
export function mountWidgetApp(shadow: ShadowRoot, options: WidgetAppOptions): WidgetApp {
  const css = `${panelStyles}\n${widgetStyles}`;
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  mount.className = 'vsp-widget';
  shadow.replaceChildren(style, mount);
  const speech = browserSpeech();
  const platform = createWidgetPlatform({
    document,
    language: options.language,
    messages: options.messages,
    messageFile: options.messageFile,
    contentBase: options.contentBase,
    storeName: options.storeName,
    indexedDB,
    crypto,
    ...(typeof BroadcastChannel === 'undefined' ? {} : { broadcast: BroadcastChannel }),
    fetch: (input, init) => fetch(input, init),
    ...(speech ? { speech } : {}),
    ...(navigator.clipboard ? { writeClipboard: (text: string) => navigator.clipboard.writeText(text) } : {}),
    // Only the handout, never the host page around the widget.
    print: () => void printHandoutFromFrame(document, shadow, css),
    saveFile: downloadText,
    emit: options.emit,
  });
  platform.setConfig(options.config);
  platform.setAutoRead(options.autoRead);
  platform.setAttributes(options.attributes);
  render(<App platform={platform} />, mount);
  return {
    setConfig: (config) => platform.setConfig(config),
    setAttributes: (attributes) => platform.setAttributes(attributes),
    setAutoRead: (on) => platform.setAutoRead(on),
    dispose() {
      render(null, mount);
      platform.dispose();
    },
  };
}
