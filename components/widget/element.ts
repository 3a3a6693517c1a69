import { widgetLoadFailed as failedEn, widgetLoading as loadingEn } from '../../public/_locales/en/messages.json';
import { widgetLoadFailed as failedEs, widgetLoading as loadingEs } from '../../public/_locales/es/messages.json';
import { attributesOf, widgetLanguage, withJurisdiction } from '../../lib/widget/element-state';
import { loadMessageFile, loadMessageFiles, messageFileUrl, type MessageFileNames } from '../../lib/widget/message-files';
import type { WidgetApp } from './app';
import { loadWidgetApp } from './load-app';
import { SCRIPT_BASE } from './script-base';

/** Attributes that only change what the panel shows. */
const INCIDENT_ATTRIBUTES = ['incident-type', 'incident-code', 'case-number', 'auto-read'];
/** Attributes fixed for a panel's life (language, storage, content location): a change rebuilds it. */
const REBUILD_ATTRIBUTES = ['lang', 'store-name', 'content-base'];

/**
 * The two strings shown before the message files arrive, so they are built in (only these two
 * keys of each file, through JSON named imports).
 */
const LOADING = { en: loadingEn.message, es: loadingEs.message };
const FAILED = { en: failedEn.message, es: failedEs.message };

/** The build's content-hashed message files (widget.vite.config.ts); plain names in tests and dev. */
declare const __VSP_MESSAGE_FILES__: MessageFileNames | undefined;
const MESSAGE_FILES: MessageFileNames = typeof __VSP_MESSAGE_FILES__ === 'undefined' ? {} : __VSP_MESSAGE_FILES__;

/** Enough style for the loading line: the panel's own CSS comes with the app. */
const PLACEHOLDER_STYLE =
  ':host{display:block}:host([hidden]){display:none}p{all:initial;display:block;margin:0;padding:1rem;font:1rem/1.5 system-ui,sans-serif;color-scheme:light dark;background:Canvas;color:CanvasText}';

/** The folder holding content/ and _locales/: the `content-base` attribute (relative to the page), else the script's folder. */
function contentBase(attribute: string | null): string {
  try {
    return attribute ? new URL(attribute.endsWith('/') ? attribute : `${attribute}/`, document.baseURI).href : SCRIPT_BASE;
  } catch {
    return SCRIPT_BASE;
  }
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/**
 * `<victim-services-panel>`: the extension's panel as a web component for RMS vendors. This class
 * is all a host page loads up front; the panel (app file and message files) loads when an element
 * connects, and shows "Loading…" in the meantime. Shadow DOM keeps the page's CSS out and ours in.
 */
export class VictimServicesPanelElement extends HTMLElement {
  static observedAttributes = [...INCIDENT_ATTRIBUTES, 'jurisdiction', ...REBUILD_ATTRIBUTES];
  #config: unknown;
  #app: WidgetApp | undefined;
  /** Bumped on every disconnect, so an app arriving for an element already gone is not mounted. */
  #generation = 0;
  #connected = false;

  get config(): unknown {
    return this.#config;
  }

  /** The department settings object (the policy schema); validated, with problems shown in the panel. */
  set config(value: unknown) {
    this.#config = value;
    this.#app?.setConfig(this.#effectiveConfig());
  }

  connectedCallback() {
    if (this.#connected) return;
    this.#connected = true;
    this.#adoptEarlyConfig();
    performance.mark('vsp:widget-connected');
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const language = widgetLanguage(this.getAttribute('lang'), document.documentElement.lang);
    const base = contentBase(this.getAttribute('content-base'));
    this.#showLine(shadow, LOADING[language], 'status');
    const generation = ++this.#generation;
    Promise.all([loadWidgetApp(), loadMessageFiles(fetchJson, base, language, MESSAGE_FILES)]).then(
      ([module, messages]) => {
        if (generation !== this.#generation) return;
        this.#app = module.mountWidgetApp(shadow, {
          language,
          messages,
          // The handout's victim language: the same cached (hashed) files.
          messageFile: (lang) => loadMessageFile(fetchJson, messageFileUrl(base, lang, MESSAGE_FILES)),
          contentBase: base,
          storeName: `victim-services-widget-${this.getAttribute('store-name') || 'default'}`,
          config: this.#effectiveConfig(),
          attributes: attributesOf((name) => this.getAttribute(name)),
          autoRead: this.hasAttribute('auto-read'),
          // composed: the events cross the shadow boundary, so a listener on document hears them too.
          emit: (type, detail) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
        });
        // The benchmark reads this: connected to the panel's first (synchronous) render.
        performance.measure('vsp:widget-mount', 'vsp:widget-connected');
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        console.error('victim-services-panel:', error);
        this.#showLine(shadow, FAILED[language].replace('{base}', base), 'alert');
      },
    );
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#generation++;
    this.#app?.dispose();
    this.#app = undefined;
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null) {
    if (!this.#connected || before === after) return;
    if (REBUILD_ATTRIBUTES.includes(name)) {
      this.disconnectedCallback();
      this.connectedCallback();
    } else if (name === 'jurisdiction') {
      this.#app?.setConfig(this.#effectiveConfig());
    } else {
      this.#app?.setAutoRead(this.hasAttribute('auto-read'));
      this.#app?.setAttributes(attributesOf((attribute) => this.getAttribute(attribute)));
    }
  }

  #effectiveConfig(): unknown {
    return withJurisdiction(this.#config, this.getAttribute('jurisdiction'));
  }

  /** The loading or failure line; text only (the URL in it comes from the page). */
  #showLine(shadow: ShadowRoot, text: string, role: 'status' | 'alert') {
    const style = document.createElement('style');
    style.textContent = PLACEHOLDER_STYLE;
    const line = document.createElement('p');
    line.setAttribute('role', role);
    line.textContent = text;
    shadow.replaceChildren(style, line);
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
