import { waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mount, VictimServicesPanelElement } from '../../../components/widget';
import { CONTENT_BASE, stubContentFetch } from './fetch-public';

type Panel = VictimServicesPanelElement & { config: unknown };

let requested: string[];
// The element loads the app on first connect; the first import compiles it, slower than waitFor's second.
beforeAll(async () => {
  await import('../../../components/widget/app');
}, 30_000);
beforeEach(() => {
  requested = stubContentFetch();
});
afterEach(() => {
  document.body.replaceChildren();
});

let counter = 0;
/** A widget with its own store (a fresh IndexedDB name per test unless given). */
function addPanel(attributes: Record<string, string>, config?: unknown): Panel {
  return mount(document.body, { attributes: { 'content-base': CONTENT_BASE, 'store-name': `unit-${++counter}`, ...attributes }, config }) as Panel;
}
const shadow = (panel: Element) => panel.shadowRoot!;
const categories = (panel: Element) => [...shadow(panel).querySelectorAll('[data-testid=incident-category]')].map((node) => node.getAttribute('data-category'));
const problems = (panel: Element) => shadow(panel).querySelector('[data-testid=settings-problems]')?.textContent ?? null;

describe('<victim-services-panel>', () => {
  it('says it is loading, then renders the panel inside an open shadow root, with its styles there and not in the page', async () => {
    const panel = addPanel({ 'incident-type': 'DOM VIOL' });
    expect(panel).toBeInstanceOf(VictimServicesPanelElement);
    expect(shadow(panel).querySelector('[role=status]')?.textContent).toBe('Loading the victim services panel…');
    await waitFor(() => expect(shadow(panel).querySelector('.vsp-widget .vsp-app')).not.toBeNull());
    expect(shadow(panel).querySelector('style')).not.toBeNull();
    expect(shadow(panel).querySelector('[role=status]')?.textContent).not.toBe('Loading the victim services panel…');
    expect(document.head.querySelector('style')).toBeNull();
    // Its message files came from its own folder: English and (for an English officer) nothing else.
    expect(requested.filter((url) => url.includes('_locales/'))).toEqual([`${CONTENT_BASE}_locales/en/messages.json`]);
  });

  it('says in the officer’s language, as text, when its files cannot be fetched', async () => {
    const base = 'http://rms.test/missing/<img src=x onerror=alert(1)>/';
    const panel = mount(document.body, { attributes: { 'content-base': base, lang: 'es', 'incident-type': 'DOM VIOL', 'store-name': `unit-${++counter}` } });
    await waitFor(() => expect(shadow(panel).querySelector('[role=alert]')).not.toBeNull());
    const alert = shadow(panel).querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('no pudo cargar sus archivos desde http://rms.test/missing/');
    expect(alert.querySelector('img')).toBeNull();
    expect(shadow(panel).querySelector('.vsp-app')).toBeNull();
  });

  it('mounts nothing for an element removed while its app was loading', async () => {
    const panel = addPanel({ 'incident-type': 'DOM VIOL' });
    panel.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadow(panel).querySelector('.vsp-app')).toBeNull();
  });

  it('shows the category from incident-type and follows attribute changes', async () => {
    const panel = addPanel({ 'incident-type': 'DOM VIOL', 'case-number': '26-0001' });
    await waitFor(() => expect(categories(panel)).toContain('domestic-family-violence'));
    panel.setAttribute('incident-type', 'BURGLARY - RESIDENTIAL');
    await waitFor(() => expect(categories(panel)).toEqual(['burglary']));
    panel.removeAttribute('incident-type');
    await waitFor(() => expect(categories(panel)).toEqual([]));
  });

  it('shows the settings notice for an invalid config, and clears it when the config is fixed', async () => {
    const panel = addPanel({ 'incident-type': 'DOM VIOL' }, { retentionDays: 'forever' });
    await waitFor(() => expect(problems(panel)).toContain('config › retentionDays'));
    panel.config = { retentionDays: 30 };
    await waitFor(() => expect(problems(panel)).toBeNull());
    expect(panel.config).toEqual({ retentionDays: 30 });
  });

  it('takes over a config set before the element was defined', async () => {
    // What a page does when its script runs before ours: a plain own property on the element.
    const plain = document.createElement('victim-services-panel-later') as HTMLElement & { config?: unknown };
    plain.config = { retentionDays: -1 };
    expect(Object.prototype.hasOwnProperty.call(plain, 'config')).toBe(true);
    class Later extends VictimServicesPanelElement {}
    customElements.define('victim-services-panel-later', Later);
    plain.setAttribute('content-base', CONTENT_BASE);
    plain.setAttribute('store-name', `unit-${++counter}`);
    document.body.append(plain);
    customElements.upgrade(plain);
    await waitFor(() => expect(problems(plain)).toContain('config › retentionDays'));
  });

  it('speaks the officer’s language from the lang attribute', async () => {
    const english = addPanel({ 'incident-type': 'DOM VIOL' });
    const spanish = addPanel({ 'incident-type': 'DOM VIOL', lang: 'es' });
    await waitFor(() => expect(categories(spanish)).toContain('domestic-family-violence'));
    expect(shadow(spanish).querySelector('.vsp-app')!.getAttribute('lang')).toBe('es');
    expect(shadow(english).querySelector('.vsp-app')!.getAttribute('lang')).toBe('en');
    expect(shadow(spanish).textContent).not.toEqual(shadow(english).textContent);
    spanish.setAttribute('lang', 'en');
    await waitFor(() => expect(shadow(spanish).querySelector('.vsp-app')!.getAttribute('lang')).toBe('en'));
  });

  it('keeps two widgets apart: incident, settings and problems are per element', async () => {
    const first = addPanel({ 'incident-type': 'DOM VIOL' }, { retentionDays: 'forever' });
    const second = addPanel({ 'incident-type': 'BURGLARY' }, { retentionDays: 30 });
    await waitFor(() => expect(categories(first)).toContain('domestic-family-violence'));
    await waitFor(() => expect(categories(second)).toEqual(['burglary']));
    await waitFor(() => expect(problems(first)).toContain('config › retentionDays'));
    expect(problems(second)).toBeNull();
    second.setAttribute('incident-type', 'ROBBERY');
    await waitFor(() => expect(categories(second)).toEqual(['robbery']));
    expect(categories(first)).toContain('domestic-family-violence');
  });

  it('fetches content only from its content base', async () => {
    const panel = addPanel({ 'incident-type': 'DOM VIOL', jurisdiction: 'US-CA' });
    await waitFor(() => expect(shadow(panel).querySelector('[data-testid=rights-script]')?.getAttribute('data-script-id')).toBe('us-ca-en'));
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.every((url) => url.startsWith(CONTENT_BASE))).toBe(true);
  });

  it('stops its panel when removed from the page', async () => {
    const panel = addPanel({ 'incident-type': 'DOM VIOL' });
    await waitFor(() => expect(categories(panel)).toContain('domestic-family-violence'));
    panel.remove();
    expect(shadow(panel).querySelector('.vsp-app')).toBeNull();
  });
});
