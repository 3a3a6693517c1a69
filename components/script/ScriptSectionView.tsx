import type { ShownSection } from './script-view';
import { categoryLabel } from '../../lib/taxonomy';
import { usePlatform } from '../context';

/**
 * One section in large, calm type. Sentences are spans so the one being read aloud can be
 * highlighted (sentence 0 is the title). Every section shows the law it rests on.
 */
export function ScriptSectionView({ shown, speaking, language }: { shown: ShownSection; speaking: number | null; language: string }) {
  const { t, uiLanguage } = usePlatform();
  const { section } = shown.selected;
  let sentence = 0;
  const mark = (index: number) => (speaking === index ? 'vsp-sentence vsp-speaking' : 'vsp-sentence');
  return (
    <article class={`vsp-section vsp-section--${section.kind}`} lang={language} data-section-id={section.id} data-kind={section.kind}>
      <h3 class="vsp-section-title">
        <span class={mark(sentence++)}>{section.title}</span>
      </h3>
      <p class="vsp-section-tags vsp-small" lang={uiLanguage}>
        {section.requiredByLaw ? <span class="vsp-tag vsp-tag--law">{t('scriptRequired')}</span> : null}
        {section.kind === 'officer-action' ? <span class="vsp-tag">{t('scriptOfficerAction')}</span> : null}
        {shown.selected.forCategories.length > 0 ? (
          <span class="vsp-tag">{t('scriptFor', { list: shown.selected.forCategories.map((id) => categoryLabel(id, uiLanguage)).join(', ') })}</span>
        ) : null}
      </p>
      {shown.paragraphs.map((sentences, p) => (
        <p key={p} class="vsp-paragraph">
          {sentences.map((text, s) => (
            <span key={s} class={mark(sentence++)}>
              {text}{' '}
            </span>
          ))}
        </p>
      ))}
      <ul class="vsp-sources vsp-small" aria-label={t('scriptSources')}>
        {shown.sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.citation}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}
