import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SelectedScript } from '../../lib/content/select-script';
import { createReadAloud, type ReadAloudState } from '../../lib/speech/read-aloud';
import { categoryLabel } from '../../lib/taxonomy';
import { usePlatform } from '../context';
import { languageName } from './language-name';
import { ReadAloudBar } from './ReadAloudBar';
import { readAloudSegments, shownSections } from './script-view';
import { ScriptSectionView } from './ScriptSectionView';

export interface RightsScriptViewProps {
  forVictim: SelectedScript;
  forOfficer: SelectedScript | null;
  victimLanguage: string;
  languages: readonly string[];
  onLanguage(language: string): void;
  readAloud: boolean;
  /** The record buttons ("Read to the victim", "Written copy given"); absent in reader mode. */
  recordBar?: preact.ComponentChildren;
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
  const bilingual = forOfficer?.script && forOfficer.script.language !== script.language;
  const current = Math.min(index, Math.max(0, sections.length - 1));

  const reader = useMemo(() => (platform.speech ? createReadAloud(platform.speech) : null), [platform]);
  const [speech, setSpeech] = useState<ReadAloudState | null>(reader?.state() ?? null);
  useEffect(() => {
    if (!reader) return;
    const stop = reader.subscribe(setSpeech);
    return () => {
      stop();
      reader.dispose();
    };
  }, [reader]);
  const { segments, sectionIndex } = useMemo(() => readAloudSegments(sections), [sections]);
  useEffect(() => reader?.load(segments, script.language), [reader, segments, script.language]);
  // Reading follows the section on screen in one-at-a-time mode.
  const speakingSection = speech?.position ? sectionIndex[speech.position.segment] : undefined;
  useEffect(() => {
    if (speakingSection !== undefined && mode === 'one') setIndex(speakingSection);
  }, [speakingSection, mode]);
  const play = () => {
    if (!reader) return;
    const from = mode === 'one' ? Math.max(0, sectionIndex.indexOf(current)) : 0;
    reader.play({ segment: from === -1 ? 0 : from, sentence: 0 });
  };

  const visible = mode === 'one' ? sections.slice(current, current + 1).map((shown) => ({ shown, at: current })) : sections.map((shown, at) => ({ shown, at }));
  const name = (tag: string) => languageName(tag, uiLanguage);

  return (
    <div class={`vsp-script${props.large ? ' vsp-script--large' : ''}`} data-testid="rights-script" data-script-id={script.id} data-version={script.version} data-language={script.language}>
      <p class="vsp-script-title" lang={script.language}>
        {script.title}
      </p>
      <p class="vsp-muted vsp-small" data-testid="script-meta">
        {t('scriptMeta', { jurisdiction: script.jurisdiction, version: script.version, reviewed: script.lastReviewed })}{' '}
        {script.reviewStatus.status === 'reviewed' ? t('scriptReviewedBy', { by: script.reviewStatus.by, on: script.reviewStatus.on }) : t('scriptDraft')}
      </p>
      {script.notice ? (
        <p class="vsp-notice vsp-small" lang={script.language} data-testid="script-notice">
          {script.notice}
        </p>
      ) : null}
      {forVictim.fellBackToFederal ? (
        <p class="vsp-notice" role="status" data-testid="script-fallback">
          {t('scriptFederalFallback', { jurisdiction: forVictim.requested.jurisdiction })}
        </p>
      ) : null}
      {forVictim.languageFallback ? (
        <p class="vsp-notice" role="status" data-testid="script-language-fallback">
          {t('scriptLanguageFallback', { wanted: name(victimLanguage), shown: name(script.language) })}
        </p>
      ) : null}
      {forVictim.uncoveredCategories.length > 0 && forVictim.sections.length > 0 ? (
        <p class="vsp-muted vsp-small">{t('scriptUncovered', { list: forVictim.uncoveredCategories.map((id) => categoryLabel(id, uiLanguage)).join(', ') })}</p>
      ) : null}

      <div class="vsp-script-controls">
        <label class="vsp-inline-field">
          <span>{t('scriptVictimLanguage')}</span>
          <select class="vsp-input vsp-select" value={victimLanguage} onChange={(event) => props.onLanguage((event.currentTarget as HTMLSelectElement).value)} data-testid="victim-language">
            {[...new Set([...props.languages, victimLanguage])].map((tag) => (
              <option key={tag} value={tag}>
                {name(tag)}
              </option>
            ))}
          </select>
        </label>
        <div class="vsp-actions" role="group" aria-label={t('scriptViewLabel')}>
          <button type="button" class="vsp-choice" aria-pressed={mode === 'one'} onClick={() => setMode('one')}>
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

      {props.readAloud && reader && speech ? <ReadAloudBar reader={reader} state={speech} languageName={name(script.language)} onPlay={play} /> : null}

      <div class="vsp-sections">
        {visible.map(({ shown, at }) => {
          const twin = sideBySide && bilingual ? officerSections.find((candidate) => candidate.selected.section.id === shown.selected.section.id && candidate.federal === shown.federal) : undefined;
          const speaking = speakingSection === at && speech?.position ? speech.position.sentence : null;
          return (
            <div key={shown.key} class={twin ? 'vsp-bilingual' : undefined} data-testid="script-section">
              {shown.federal && (at === 0 || !sections[at - 1]?.federal) ? <p class="vsp-federal-heading">{t('scriptFederalBaseline')}</p> : null}
              <ScriptSectionView shown={shown} speaking={speaking} language={shown.script.language} />
              {twin ? <ScriptSectionView shown={twin} speaking={null} language={twin.script.language} headingLevel={4} /> : null}
            </div>
          );
        })}
      </div>

      {mode === 'one' && sections.length > 1 ? (
        <div class="vsp-pager">
          <button type="button" class="vsp-button vsp-button--quiet" disabled={current === 0} onClick={() => setIndex(current - 1)} data-testid="section-previous">
            {t('scriptPrevious')}
          </button>
          <span class="vsp-progress" aria-live="polite" data-testid="section-progress">
            {t('scriptProgress', { current: String(current + 1), total: String(sections.length) })}
          </span>
          <button type="button" class="vsp-button" disabled={current >= sections.length - 1} onClick={() => setIndex(current + 1)} data-testid="section-next">
            {t('scriptNext')}
          </button>
        </div>
      ) : null}
      {props.recordBar}
    </div>
  );
}
