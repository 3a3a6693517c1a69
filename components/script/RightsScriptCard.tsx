import { usePanelStore, usePlatform } from '../context';
import { RecordButtons } from './RecordButtons';
import { RightsScriptView } from './RightsScriptView';
import { ScriptProblems } from './ScriptProblems';
import type { ScriptStore } from './script-store';

/** The victims'-rights card of the panel: the script for this jurisdiction, crime and language. */
export function RightsScriptCard({ store }: { store: ScriptStore }) {
  const { t } = usePlatform();
  const panel = usePanelStore();
  const settings = panel.settings.value;
  const forVictim = store.forVictim.value;
  const problems = store.problems.value;

  let body;
  // No jurisdiction: say who must set it. Guessing one from the page or the browser could put
  // another state's law in an officer's mouth.
  if (!settings.jurisdiction) body = <p data-testid="script-no-jurisdiction">{t('scriptNoJurisdiction')}</p>;
  else if (store.loading.value || !forVictim) body = <p class="vsp-muted">{t('scriptLoading')}</p>;
  else if (!forVictim.script) body = <p data-testid="script-missing">{t('scriptMissing', { jurisdiction: forVictim.requested.jurisdiction })}</p>;
  else
    body = (
      <RightsScriptView
        forVictim={forVictim}
        forOfficer={store.forOfficer.value}
        victimLanguage={panel.victimLanguage.value}
        languages={settings.languages}
        onLanguage={(language) => panel.setVictimLanguage(language)}
        readAloud={settings.features.readAloud}
        recordBar={<RecordButtons script={forVictim.script} />}
      />
    );

  return (
    <section class="vsp-card" id="vsp-rights" aria-labelledby="vsp-rights-heading">
      <h2 id="vsp-rights-heading" class="vsp-card-title">
        {t('scriptHeading')}
      </h2>
      <ScriptProblems problems={problems} />
      {body}
    </section>
  );
}
