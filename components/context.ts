import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Platform } from '../lib/platform';
import type { PanelStore } from './panel-store';

export const PlatformContext = createContext<Platform | null>(null);
export const PanelStoreContext = createContext<PanelStore | null>(null);

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform outside <App>');
  return platform;
}

export function usePanelStore(): PanelStore {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error('usePanelStore outside <App>');
  return store;
}

export function useT() {
  return usePlatform().t;
}
