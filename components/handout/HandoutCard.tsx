import { useMemo, useState } from 'preact/hooks';
import { buildHandout } from '../../lib/handout/build-handout';
import { usePanelStore, usePlatform } from '../context';
import { useIncidentSession } from '../checklist/context';
import type { ScriptStore } from '../script/script-store';
import { ENTRY_IDS } from '../session-context';
import { Handout } from './Handout';
import { useVictimTranslator } from './victim-translator';

/**
 * The written copy for the victim: a preview in the panel and the browser's print dialog, where
 * the print stylesheet leaves only the handout on the page. Printing is recorded in the
 * checklist and the audit log.
 */
export function HandoutCard({ scripts }: { scripts: ScriptStore }) {
  const platform = usePlatform();
  const { t } = platform;
  const panel = usePanelStore();
  const session = useIncidentSession();
  const [preview, setPreview] = useState(false);
  const settings = panel.settings.value;
  const page = panel.page.value;
  const caseNumber = page.kind === 'reading' ? page.page.reading?.caseNumber?.value : undefined;
  const language = panel.victimLanguage.value;
  const victimT = useVictimTranslator(platform, scripts.forVictim.value?.script?.language ?? language);
  const incident = session.incident.value;
  const forVictim = scripts.forVictim.value;
  const handout = useMemo(
    () =>
      buildHandout({
        selection: forVictim,
        incident,
        language,
        now: new Date(),
        ...(caseNumber ? { caseNumber } : {}),
        ...(settings.victimLiaison ? { liaison: settings.victimLiaison } : {}),
        ...(settings.handoutQrUrl ? { qrUrl: settings.handoutQrUrl } : {}),
      }),
    [forVictim, incident, language, caseNumber, settings.victimLiaison, settings.handoutQrUrl],
  );
  const canPrint = settings.features.print && platform.print !== undefined;

  const print = async () => {
    if (session.canRecord.value) {
      await session.record({ itemId: ENTRY_IDS.handoutPrinted, state: 'done', details: { language: handout.language, ...(handout.script ? { scriptId: handout.script.id, version: handout.script.version } : {}) } });
      const id = session.incident.value?.id;
      if (id) void (await platform.openIncidentStore()).recordAction(id, 'printed').catch(() => {});
    }
    platform.print?.();
  };

  return (
    <>
      <section class="vsp-card" id="vsp-handout" aria-labelledby="vsp-handout-heading" data-testid="handout-card">
        <h2 id="vsp-handout-heading" class="vsp-card-title">
          {t('handoutHeading')}
        </h2>
        <p class="vsp-muted vsp-small">{t('handoutExplain')}</p>
        <div class="vsp-actions">
          <button type="button" class="vsp-button vsp-button--quiet" aria-expanded={preview} aria-controls="vsp-handout-region" onClick={() => setPreview(!preview)} data-testid="handout-preview">
            {preview ? t('handoutHidePreview') : t('handoutShowPreview')}
          </button>
          <button type="button" class="vsp-button" disabled={!canPrint} onClick={() => void print()} data-testid="handout-print">
            {t('handoutPrint')}
          </button>
        </div>
        {!canPrint ? <p class="vsp-muted vsp-small">{t('handoutPrintOff')}</p> : null}
      </section>
      <div id="vsp-handout-region" class={`vsp-handout-region${preview ? ' vsp-handout-region--shown' : ''}`}>
        <Handout handout={handout} t={victimT} />
      </div>
    </>
  );
}
