import { useState } from 'preact/hooks';
import type { RightsScript } from '../../lib/content/script-schema';
import type { ChecklistEntry } from '../../lib/store';
import { usePlatform } from '../context';
import { ENTRY_IDS, useIncidentRecorder } from '../session-context';

/** The latest "done" entry for an item, unless it was cleared since. */
function lastDone(entries: readonly ChecklistEntry[], itemId: string): ChecklistEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (entry.itemId !== itemId) continue;
    return entry.state === 'done' ? entry : undefined;
  }
  return undefined;
}

/**
 * "Read to the victim" / "Written copy given": timestamped checklist entries naming the exact
 * script, version and language, so the record shows which text the victim was given.
 */
export function RecordButtons({ script }: { script: RightsScript }) {
  const { t, uiLanguage } = usePlatform();
  const recorder = useIncidentRecorder();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const entries = recorder.incident.value?.entries ?? [];
  const time = (at: number) => new Intl.DateTimeFormat(uiLanguage, { hour: '2-digit', minute: '2-digit' }).format(at);
  const record = async (itemId: string) => {
    setBusy(true);
    const ok = await recorder.record({ itemId, state: 'done', details: { scriptId: script.id, version: script.version, language: script.language } }).catch(() => false);
    setFailed(!ok);
    setBusy(false);
  };
  const read = lastDone(entries, ENTRY_IDS.rightsRead);
  const written = lastDone(entries, ENTRY_IDS.rightsWritten);
  const canRecord = recorder.canRecord.value;
  const disabled = busy || !canRecord;
  const recorded = [
    read ? t('scriptReadAt', { time: time(read.at), language: String(read.details?.['language'] ?? '') }) : '',
    written ? t('scriptWrittenAt', { time: time(written.at) }) : '',
  ].filter(Boolean);
  return (
    <div class="vsp-record" data-testid="script-record">
      <div class="vsp-actions">
        <button type="button" class="vsp-button" disabled={disabled} aria-describedby={canRecord ? undefined : 'vsp-record-why'} onClick={() => void record(ENTRY_IDS.rightsRead)} data-testid="record-read">
          {t('scriptRecordRead')}
        </button>
        <button type="button" class="vsp-button vsp-button--quiet" disabled={disabled} aria-describedby={canRecord ? undefined : 'vsp-record-why'} onClick={() => void record(ENTRY_IDS.rightsWritten)} data-testid="record-written">
          {t('scriptRecordWritten')}
        </button>
      </div>
      <p role="status" aria-live="polite" class="vsp-muted vsp-small" data-testid="script-recorded">
        {failed ? t('scriptRecordFailed') : recorded.join(' · ')}
      </p>
      {!canRecord ? (
        <p id="vsp-record-why" class="vsp-muted vsp-small" data-testid="script-cannot-record">
          {t('scriptCannotRecord')}
        </p>
      ) : null}
    </div>
  );
}
