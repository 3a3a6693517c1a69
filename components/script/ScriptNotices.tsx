import type { SelectedScript } from '../../lib/content/select-script';
import { mentionsCounsel } from '../../lib/content/counsel-notice';
import { categoryLabel } from '../../lib/taxonomy';
import { usePlatform } from '../context';
import { languageName } from './language-name';

/** ISO date -> "22 Nov 2026" in the officer's language; the date is a calendar day, so UTC. */
function formatDay(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

/**
 * What the officer must know before reading: which script (version, review), whether counsel has
 * checked it, and every fallback (federal instead of state, another language, crimes without an
 * add-on). Shown, never hidden in a tooltip.
 */
export function ScriptNotices({ selection, victimLanguage }: { selection: SelectedScript; victimLanguage: string }) {
  const { t, uiLanguage } = usePlatform();
  const script = selection.script!;
  const review = script.reviewStatus;
  const name = (tag: string) => languageName(tag, uiLanguage);
  // A draft without its own counsel warning (a department's draft, say) still gets ours.
  const counsel = review.status === 'draft' && !mentionsCounsel(script.notice);
  return (
    <>
      <p class="vsp-script-title" lang={script.language}>
        {script.title}
      </p>
      <p class="vsp-muted vsp-small" data-testid="script-meta">
        {t('scriptMeta', { jurisdiction: script.jurisdiction, version: script.version, reviewed: formatDay(script.lastReviewed, uiLanguage) })}{' '}
        {review.status === 'reviewed' ? t('scriptReviewedBy', { by: review.by, on: formatDay(review.on, uiLanguage) }) : t('scriptDraft')}
      </p>
      {script.notice ? (
        <p class="vsp-notice vsp-small" lang={script.language} data-testid="script-notice">
          {script.notice}
        </p>
      ) : null}
      {counsel ? (
        <p class="vsp-notice vsp-small" data-testid="script-counsel">
          {t('scriptCounselNotice')}
        </p>
      ) : null}
      {selection.fellBackToFederal ? (
        <p class="vsp-notice" data-testid="script-fallback">
          {t('scriptFederalFallback', { jurisdiction: selection.requested.jurisdiction })}
        </p>
      ) : null}
      {selection.languageFallback ? (
        <p class="vsp-notice" role="status" data-testid="script-language-fallback">
          {t('scriptLanguageFallback', { wanted: name(victimLanguage), shown: name(script.language) })}
        </p>
      ) : null}
      {selection.uncoveredCategories.length > 0 ? (
        <p class="vsp-muted vsp-small" data-testid="script-uncovered">
          {t('scriptUncovered', { list: selection.uncoveredCategories.map((id) => categoryLabel(id, uiLanguage)).join(', ') })}
        </p>
      ) : null}
    </>
  );
}
