/**
 * The words on one referral, worked out from the match's facts in the officer's language (the
 * library's own `reasons` are English, for logs and tests). Pure functions, so they are easy to test.
 */
import type { Translate } from '../../lib/i18n';
import type { Match } from '../../lib/referrals/match';
import type { PhoneView, ReferralView } from '../../lib/referrals/referral-view';
import { NEED_SERVICE_TYPES, type NeedId } from '../../lib/referrals/service-types';
import { categoryLabel, type CategoryId } from '../../lib/taxonomy';
import type { DetailValue } from '../../lib/store/types';
import { languageName } from '../script/language-name';

export interface ReasonContext {
  categories: CategoryId[];
  needs: NeedId[];
  language: string;
  uiLanguage: string;
}

export function referralReasons(match: Match, context: ReasonContext, t: Translate): string[] {
  const view = match.referral;
  const reasons: string[] = [];
  const served = view.categories.filter((category) => context.categories.includes(category.id));
  if (served.length > 0) reasons.push(t('referralServes', { list: served.map((category) => categoryLabel(category.id, context.uiLanguage)).join(', ') }));
  else if (view.servesAnyCrime) reasons.push(t('referralAnyCrime'));
  const met = context.needs.filter((need) => NEED_SERVICE_TYPES[need].some((type) => view.serviceTypes.includes(type)));
  if (met.length > 0) reasons.push(t('referralMeetsNeeds', { count: String(met.length) }));
  if (match.speaksLanguage !== undefined) {
    reasons.push(t(match.speaksLanguage ? 'referralSpeaks' : 'referralNotListed', { language: languageName(context.language, context.uiLanguage) }));
  }
  return reasons;
}

/** "Open 24/7", "Open now · closes 17:00", "Closed · opens 09:00", or "Hours not listed". */
export function hoursLine(match: Match, t: Translate, time: (at: Date) => string): string {
  if (match.referral.is24x7) return t('referral24x7');
  if (match.nextChange) return t(match.openState === 'open' ? 'referralOpenUntil' : 'referralOpensAt', { time: time(match.nextChange.at) });
  if (match.openState === 'open') return t('referralOpenNow');
  if (match.openState === 'closed') return t('referralClosed');
  return t('referralHoursUnknown');
}

/** The number to call: a voice line or hotline, never a fax, TTY or text-only number. */
export function voicePhone(view: ReferralView): PhoneView | undefined {
  return view.phones.find((phone) => phone.type === 'hotline') ?? view.phones.find((phone) => phone.type === 'voice');
}

export function textPhone(view: ReferralView): PhoneView | undefined {
  return view.phones.find((phone) => phone.type === 'text');
}

export function withExtension(phone: PhoneView): string {
  return phone.extension ? `${phone.number} ext. ${phone.extension}` : phone.number;
}

/** A description cut at a word near `max` characters: the card is a list, not the full listing. */
export function shortText(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * What the "referral given" entry carries (ENTRY_IDS.referralGiven): enough for the handout and
 * the summary to print it later without the directory, and nothing about a location.
 */
export function givenDetails(view: ReferralView): Record<string, DetailValue> {
  const voice = voicePhone(view);
  const text = textPhone(view);
  return {
    referralId: view.id,
    name: view.name,
    referralType: view.serviceTypes[0] ?? 'other',
    ...(voice ? { phone: withExtension(voice) } : {}),
    ...(text ? { textLine: text.keyword ? `${text.keyword} → ${text.number}` : text.number } : {}),
    ...(view.url ? { website: view.url } : {}),
  };
}
