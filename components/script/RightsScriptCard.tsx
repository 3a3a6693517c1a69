import { useState } from 'preact/hooks';
import type { RightsScript } from '../../lib/content/script-schema';
import { usePanelStore, usePlatform } from '../context';
import { ENTRY_IDS, useIncidentRecorder } from '../session-context';
import { RightsScriptView } from './RightsScriptView';
import type { ScriptStore } from './script-store';

/** The victims'-rights card of the panel: the script for this jurisdiction, crime and language. */
export function RightsScriptCard({ store }: { store: ScriptStore }) {
  const { t } = usePlatform();
  const panel = usePanelStore();
  const settings = panel.settings.value;
  const forVictim = store.forVictim.value;
  const problems = store.problems.value;

  let body;
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
        recordBar={<RecordBar script={forVictim.script} />}
      />
    );

  return (
    <section class="vsp-card" id="vsp-rights" aria-labelledby="vsp-rights-heading">
      <h2 id="vsp-rights-heading" class="vsp-card-title">
        {t('scriptHeading')}
      </h2>
      {problems.length > 0 ? (
        <ul class="vsp-problems vsp-small" data-testid="script-problems">
          {problems.map((problem) => (
            <li key={`${problem.where}${problem.path}${problem.message}`}>{t('scriptProblem', { where: problem.where, path: problem.path, message: problem.message })}</li>
          ))}
        </ul>
      ) : null}
      {body}
    </section>
  );
}

/** "Read to the victim" / "Written copy given": timestamped checklist entries with the script's id and version. */
function RecordBar({ script }: { script: RightsScript }) {
  const { t, uiLanguage } = usePlatform();
  const recorder = useIncidentRecorder();
  const [busy, setBusy] = useState(false);
  const entries = recorder.incident.value?.entries ?? [];
  const last = (itemId: string) => [...entries].reverse().find((entry) => entry.itemId === itemId && entry.state === 'done' && !entry.details?.['cleared']);
  const time = (at: number) => new Intl.DateTimeFormat(uiLanguage, { hour: '2-digit', minute: '2-digit' }).format(at);
  const record = async (itemId: string) => {
    setBusy(true);
    await recorder.record({ itemId, state: 'done', details: { scriptId: script.id, version: script.version, language: script.language } });
    setBusy(false);
  };
  const read = last(ENTRY_IDS.rightsRead);
  const written = last(ENTRY_IDS.rightsWritten);
  const disabled = busy || !recorder.canRecord.value;
  return (
    <div class="vsp-record" data-testid="script-record">
      <div class="vsp-actions">
        <button type="button" class="vsp-button" disabled={disabled} onClick={() => void record(ENTRY_IDS.rightsRead)} data-testid="record-read">
          {t('scriptRecordRead')}
        </button>
        <button type="button" class="vsp-button vsp-button--quiet" disabled={disabled} onClick={() => void record(ENTRY_IDS.rightsWritten)} data-testid="record-written">
          {t('scriptRecordWritten')}
        </button>
      </div>
      <p role="status" aria-live="polite" class="vsp-muted vsp-small" data-testid="script-recorded">
        {[read ? t('scriptReadAt', { time: time(read.at), language: String(read.details?.['language'] ?? '') }) : '', written ? t('scriptWrittenAt', { time: time(written.at) }) : ''].filter(Boolean).join(' · ')}
      </p>
      {!recorder.canRecord.value ? <p class="vsp-muted vsp-small">{t('scriptCannotRecord')}</p> : null}
    </div>
  );
}
