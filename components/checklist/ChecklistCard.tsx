import { useState } from 'preact/hooks';
import { itemStates } from '../../lib/checklist/state';
import { usePanelStore, usePlatform } from '../context';
import { ChecklistGroups } from './ChecklistGroups';
import { useChecklistStore, useIncidentSession } from './context';
import { FollowUps } from './FollowUps';
import { LockScreen } from './LockScreen';
import { NeedsAssessment } from './NeedsAssessment';
import { NotesEditor } from './NotesEditor';
import type { RiskScreenStore } from './risk-screens';
import { RiskScreenPanel } from './RiskScreenPanel';
import { SaveBadge } from './SaveBadge';
import { StorageBanner } from './StorageBanner';
import { SummaryActions } from './SummaryActions';

/** What the officer did for the victim, recorded as it happens, ending in the report summary. */
export function ChecklistCard({ risks }: { risks?: RiskScreenStore }) {
  const { t, uiLanguage } = usePlatform();
  const panel = usePanelStore();
  const session = useIncidentSession();
  const checklist = useChecklistStore();
  const status = session.status.value;
  const states = itemStates(session.incident.value);

  let body;
  if (status === 'opening') body = <p class="vsp-muted">{t('checklistOpening')}</p>;
  else if (status === 'locked') body = <LockScreen />;
  else if (status === 'failed') body = null;
  else if (!panel.incidentKey.value) body = <p class="vsp-muted">{t('checklistNoIncident')}</p>;
  else
    body = (
      <>
        {checklist.problems.value.length > 0 ? (
          <ul class="vsp-problems vsp-small" data-testid="checklist-problems">
            {checklist.problems.value.map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>{t('checklistTemplateProblem', { path: problem.path, message: problem.message })}</li>
            ))}
          </ul>
        ) : null}
        <ChecklistGroups items={checklist.items.value} templates={checklist.templates.value} states={states} language={uiLanguage} incidentKey={panel.incidentKey.value} />
        {/* The last checklist write at a glance (the row's own badge is the one announced). */}
        <SaveBadge state={session.saveState.value} testId="checklist-status" announce={false} />
        {risks?.offered.value.map((screen) => <RiskScreenPanel key={`${panel.incidentKey.value}:${screen.id}`} screen={screen} />)}
        {risks && risks.problems.value.length > 0 ? (
          <ul class="vsp-problems vsp-small">
            {risks.problems.value.map((problem) => (
              <li key={problem}>{t('checklistTemplateProblem', { path: problem, message: '' })}</li>
            ))}
          </ul>
        ) : null}
        <NeedsAssessment />
        <NotesEditor />
        <FollowUps />
        <SummaryActions />
        <DeleteIncident />
      </>
    );

  return (
    <section class="vsp-card" id="vsp-checklist" aria-labelledby="vsp-checklist-heading" data-testid="checklist">
      <div class="vsp-card-head">
        <h2 id="vsp-checklist-heading" class="vsp-card-title">
          {t('checklistHeading')}
        </h2>
        {status === 'ready' ? (
          <button type="button" class="vsp-button vsp-button--quiet" onClick={() => void session.lock()} data-testid="lock-now">
            {t('lockNow')}
          </button>
        ) : null}
      </div>
      <StorageBanner />
      {body}
    </section>
  );
}

/** Deleting is final, so it asks once, inline (no modal at a scene). */
function DeleteIncident() {
  const { t } = usePlatform();
  const session = useIncidentSession();
  const [confirming, setConfirming] = useState(false);
  if (!session.incident.value) return null;
  return (
    <div class="vsp-delete">
      {confirming ? (
        <>
          <p role="alert">{t('checklistDeleteConfirm')}</p>
          <div class="vsp-actions">
            <button type="button" class="vsp-button vsp-button--danger" data-testid="delete-confirm" onClick={() => void session.deleteIncident().then(() => setConfirming(false))}>
              {t('checklistDeleteYes')}
            </button>
            <button type="button" class="vsp-button vsp-button--quiet" onClick={() => setConfirming(false)}>
              {t('checklistDeleteNo')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" class="vsp-button vsp-button--quiet" data-testid="delete-incident" onClick={() => setConfirming(true)}>
          {t('checklistDelete')}
        </button>
      )}
    </div>
  );
}
