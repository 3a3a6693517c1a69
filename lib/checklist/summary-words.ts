import type { Translate } from '../i18n';
import type { SummaryWords } from './summary';

/** The summary's fixed words from the UI's message files (keys `summary*`). */
export function summaryWords(t: Translate): SummaryWords {
  return {
    heading: t('summaryHeading'),
    caseNumber: (value) => t('summaryCase', { value }),
    categories: (list) => t('summaryCategories', { list }),
    done: t('summaryDone'),
    declined: t('summaryDeclined'),
    notApplicable: t('summaryNotApplicable'),
    notDone: t('summaryNotDone'),
    script: (id, version, language) => t('summaryScript', { id, version, language }),
    screen: (id, triggered) => t(triggered ? 'summaryScreenTriggered' : 'summaryScreen', { id }),
    yes: t('valueYes'),
    no: t('valueNo'),
    followUps: t('summaryFollowUps'),
    notes: t('summaryNotes'),
  };
}
