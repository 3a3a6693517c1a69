import { NEEDS_ASSESSMENT } from '../../lib/checklist/needs';
import type { NeedId } from '../../lib/referrals/service-types';
import { usePlatform } from '../context';
import { useIncidentSession } from './context';
import { SaveBadge } from './SaveBadge';

/** What the victim needs now; the answers steer the referral suggestions. */
export function NeedsAssessment() {
  const { t } = usePlatform();
  const session = useIncidentSession();
  const needs = session.incident.value?.needs ?? {};
  const toggle = (need: NeedId) => void session.setNeeds({ ...needs, [need]: needs[need] !== true });
  return (
    <fieldset class="vsp-needs" data-testid="needs">
      <legend class="vsp-subheading">{t('needsHeading')}</legend>
      <div class="vsp-need-grid">
        {NEEDS_ASSESSMENT.map((question) => (
          <label key={question.id} class="vsp-checkbox vsp-need">
            <input type="checkbox" checked={needs[question.id] === true} disabled={!session.canRecord.value} data-need={question.id} onChange={() => toggle(question.id)} />
            {t(question.label)}
          </label>
        ))}
      </div>
      <SaveBadge state={session.saveStateOf('needs')} testId="needs-status" />
    </fieldset>
  );
}
