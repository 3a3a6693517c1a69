import { useState } from 'preact/hooks';
import { buildReportSummary } from '../../lib/checklist/summary';
import { summaryWords } from '../../lib/checklist/summary-words';
import type { MessageKey } from '../../lib/i18n';
import { categoryLabel } from '../../lib/taxonomy';
import { usePanelStore, usePlatform } from '../context';
import { useChecklistStore, useIncidentSession } from './context';

/** "Copy for report" and "Insert into report": the only ways the record leaves the panel. */
export function SummaryActions() {
  const platform = usePlatform();
  const { t, uiLanguage } = platform;
  const panel = usePanelStore();
  const session = useIncidentSession();
  const checklist = useChecklistStore();
  const [includeNotes, setIncludeNotes] = useState(false);
  const [message, setMessage] = useState<{ key: MessageKey; error: boolean } | null>(null);
  const incident = session.incident.value;

  const summary = () => {
    if (!incident) return '';
    // Labels in the officer's language (as the checklist shows them): it goes into their report.
    return buildReportSummary(incident, checklist.items.value, {
      language: uiLanguage,
      categoryLabels: panel.categories.value.map((category) => categoryLabel(category.id, uiLanguage)),
      includeNotes,
      words: summaryWords(t),
    });
  };

  const copy = async () => {
    const text = summary();
    const ok = (await platform.copyText?.(text)) ?? false;
    if (ok && incident) void (await platform.openIncidentStore()).recordAction(incident.id, 'exported').catch(() => {});
    setMessage(ok ? { key: 'summaryCopied', error: false } : { key: 'summaryCopyFailed', error: true });
  };
  const insert = async () => {
    const result = await platform.insertIntoReport!(summary());
    if (result === 'inserted' && incident) void (await platform.openIncidentStore()).recordAction(incident.id, 'exported').catch(() => {});
    setMessage(
      result === 'inserted'
        ? { key: 'summaryInserted', error: false }
        : result === 'no-field'
          ? { key: 'summaryNoField', error: true }
          : { key: 'summaryNotPermitted', error: true },
    );
  };

  const disabled = !incident || !session.canRecord.value;
  return (
    <div class="vsp-summary-actions" data-testid="summary-actions">
      <label class="vsp-checkbox">
        <input type="checkbox" checked={includeNotes} onChange={() => setIncludeNotes(!includeNotes)} />
        {t('summaryIncludeNotes')}
      </label>
      <div class="vsp-actions">
        <button type="button" class="vsp-button" disabled={disabled} onClick={copy} data-testid="copy-summary">
          {t('summaryCopy')}
        </button>
        {panel.settings.value.features.insertIntoReport && platform.insertIntoReport ? (
          <button type="button" class="vsp-button vsp-button--quiet" disabled={disabled} onClick={insert} data-testid="insert-summary">
            {t('summaryInsert')}
          </button>
        ) : null}
      </div>
      {disabled ? <p class="vsp-muted vsp-small">{t('summaryNothingYet')}</p> : null}
      <p role="status" aria-live="polite" class={`vsp-small ${message?.error ? 'vsp-error' : 'vsp-muted'}`} data-testid="summary-message">
        {message ? t(message.key) : ''}
      </p>
    </div>
  );
}
