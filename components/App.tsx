import { useEffect, useMemo } from 'preact/hooks';
import type { Platform } from '../lib/platform';
import { ChecklistCard } from './checklist/ChecklistCard';
import { ChecklistStoreContext, IncidentSessionContext } from './checklist/context';
import { PanelStoreContext, PlatformContext } from './context';
import { HandoutCard } from './handout/HandoutCard';
import { IncidentCard } from './IncidentCard';
import { JumpBar } from './JumpBar';
import { PageCard } from './PageCard';
import { PanelHeader } from './PanelHeader';
import { createPanelStores } from './panel-stores';
import { ReferralsCard } from './referrals/ReferralsCard';
import { RightsScriptCard } from './script/RightsScriptCard';
import { IncidentRecorderContext } from './session-context';
import { SettingsNotice } from './SettingsNotice';
import { SiteSetup } from './SiteSetup';

export interface AppProps {
  platform: Platform;
}

/** The whole panel. Hosts (side panel, pop-out, widget) differ only in the Platform they pass. */
export function App({ platform }: AppProps) {
  const stores = useMemo(() => createPanelStores(platform), [platform]);
  useEffect(() => stores.start(), [stores]);
  // Any touch or key in the panel is officer activity: it postpones the idle lock.
  const active = () => stores.session.touch();
  return (
    <PlatformContext.Provider value={platform}>
      <PanelStoreContext.Provider value={stores.panel}>
        <IncidentSessionContext.Provider value={stores.session}>
          <IncidentRecorderContext.Provider value={stores.session}>
            <ChecklistStoreContext.Provider value={stores.checklist}>
              <div class="vsp-app" lang={platform.uiLanguage} onPointerDown={active} onKeyDown={active}>
                <PanelHeader />
                <JumpBar />
                <main class="vsp-main">
                  <SettingsNotice />
                  <PageCard />
                  <IncidentCard />
                  <SiteSetup />
                  <RightsScriptCard store={stores.scripts} />
                  <ReferralsCard store={stores.referrals} />
                  <ChecklistCard risks={stores.risks} />
                  <HandoutCard scripts={stores.scripts} />
                </main>
              </div>
            </ChecklistStoreContext.Provider>
          </IncidentRecorderContext.Provider>
        </IncidentSessionContext.Provider>
      </PanelStoreContext.Provider>
    </PlatformContext.Provider>
  );
}
