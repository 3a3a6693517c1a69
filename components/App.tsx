import { useEffect, useMemo } from 'preact/hooks';
import type { Platform } from '../lib/platform';
import { PanelStoreContext, PlatformContext } from './context';
import { IncidentCard } from './IncidentCard';
import { PageCard } from './PageCard';
import { PanelHeader } from './PanelHeader';
import { createPanelStore } from './panel-store';
import { SettingsNotice } from './SettingsNotice';
import { SiteSetup } from './SiteSetup';

export interface AppProps {
  platform: Platform;
}

/** The whole panel. Hosts (side panel, pop-out, widget) differ only in the Platform they pass. */
export function App({ platform }: AppProps) {
  const store = useMemo(() => createPanelStore(platform), [platform]);
  useEffect(() => store.start(), [store]);
  return (
    <PlatformContext.Provider value={platform}>
      <PanelStoreContext.Provider value={store}>
        <div class="vsp-app" lang={platform.uiLanguage}>
          <PanelHeader />
          <main class="vsp-main">
            <SettingsNotice />
            <PageCard />
            <IncidentCard />
            <SiteSetup />
          </main>
        </div>
      </PanelStoreContext.Provider>
    </PlatformContext.Provider>
  );
}
