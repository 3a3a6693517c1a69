import { render } from 'preact';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import type { SpeechHost, SynthesisLike, UtteranceLike } from '../../lib/speech/types';
import { attributesOf, widgetLanguage, withJurisdiction } from '../../lib/widget/element-state';
import { createWidgetPlatform, type WidgetPlatform } from '../../lib/widget/platform';
import { App } from '../App';
import panelStyles from '../panel.css?inline';
import widgetStyles from './widget.css?inline';

/** Attributes that only change what the panel shows. */
const INCIDENT_ATTRIBUTES = ['incident-type', 'incident-code', 'case-number', 'auto-read'];
/** Attributes fixed for a platform's life (language, storage, content location): a change rebuilds it. */
const REBUILD_ATTRIBUTES = ['lang', 'store-name', 'content-base'];

/**
 * Where the widget's script came from: its bundled content/ and _locales/ sit beside it. A classic
 * <script> (the IIFE build) is `document.currentScript` while it runs; an ES module knows
 * `import.meta.url`. Read once, at load: `currentScript` is null afterwards.
 */
const SCRIPT_BASE = (() => {
  const current = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
  if (current?.src) return new URL('.', current.src).href;
  // Through a variable: vite rewrites the literal `new URL('…', import.meta.url)` into an asset.
  const moduleUrl = import.meta.url;
  if (/^https?:/.test(moduleUrl)) return new URL('.', moduleUrl).href;
  return typeof location === 'undefined' ? 'http://localhost/' : location.href;
})();

/** The folder holding content/ and _locales/: the `content-base` attribute (relative to the page), else the script's folder. */
function contentBase(attribute: string | null): string {
  try {
    return attribute ? new URL(attribute.endsWith('/') ? attribute : `${attribute}/`, document.baseURI).href : SCRIPT_BASE;
  } catch {
    return SCRIPT_BASE;
  }
}

function speechHost(): SpeechHost | undefined {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return undefined;
  return { synthesis: speechSynthesis as unknown as SynthesisLike, createUtterance: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike };
}

/**
 * `<victim-services-panel>`: the extension's panel as a web component for RMS vendors. Shadow DOM
 * keeps the host page's CSS out and ours in; each element has its own Platform, stores and
 * IndexedDB database, so two widgets on a page never share state unless they share `store-name`.
 */
export class VictimServicesPanelElement extends HTMLElement {
  static observedAttributes = [...INCIDENT_ATTRIBUTES, 'jurisdiction', ...REBUILD_ATTRIBUTES];
  #platform: WidgetPlatform | undefined;
  #config: unknown;
  #mount: HTMLElement | undefined;

  get config(): unknown {
    return this.#config;
  }

  /** The department settings object (the policy schema); validated, with problems shown in the panel. */
  set config(value: unknown) {
    this.#config = value;
    this.#platform?.setConfig(withJurisdiction(value, this.getAttribute('jurisdiction')));
  }

  connectedCallback() {
    if (this.#platform) return;
    this.#adoptEarlyConfig();
    performance.mark('vsp:widget-connected');
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${panelStyles}\n${widgetStyles}`;
    this.#mount = document.createElement('div');
    this.#mount.className = 'vsp-widget';
    shadow.replaceChildren(style, this.#mount);
    const language = widgetLanguage(this.getAttribute('lang'), document.documentElement.lang);
    const speech = speechHost();
    this.#platform = createWidgetPlatform({
      document,
      language,
      messages: { en, es },
      contentBase: contentBase(this.getAttribute('content-base')),
      storeName: `victim-services-widget-${this.getAttribute('store-name') || 'default'}`,
      indexedDB,
      crypto,
      ...(typeof BroadcastChannel === 'undefined' ? {} : { broadcast: BroadcastChannel }),
      fetch: (input, init) => fetch(input, init),
      ...(speech ? { speech } : {}),
      ...(navigator.clipboard ? { writeClipboard: (text: string) => navigator.clipboard.writeText(text) } : {}),
      print: () => window.print(),
      saveFile: (name, text, type) => {
        const url = URL.createObjectURL(new Blob([text], { type }));
        Object.assign(document.createElement('a'), { href: url, download: name }).click();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      },
      // composed: the events cross the shadow boundary, so a listener on document hears them too.
      emit: (type, detail) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
    });
    this.#platform.setConfig(withJurisdiction(this.#config, this.getAttribute('jurisdiction')));
    this.#syncIncident();
    render(<App platform={this.#platform} />, this.#mount);
    // The benchmark reads this: connected to the panel's first (synchronous) render.
    performance.measure('vsp:widget-mount', 'vsp:widget-connected');
  }

  disconnectedCallback() {
    if (this.#mount) render(null, this.#mount);
    this.#platform?.dispose();
    this.#platform = undefined;
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null) {
    if (!this.#platform || before === after) return;
    if (REBUILD_ATTRIBUTES.includes(name)) {
      this.disconnectedCallback();
      this.connectedCallback();
    } else if (name === 'jurisdiction') {
      this.#platform.setConfig(withJurisdiction(this.#config, after));
    } else {
      this.#syncIncident();
    }
  }

  #syncIncident() {
    this.#platform?.setAutoRead(this.hasAttribute('auto-read'));
    this.#platform?.setAttributes(attributesOf((name) => this.getAttribute(name)));
  }

  /**
   * A page may set `panel.config = ...` before this script defined the element: that made an own
   * property on the plain element which hides the accessor. Take it over.
   */
  #adoptEarlyConfig() {
    if (!Object.prototype.hasOwnProperty.call(this, 'config')) return;
    const value: unknown = (this as { config?: unknown }).config;
    delete (this as { config?: unknown }).config;
    this.#config = value;
  }
}

/** Registers the element once (a page may load the script twice). */
export function defineVictimServicesPanel(name = 'victim-services-panel'): void {
  if (!customElements.get(name)) customElements.define(name, VictimServicesPanelElement);
}
