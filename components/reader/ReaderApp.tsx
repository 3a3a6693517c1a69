import { useEffect, useMemo } from 'preact/hooks';
import type { Platform } from '../../lib/platform';
import { PlatformContext } from '../context';
import { ScriptProblems } from '../script/ScriptProblems';
import { RightsScriptView } from '../script/RightsScriptView';
import { createReaderState } from './reader-state';
import { ReaderPickers } from './ReaderPickers';

/**
 * Advocate reader mode: no RMS page and no incident record. The advocate picks where, what and
 * which language, and reads the rights aloud (or lets the device read them) in large type. The
 * script view gets no record buttons, so nothing here can write to an incident.
 */
export function ReaderApp({ platform }: { platform: Platform }) {
  const { t, uiLanguage } = platform;
  const state = useMemo(() => createReaderState(platform), [platform]);
  useEffect(() => state.start(), [state]);

  const jurisdiction = state.jurisdiction.value;
  const forVictim = state.scripts.forVictim.value;
  const problems = state.scripts.problems.value;

  let body;
  if (!jurisdiction) body = <p data-testid="reader-pick-first">{t('readerPickFirst')}</p>;
  else if (state.scripts.loading.value || !forVictim) body = <p class="vsp-muted">{t('scriptLoading')}</p>;
  else if (!forVictim.script) body = <p data-testid="script-missing">{t('scriptMissing', { jurisdiction })}</p>;
  else
    body = (
      <RightsScriptView
        forVictim={forVictim}
        forOfficer={state.scripts.forOfficer.value}
        victimLanguage={state.language.value}
        languages={state.languages.value}
        onLanguage={state.chooseLanguage}
        readAloud={state.settings.value.features.readAloud !== false}
        large
      />
    );

  return (
    <PlatformContext.Provider value={platform}>
      <div class="vsp-app vsp-reader" lang={uiLanguage}>
        <header class="vsp-header">
          <h1 class="vsp-title">{t('readerTitle')}</h1>
        </header>
        <main class="vsp-main vsp-reader-main">
          <ReaderPickers state={state} t={t} uiLanguage={uiLanguage} />
          <section class="vsp-card" aria-labelledby="vsp-reader-script">
            <h2 id="vsp-reader-script" class="vsp-card-title">
              {t('scriptHeading')}
            </h2>
            <ScriptProblems problems={problems} />
            {body}
            <p class="vsp-muted vsp-small">{t('readerNoRecord')}</p>
          </section>
        </main>
      </div>
    </PlatformContext.Provider>
  );
}
