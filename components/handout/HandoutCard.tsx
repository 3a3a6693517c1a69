import { useMemo, useState } from 'preact/hooks';
import { buildHandout } from '../../lib/handout/build-handout';
import { useQrEncoder } from './use-qr-encoder';
import { useIncidentSession } from '../checklist/context';
import { usePanelStore, usePlatform } from '../context';
import type { ScriptStore } from '../script/script-store';
import { ENTRY_IDS } from '../session-context';
import { Handout } from './Handout';
import { HandoutActions, type PrintBlock } from './HandoutActions';
import { officerWarnings } from './officer-warnings';
import { useVictimTranslator } from './victim-translator';

const REGION_ID = 'vsp-handout-region';

/**
 * The written copy for the victim, wired to the panel: the model from the selected script and
 * the incident, the officer's controls, and the handout itself. The handout renders inside
 * .vsp-main (hidden until previewed); the print stylesheet leaves only it on the page.
 */
export function HandoutCard({ scripts }: { scripts: ScriptStore }) {
  const platform = usePlatform();
  const { t } = platform;
  const panel = usePanelStore();
  const session = useIncidentSession();
  const [previewing, setPreviewing] = useState(false);
  const settings = panel.settings.value;
  const page = panel.page.value;
  const caseNumber = page.kind === 'reading' ? page.page.reading?.caseNumber?.value : undefined;
  const language = panel.victimLanguage.value;
  const selection = scripts.forVictim.value;
  const incident = session.incident.value;
  const qr = useQrEncoder(Boolean(settings.handoutQrUrl));
  const handout = useMemo(
    () =>
      buildHandout({
        selection,
        incident,
        language,
        now: new Date(),
        ...(caseNumber ? { caseNumber } : {}),
        ...(settings.victimLiaison ? { liaison: settings.victimLiaison } : {}),
        ...(settings.handoutQrUrl ? { qrUrl: settings.handoutQrUrl } : {}),
        ...(qr.encode ? { qrMatrix: qr.encode } : {}),
      }),
    [selection, incident, language, caseNumber, settings.victimLiaison, settings.handoutQrUrl, qr.encode],
  );
  const victim = useVictimTranslator(platform, handout.language);
  const blocked: PrintBlock | undefined = !settings.features.print ? 'policy' : !platform.print ? 'host' : !victim.ready || !qr.ready ? 'preparing' : undefined;

  const print = () => {
    // The dialog opens on the click itself; recording runs alongside, so a slow or locked store
    // never holds up the page the victim is waiting for.
    // A failed save shows in the checklist's own status; it must not stop the printout.
    if (session.canRecord.value) void recordPrinted().catch(() => {});
    platform.print?.();
  };
  const recordPrinted = async () => {
    const details = { language: handout.language, ...(handout.rights ? { scriptId: handout.rights.script.id, version: handout.rights.script.version } : {}) };
    const saved = await session.record({ itemId: ENTRY_IDS.handoutPrinted, state: 'done', details });
    const id = session.incident.value?.id;
    if (saved && id) await (await platform.openIncidentStore()).recordAction(id, 'printed').catch(() => {});
  };

  return (
    <>
      <section class="vsp-card" id="vsp-handout" aria-labelledby="vsp-handout-heading" data-testid="handout-card">
        <h2 id="vsp-handout-heading" class="vsp-card-title">
          {t('handoutHeading')}
        </h2>
        <p class="vsp-muted vsp-small">{t('handoutExplain')}</p>
        <HandoutActions
          previewing={previewing}
          onPreviewChange={setPreviewing}
          onPrint={print}
          regionId={REGION_ID}
          warnings={officerWarnings(handout, t)}
          printBlockedBy={blocked}
        />
      </section>
      <div id={REGION_ID} class={`vsp-handout-region${previewing ? ' vsp-handout-region--shown' : ''}`}>
        <Handout handout={handout} victimT={victim.t} />
      </div>
    </>
  );
}
