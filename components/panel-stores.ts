import { computed } from '@preact/signals';
import type { Platform } from '../lib/platform';
import { createChecklistStore } from './checklist/checklist-store';
import { createIncidentSession } from './checklist/incident-session';
import { createRiskScreenStore } from './checklist/risk-screens';
import { createPanelStore } from './panel-store';
import { createReferralStore } from './referrals/referral-store';
import { createScriptStore } from './script/script-store';

/**
 * Every store of one mounted panel, wired together: the page and settings, the incident record,
 * and the feature stores that read them. Made per panel, so two panels (or two widgets) share nothing.
 */
export function createPanelStores(platform: Platform) {
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
  return {
    panel,
    session,
    checklist,
    scripts,
    referrals,
    risks,
    /** Starts them all; returns the function that stops them. */
    start() {
      const stops = [panel.start(), session.start(), checklist.start(), scripts.start(), referrals.start(), risks.start()];
      return () => stops.forEach((stop) => stop());
    },
  };
}

export type PanelStores = ReturnType<typeof createPanelStores>;
