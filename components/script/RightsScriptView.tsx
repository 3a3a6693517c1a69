import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SelectedScript } from '../../lib/content/select-script';
import { usePlatform } from '../context';
import { languageName } from './language-name';
import { ReadAloudBar } from './ReadAloudBar';
import { ScriptNotices } from './ScriptNotices';
import { readAloudSegments, shownSections } from './script-view';
import { ScriptSectionView } from './ScriptSectionView';
import { useReadAloud } from './use-read-aloud';

export interface RightsScriptViewProps {
  forVictim: SelectedScript;
  /** The same selection in the officer's language, for the side-by-side view. */
  forOfficer: SelectedScript | null;
  victimLanguage: string;
  languages: readonly string[];
  onLanguage(language: string): void;
  /** The department allows read-aloud (it also needs a host that can speak). */
  readAloud: boolean;
  /** The record buttons ("Read to the victim", "Written copy given"); absent in reader mode. */
  recordBar?: ComponentChildren;
  /** Reader mode: full screen, larger type. */
  large?: boolean;
}

/** The script itself: notices, language, one section at a time or whole, side by side, read aloud. */
export function RightsScriptView(props: RightsScriptViewProps) {
  const platform = usePlatform();
  const { t, uiLanguage } = platform;
  const { forVictim, forOfficer, victimLanguage } = props;
  const script = forVictim.script!;
  const sections = useMemo(() => shownSections(forVictim), [forVictim]);
  const officerSections = useMemo(() => shownSections(forOfficer), [forOfficer]);
  const [mode, setMode] = useState<'one' | 'all'>('one');
  const [index, setIndex] = useState(0);
  const [sideBySide, setSideBySide] = useState(false);
  const bilingual = Boolean(forOfficer?.script && forOfficer.script.language !== script.language);
  const current = Math.min(index, Math.max(0, sections.length - 1));

  const { segments, sectionIndex } = useMemo(() => readAloudSegments(sections), [sections]);
  const speech = useReadAloud(props.readAloud ? platform.speech : undefined, segments, script.language);
  const position = speech?.state.position ?? null;
  const speakingSection = position ? sectionIndex[position.segment] : undefined;
  // In one-section mode the screen follows the voice, so the victim can read along.
  useEffect(() => {
    if (speakingSection !== undefined && mode === 'one') setIndex(speakingSection);
  }, [speakingSection, mode]);
  const play = () => {
    // From the section on screen (one-section mode), else from the top.
    const from = mode === 'one' ? sectionIndex.findIndex((at) => at >= current) : 0;
    speech?.reader.play({ segment: Math.max(0, from), sentence: 0 });
  };

  const visible = mode === 'one' ? sections.slice(current, current + 1).map((shown) => ({ shown, at: current })) : sections.map((shown, at) => ({ shown, at }));
  const name = (tag: string) => languageName(tag, uiLanguage);
  const languages = [...new Set([...props.languages, victimLanguage])];

  return (
    <div
      class={`vsp-script${props.large ? ' vsp-script--large' : ''}`}
      data-testid="rights-script"
      data-script-id={script.id}
      data-version={script.version}
      data-language={script.language}
    >
      <ScriptNotices selection={forVictim} victimLanguage={victimLanguage} />

      <div class="vsp-script-controls">
        <label class="vsp-inline-field">
          <span>{t('scriptVictimLanguage')}</span>
          <select
            class="vsp-input vsp-select"
            value={victimLanguage}
            onChange={(event) => props.onLanguage(event.currentTarget.value)}
            data-testid="victim-language"
          >
            {languages.map((tag) => (
              <option key={tag} value={tag}>
                {name(tag)}
              </option>
            ))}
          </select>
        </label>
        <div class="vsp-actions" role="group" aria-label={t('scriptViewLabel')}>
          <button type="button" class="vsp-choice" aria-pressed={mode === 'one'} onClick={() => setMode('one')} data-testid="script-one">
            {t('scriptOneSection')}
          </button>
          <button type="button" class="vsp-choice" aria-pressed={mode === 'all'} onClick={() => setMode('all')} data-testid="script-whole">
            {t('scriptWhole')}
          </button>
        </div>
        {bilingual ? (
          <label class="vsp-checkbox">
            <input type="checkbox" checked={sideBySide} onChange={() => setSideBySide(!sideBySide)} data-testid="side-by-side" />
            {t('scriptSideBySide', { language: name(forOfficer!.script!.language) })}
          </label>
        ) : null}
      </div>

      {speech ? <ReadAloudBar reader={speech.reader} state={speech.state} languageName={name(script.language)} onPlay={play} /> : null}

      {/* Not a live region: the highlight moves every sentence and must not be announced. */}
      <div class="vsp-sections" aria-live="off">
        {visible.map(({ shown, at }) => {
          const twin = sideBySide && bilingual ? officerSections.find((other) => other.selected.section.id === shown.selected.section.id && other.federal === shown.federal) : undefined;
          const speaking = speakingSection === at && position ? position.sentence : null;
          return (
            <Fragment key={shown.key}>
              {shown.federal && (at === 0 || !sections[at - 1]?.federal) ? <p class="vsp-federal-heading">{t('scriptFederalBaseline')}</p> : null}
              <div class={twin ? 'vsp-bilingual' : undefined} data-testid="script-section">
                {twin ? <ScriptSectionView shown={twin} speaking={null} language={twin.script.language} /> : null}
                <ScriptSectionView shown={shown} speaking={speaking} language={shown.script.language} />
              </div>
            </Fragment>
          );
        })}
      </div>

      {mode === 'one' && sections.length > 1 ? (
        <nav class="vsp-pager" aria-label={t('scriptPagerLabel')}>
          <button type="button" class="vsp-button vsp-button--quiet" disabled={current === 0} onClick={() => setIndex(current - 1)} data-testid="section-previous">
            {t('scriptPrevious')}
          </button>
          <span class="vsp-progress" aria-live="polite" data-testid="section-progress">
            {t('scriptProgress', { current: String(current + 1), total: String(sections.length) })}
          </span>
          <button type="button" class="vsp-button" disabled={current >= sections.length - 1} onClick={() => setIndex(current + 1)} data-testid="section-next">
            {t('scriptNext')}
          </button>
        </nav>
      ) : null}
      {props.recordBar}
    </div>
  );
}
