import type { Handout } from '../../lib/handout/model';
import type { Translate } from '../../lib/i18n';

/**
 * What the officer should know before handing the page over, in the officer's language: each
 * missing piece the model flags, so the officer can fill the gap in person rather than by guess.
 */
export function officerWarnings(handout: Handout, t: Translate): string[] {
  const warnings: string[] = [];
  if (handout.languageFallback) warnings.push(t('handoutWarnLanguage', { language: handout.requestedLanguage, printed: handout.language }));
  if (handout.missingScript) warnings.push(t('handoutWarnNoScript'));
  if (handout.missingCaseNumber) warnings.push(t('handoutWarnNoCase'));
  if (handout.missingLiaison) warnings.push(t('handoutWarnNoLiaison'));
  return warnings;
}
