import { signal, type ReadonlySignal } from '@preact/signals';
import type { PageState, Platform } from '../lib/platform';

export interface PanelStore {
  readonly page: ReadonlySignal<PageState>;
  /** Starts following the page; returns the function that stops it. */
  start(): () => void;
}

/** One store per mounted panel: two panels (or two widgets) never share state. */
export function createPanelStore(platform: Platform): PanelStore {
  const page = signal<PageState>({ kind: 'connecting' });
  return {
    page,
    start: () => platform.watchPage((state) => (page.value = state)),
  };
}
