import { useState } from 'preact/hooks';
import { usePlatform } from '../context';
import { useIncidentSession } from './context';
import { SaveBadge } from './SaveBadge';

/** What is owed to the victim and when; the browser reminds the officer on the day. */
export function FollowUps() {
  const { t } = usePlatform();
  const session = useIncidentSession();
  const followUps = session.incident.value?.followUps ?? [];
  const [due, setDue] = useState('');
  const [what, setWhat] = useState('');
  const add = async (event: Event) => {
    event.preventDefault();
    if (!due || !what.trim()) return;
    if (await session.addFollowUp({ due, what: what.trim() })) {
      setDue('');
      setWhat('');
    }
  };
  return (
    <div class="vsp-followups" data-testid="follow-ups">
      <h3 class="vsp-subheading">{t('followUpHeading')}</h3>
      {followUps.length > 0 ? (
        <ul class="vsp-followup-list">
          {followUps.map((followUp) => (
            <li key={followUp.id}>
              <label class="vsp-checkbox">
                <input type="checkbox" checked={followUp.done} disabled={!session.canRecord.value} onChange={() => void session.setFollowUpDone(followUp.id, !followUp.done)} />
                <span>
                  {followUp.due} · {followUp.what}
                </span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <form class="vsp-followup-form" onSubmit={add}>
        <div class="vsp-detail">
          <label for="vsp-followup-due">{t('followUpDue')}</label>
          <input id="vsp-followup-due" class="vsp-input" type="date" value={due} onInput={(event) => setDue((event.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="vsp-detail">
          <label for="vsp-followup-what">{t('followUpWhat')}</label>
          <input id="vsp-followup-what" class="vsp-input" value={what} placeholder={t('followUpExample')} autocomplete="off" onInput={(event) => setWhat((event.currentTarget as HTMLInputElement).value)} />
        </div>
        <button type="submit" class="vsp-button vsp-button--quiet" disabled={!session.canRecord.value || !due || !what.trim()}>
          {t('followUpAdd')}
        </button>
      </form>
      <SaveBadge state={session.saveStateOf('follow-ups')} testId="follow-ups-status" />
    </div>
  );
}
