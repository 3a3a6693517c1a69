import { computed, signal } from '@preact/signals';
import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { PanelStoreContext, PlatformContext } from '../../../../components/context';
import { createPanelStore } from '../../../../components/panel-store';
import { RightsScriptCard } from '../../../../components/script/RightsScriptCard';
import { createScriptStore } from '../../../../components/script/script-store';
import { IncidentRecorderContext, type IncidentRecorder } from '../../../../components/session-context';
import type { EntryInput, Incident } from '../../../../lib/store';
import type { CategoryId } from '../../../../lib/taxonomy';
import { createFakePlatform } from '../fake-platform';

/** A recorder that keeps entries in memory, so the card can show when something was recorded. */
export function fakeRecorder(canRecord = true) {
  const incident = signal<Incident | null>(null);
  const record = vi.fn(async (entry: EntryInput) => {
    const previous = incident.value;
    incident.value = {
      id: 'case-1',
      createdAt: 0,
      updatedAt: Date.now(),
      categories: { recognised: [], corrected: null },
      entries: [...(previous?.entries ?? []), { ...entry, at: Date.UTC(2026, 10, 22, 14, 5) }],
      notes: [],
      needs: {},
      followUps: [],
    };
    return true;
  });
  const recorder: IncidentRecorder = { incident, canRecord: signal(canRecord), record };
  return { recorder, record };
}

/** The rights card alone, over the bundled scripts, with categories set directly (no page). */
export function renderCard(options: Parameters<typeof createFakePlatform>[0] & { categories?: CategoryId[]; canRecord?: boolean } = {}) {
  const fake = createFakePlatform(options);
  const panel = createPanelStore(fake.platform);
  const categories = signal(options.categories ?? []);
  const scripts = createScriptStore(fake.platform, {
    jurisdiction: computed(() => panel.settings.value.jurisdiction),
    categories,
    victimLanguage: panel.victimLanguage,
    officerLanguage: fake.platform.uiLanguage,
    federalBaseline: computed(() => panel.settings.value.federalBaseline),
    departmentScripts: computed(() => panel.settings.value.scripts),
  });
  const stops = [panel.start(), scripts.start()];
  const { recorder, record } = fakeRecorder(options.canRecord ?? true);
  const view = render(
    <PlatformContext.Provider value={fake.platform}>
      <PanelStoreContext.Provider value={panel}>
        <IncidentRecorderContext.Provider value={recorder}>
          <RightsScriptCard store={scripts} />
        </IncidentRecorderContext.Provider>
      </PanelStoreContext.Provider>
    </PlatformContext.Provider>,
  );
  return { fake, panel, scripts, categories, record, recorder, view, stop: () => stops.forEach((stop) => stop()) };
}
