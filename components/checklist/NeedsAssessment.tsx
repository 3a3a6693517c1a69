import { NEED_IDS, type NeedId } from '../../lib/referrals/service-types';
import type { MessageKey } from '../../lib/i18n';
import { usePlatform } from '../context';
import { useIncidentSession } from './context';

const NEED_KEYS: Record<NeedId, MessageKey> = {
  'safety-now': 'needsSafetyNow',
  medical: 'needsMedical',
  'housing-lodging': 'needsHousing',
  'basic-needs': 'needsBasic',
  'money-compensation': 'needsMoney',
  'language-interpreter': 'needsLanguage',
  'disability-access': 'needsDisability',
  'children-dependants': 'needsChildren',
  immigration: 'needsImmigration',
  transport: 'needsTransport',
  'wants-advocate': 'needsAdvocate',
};

/** What the victim needs now; the answers steer the referral suggestions. */
export function NeedsAssessment() {
  const { t } = usePlatform();
  const session = useIncidentSession();
  const needs = session.incident.value?.needs ?? {};
  const toggle = (need: NeedId) => void session.setNeeds({ ...needs, [need]: !needs[need] });
  return (
    <fieldset class="vsp-needs" data-testid="needs">
      <legend class="vsp-subheading">{t('needsHeading')}</legend>
      <div class="vsp-need-grid">
        {NEED_IDS.map((need) => (
          <label key={need} class="vsp-checkbox vsp-need">
            <input type="checkbox" checked={needs[need] === true} disabled={!session.canRecord.value} data-need={need} onChange={() => toggle(need)} />
            {t(NEED_KEYS[need])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
