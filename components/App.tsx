import { useEffect, useMemo } from 'preact/hooks';
import type { Platform } from '../lib/platform';
import { ChecklistCard } from './checklist/ChecklistCard';
import { createChecklistStore } from './checklist/checklist-store';
import { ChecklistStoreContext, IncidentSessionContext } from './checklist/context';
import { createIncidentSession } from './checklist/incident-session';
import { createRiskScreenStore } from './checklist/risk-screens';
import { PanelStoreContext, PlatformContext } from './context';
import { computed } from '@preact/signals';
import { createReferralStore } from './referrals/referral-store';
import { ReferralsCard } from './referrals/ReferralsCard';
import { RightsScriptCard } from './script/RightsScriptCard';
import { createScriptStore } from './script/script-store';
import { HandoutCard } from './handout/HandoutCard';
import { IncidentCard } from './IncidentCard';
import { PageCard } from './PageCard';
import { PanelHeader } from './PanelHeader';
import { createPanelStore } from './panel-store';
import { IncidentRecorderContext } from './session-context';
import { SettingsNotice } from './SettingsNotice';
import { SiteSetup } from './SiteSetup';

export interface AppProps {
  platform: Platform;
}

/** The whole panel. Hosts (side panel, pop-out, widget) differ only in the Platform they pass. */
export function App({ platform }: AppProps) {
  const stores = useMemo(() => {
    const panel = createPanelStore(platform);
    const session = createIncidentSession(platform, panel);
    const checklist = createChecklistStore(platform, panel);
    const scripts = createScriptStore(platform, {
      jurisdiction: computed(() => panel.settings.value.jurisdiction),
      categories: computed(() => panel.categories.value.map((category) => category.id)),
      victimLanguage: panel.victimLanguage,
      officerLanguage: platform.uiLanguage,
      federalBaseline: computed(() => panel.settings.value.federalBaseline),
      departmentScripts: computed(() => panel.settings.value.scripts),
    });
    const referrals = createReferralStore(platform, panel, session);
    const risks = createRiskScreenStore(platform, panel);
    return { panel, session, checklist, scripts, referrals, risks };
  }, [platform]);
  useEffect(() => {
    const stops = [stores.panel.start(), stores.session.start(), stores.checklist.start(), stores.scripts.start(), stores.referrals.start(), stores.risks.start()];
    return () => stops.forEach((stop) => stop());
  }, [stores]);
  return (
    <PlatformContext.Provider value={platform}>
      <PanelStoreContext.Provider value={stores.panel}>
        <IncidentSessionContext.Provider value={stores.session}>
          <IncidentRecorderContext.Provider value={stores.session}>
            <ChecklistStoreContext.Provider value={stores.checklist}>
              <div class="vsp-app" lang={platform.uiLanguage} onPointerDown={() => stores.session.touch()} onKeyDown={() => stores.session.touch()}>
                <PanelHeader />
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
