import { useState } from 'preact/hooks';
import type { Match } from '../../lib/referrals/match';
import type { MessageKey } from '../../lib/i18n';
import { NEED_SERVICE_TYPES, type NeedId } from '../../lib/referrals/service-types';
import { categoryLabel, type CategoryId } from '../../lib/taxonomy';
import { usePlatform } from '../context';
import { ENTRY_IDS, useIncidentRecorder } from '../session-context';
import { languageName } from '../script/language-name';

/** One service: what it does, how to reach it now, why it was suggested, and "give to victim". */
export function ReferralItem({ match, categories, needs, language, givenAt }: { match: Match; categories: CategoryId[]; needs: NeedId[]; language: string; givenAt?: number }) {
  const platform = usePlatform();
  const { t, uiLanguage } = platform;
  const recorder = useIncidentRecorder();
  const [copied, setCopied] = useState<string | null>(null);
  const view = match.referral;
  const time = (at: Date | number) => new Intl.DateTimeFormat(uiLanguage, { hour: '2-digit', minute: '2-digit' }).format(at);
  const voice = view.phones.find((phone) => phone.type !== 'text' && phone.type !== 'fax' && phone.type !== 'tty');
  const text = view.phones.find((phone) => phone.type === 'text');

  // Why, in the officer's language, from the match's facts (not the library's English reasons).
  const reasons: string[] = [];
  const served = view.categories.filter((category) => categories.includes(category.id));
  if (served.length > 0) reasons.push(t('referralServes', { list: served.map((category) => categoryLabel(category.id, uiLanguage)).join(', ') }));
  else if (view.servesAnyCrime) reasons.push(t('referralAnyCrime'));
  const metNeeds = needs.filter((need) => NEED_SERVICE_TYPES[need].some((type) => view.serviceTypes.includes(type)));
  if (metNeeds.length > 0) reasons.push(t('referralMeetsNeeds', { count: String(metNeeds.length) }));
  if (match.speaksLanguage !== undefined) reasons.push(t(match.speaksLanguage ? 'referralSpeaks' : 'referralNotListed', { language: languageName(language, uiLanguage) }));

  let hours: string;
  const keyFor: Record<string, MessageKey> = { open: 'referralOpenNow', closed: 'referralClosed', unknown: 'referralHoursUnknown' };
  if (view.is24x7) hours = t('referral24x7');
  else if (match.nextChange) hours = t(match.openState === 'open' ? 'referralOpenUntil' : 'referralOpensAt', { time: time(match.nextChange.at) });
  else hours = t(keyFor[match.openState]!);

  const copy = async (value: string) => {
    if (await platform.copyText?.(value)) setCopied(value);
  };
  const give = () =>
    void recorder.record({
      itemId: ENTRY_IDS.referralGiven,
      state: 'done',
      details: {
        referralId: view.id,
        name: view.name,
        referralType: view.serviceTypes[0] ?? 'other',
        ...(voice ? { phone: voice.number } : {}),
        ...(text ? { textLine: `${text.keyword ? `${text.keyword} → ` : ''}${text.number}` } : {}),
        ...(view.url ? { website: view.url } : {}),
      },
    });

  return (
    <li class="vsp-referral" data-testid="referral" data-referral-id={view.id} data-open={match.openState}>
      <p class="vsp-referral-name">{view.name}</p>
      {view.description ? <p class="vsp-small">{view.description}</p> : null}
      <p class={`vsp-small ${match.openState === 'closed' ? 'vsp-muted' : ''}`}>
        <span class={`vsp-open vsp-open--${view.is24x7 ? 'open' : match.openState}`}>{hours}</span>
        {view.languages.length > 0 ? ` · ${view.languages.map((entry) => languageName(entry.code, uiLanguage)).join(', ')}` : ''}
      </p>
      <div class="vsp-actions">
        {voice?.dial ? (
          <a class="vsp-button vsp-button--quiet" href={`tel:${voice.dial}`} aria-label={t('referralCallLabel', { name: view.name, number: voice.number })}>
            {t('referralCall', { number: voice.number })}
          </a>
        ) : null}
        {voice ? (
          <button type="button" class="vsp-button vsp-button--quiet" onClick={() => void copy(voice.number)} aria-label={copied === voice.number ? undefined : t('referralCopyLabel', { number: voice.number })}>
            {copied === voice.number ? t('referralCopied') : t('referralCopy')}
          </button>
        ) : null}
        {text ? (
          <span class="vsp-small vsp-textline">{text.keyword ? t('referralTextKeyword', { keyword: text.keyword, number: text.number }) : t('referralText', { number: text.number })}</span>
        ) : null}
        {view.url ? (
          <a class="vsp-link vsp-small" href={view.url} target="_blank" rel="noopener noreferrer">
            {new URL(view.url).host}
          </a>
        ) : null}
      </div>
      {reasons.length > 0 ? <p class="vsp-muted vsp-small" data-testid="referral-why">{reasons.join(' · ')}</p> : null}
      <div class="vsp-actions">
        <button type="button" class="vsp-button" disabled={!recorder.canRecord.value} onClick={give} data-testid="give-referral">
          {givenAt ? t('referralGivenAgain') : t('referralGive')}
        </button>
        {givenAt ? (
          <span class="vsp-small" data-testid="referral-given">
            {t('referralGivenAt', { time: time(givenAt) })}
          </span>
        ) : null}
      </div>
    </li>
  );
}
