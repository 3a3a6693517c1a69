import { render } from 'preact';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import { createWidgetPlatform, type WidgetPlatform } from '../../lib/widget/platform';
import type { SpeechHost, SynthesisLike, UtteranceLike } from '../../lib/speech/types';
import { App } from '../App';
import styles from '../panel.css?inline';

const ATTRIBUTES = ['incident-type', 'incident-code', 'case-number', 'jurisdiction', 'lang', 'auto-read', 'store-name', 'content-base'] as const;

/**
 * Where the widget's script came from: its bundled content sits beside it. A classic <script>
 * (the IIFE build) is `document.currentScript` while it runs; an ES module knows `import.meta.url`.
 */
const SCRIPT_BASE = (() => {
  const current = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
  if (current?.src) return new URL('.', current.src).href;
  try {
    if (import.meta.url && /^https?:/.test(import.meta.url)) return new URL('.', import.meta.url).href;
  } catch {
    // fall through
  }
  return location.href;
})();

function speech(): SpeechHost | undefined {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return undefined;
  return { synthesis: speechSynthesis as unknown as SynthesisLike, createUtterance: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike };
}

/**
 * `<victim-services-panel>`: the extension's panel as a web component for RMS vendors. Shadow DOM
 * keeps the host page's CSS out and ours in; each element has its own Platform and stores.
 */
export class VictimServicesPanelElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];
  #platform: WidgetPlatform | undefined;
  #config: unknown;
  #mount: HTMLElement | undefined;

  get config(): unknown {
    return this.#config;
  }

  set config(value: unknown) {
    this.#config = value;
    this.#platform?.setConfig(this.#effectiveConfig());
  }

  connectedCallback() {
    if (this.#platform) return;
    performance.mark('vsp:widget-connected');
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = styles;
    this.#mount = document.createElement('div');
    shadow.replaceChildren(style, this.#mount);
    const language = (this.getAttribute('lang') ?? document.documentElement.lang ?? 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
    this.#platform = createWidgetPlatform({
      document,
      language,
      messages: { en, es },
      // content/ and _locales/ sit beside the script, as in the extension package.
      contentBase: new URL(this.getAttribute('content-base') ?? './', SCRIPT_BASE).href,
      storeName: `victim-services-widget-${this.getAttribute('store-name') ?? 'default'}`,
      indexedDB,
      crypto,
      broadcast: BroadcastChannel,
      fetch: (input, init) => fetch(input, init),
      ...(speech() ? { speech: speech()! } : {}),
      writeClipboard: (text) => navigator.clipboard.writeText(text),
      print: () => window.print(),
      saveFile: (name, text, type) => {
        const url = URL.createObjectURL(new Blob([text], { type }));
        Object.assign(document.createElement('a'), { href: url, download: name }).click();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      },
      emit: (type, detail) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
    });
    this.#sync();
    render(<App platform={this.#platform} />, this.#mount);
    // The benchmark reads these: connected to first render of the panel.
    performance.measure('vsp:widget-mount', 'vsp:widget-connected');
  }

  disconnectedCallback() {
    if (this.#mount) render(null, this.#mount);
    this.#platform?.dispose();
    this.#platform = undefined;
  }

  attributeChangedCallback(name: string) {
    // Language, storage and content location are fixed for a platform's life: rebuild it.
    if (this.#platform && (name === 'lang' || name === 'store-name' || name === 'content-base')) {
      this.disconnectedCallback();
      this.connectedCallback();
      return;
    }
    this.#sync();
  }

  #effectiveConfig(): unknown {
    const jurisdiction = this.getAttribute('jurisdiction');
    const base = this.#config;
    if (!jurisdiction) return base;
    // The attribute overrides config.jurisdiction (validated the same way).
    return typeof base === 'object' && base !== null && !Array.isArray(base) ? { ...base, jurisdiction } : { jurisdiction };
  }

  #sync() {
    const platform = this.#platform;
    if (!platform) return;
    platform.setConfig(this.#effectiveConfig());
    platform.setAutoRead(this.hasAttribute('auto-read'));
    platform.setAttributes({
      ...(this.getAttribute('incident-type') ? { incidentType: this.getAttribute('incident-type')! } : {}),
      ...(this.getAttribute('incident-code') ? { incidentCode: this.getAttribute('incident-code')! } : {}),
      ...(this.getAttribute('case-number') ? { caseNumber: this.getAttribute('case-number')! } : {}),
    });
  }
}

/** Registers the element once (a page may load the script twice). */
export function defineVictimServicesPanel(name = 'victim-services-panel'): void {
  if (!customElements.get(name)) customElements.define(name, VictimServicesPanelElement);
}
