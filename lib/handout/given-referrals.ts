import { itemStates } from '../checklist/state';
import type { ChecklistEntry, Incident } from '../store/types';
import type { HandoutReferral } from './model';

// Same id as ENTRY_IDS.referralGiven (components/session-context.ts); lib/ cannot import components/.
const REFERRAL_GIVEN = 'referral-given';

/**
 * The referrals the officer gave: per referral, its latest entry, kept only when that entry says
 * "done" (giving again after taking back counts; taking back after giving does not). Only the
 * service's own contact details are copied: what the officer recorded, nothing about the victim.
 */
export function givenReferrals(incident: Incident | null, onlyIds?: readonly string[]): HandoutReferral[] {
  const wanted = onlyIds ? new Set(onlyIds) : null;
  const latest = itemStates(incident).get(REFERRAL_GIVEN)?.subjects ?? [];
  const referrals: HandoutReferral[] = [];
  for (const entry of latest) {
    if (entry.state !== 'done' || entry.details?.['cleared'] === true) continue;
    const referral = toReferral(entry);
    if (referral && (!wanted || wanted.has(referral.referralId))) referrals.push(referral);
  }
  return referrals;
}

function toReferral(entry: ChecklistEntry): HandoutReferral | null {
  const text = (key: string): string | undefined => {
    const value = entry.details?.[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const referralId = text('referralId');
  const name = text('name');
  // Without a name the victim could not tell what the line is for: leave it off rather than guess.
  if (!referralId || !name) return null;
  const referral: HandoutReferral = { referralId, name };
  for (const key of ['phone', 'textLine', 'website'] as const) {
    const value = text(key);
    if (value !== undefined) referral[key] = value;
  }
  return referral;
}
