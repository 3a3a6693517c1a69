import type { MessageKey } from '../i18n';
import { NEED_IDS, type NeedId } from '../referrals/service-types';
import type { NeedsAnswer } from '../store/types';

/**
 * The needs assessment: one yes/no question per need the referral matcher understands
 * (lib/referrals/service-types.ts), so an answer here steers the referrals shown, with no
 * mapping table in between. Labels are message keys: the officer reads them in the UI language.
 */
export interface NeedQuestion {
  id: NeedId;
  label: MessageKey;
}

const LABELS: Record<NeedId, MessageKey> = {
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

/** In the matcher's order, which puts safety first. */
export const NEEDS_ASSESSMENT: readonly NeedQuestion[] = NEED_IDS.map((id) => ({ id, label: LABELS[id] }));

/** The needs answered "yes", as the referral matcher takes them. */
export function neededNow(answers: Readonly<Record<string, NeedsAnswer>>): NeedId[] {
  return NEED_IDS.filter((id) => answers[id] === true);
}
