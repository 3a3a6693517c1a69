import { useState } from 'preact/hooks';
import type { Match } from '../../lib/referrals/match';
import type { NeedId } from '../../lib/referrals/service-types';
import type { CategoryId } from '../../lib/taxonomy';
import { usePlatform } from '../context';
import { ENTRY_IDS, useIncidentRecorder } from '../session-context';
import { languageName } from '../script/language-name';
import { givenDetails, hoursLine, referralReasons, shortText, textPhone, voicePhone, withExtension } from './referral-lines';

export interface ReferralItemProps {
  match: Match;
  categories: CategoryId[];
  needs: NeedId[];
  language: string;
  /** When this service was last given to the victim (epoch ms), from the incident record. */
  givenAt?: number;
}

/**
 * One service: what it does, how to reach it now, why it was suggested, and "give to victim".
 * Locations are deliberately not shown: a shelter's street address must never reach a screen.
 */
export function ReferralItem({ match, categories, needs, language, givenAt }: ReferralItemProps) {
  const platform = usePlatform();
  const { t, uiLanguage } = platform;
  const recorder = useIncidentRecorder();
  const [copied, setCopied] = useState(false);
  const [saving, setSaving] = useState(false);
  const view = match.referral;
  const time = (at: Date | number) => new Intl.DateTimeFormat(uiLanguage, { hour: '2-digit', minute: '2-digit' }).format(at);
  const voice = voicePhone(view);
  const text = textPhone(view);
  const reasons = referralReasons(match, { categories, needs, language, uiLanguage }, t);
  const open = view.is24x7 ? 'open' : match.openState;

  const copy = async (value: string) => setCopied((await platform.copyText?.(value)) ?? false);
  const give = async () => {
    setSaving(true);
    try {
      await recorder.record({ itemId: ENTRY_IDS.referralGiven, state: 'done', details: givenDetails(view) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <li class="vsp-referral" data-testid="referral" data-referral-id={view.id} data-open={open}>
      <p class="vsp-referral-name">{view.name}</p>
      {view.description ? <p class="vsp-small">{shortText(view.description)}</p> : null}
      <p class="vsp-small">
        <span class={`vsp-open vsp-open--${open}`} data-testid="referral-hours">
          {hoursLine(match, t, time)}
        </span>
        {!view.is24x7 && view.hours ? <span class="vsp-muted"> · {view.hours}</span> : null}
      </p>
      {view.languages.length > 0 ? (
        <p class="vsp-small vsp-muted" data-testid="referral-languages">
          {view.languages.map((entry) => languageName(entry.code, uiLanguage)).join(', ')}
        </p>
      ) : null}
      <div class="vsp-actions">
        {voice?.dial ? (
          <a class="vsp-button vsp-button--quiet" href={`tel:${voice.dial}`} aria-label={t('referralCallLabel', { name: view.name, number: withExtension(voice) })}>
            {t('referralCall', { number: withExtension(voice) })}
          </a>
        ) : null}
        {voice && platform.copyText ? (
          <button type="button" class="vsp-button vsp-button--quiet" onClick={() => void copy(withExtension(voice))} aria-label={copied ? undefined : t('referralCopyLabel', { number: voice.number })} data-testid="referral-copy">
            {copied ? t('referralCopied') : t('referralCopy')}
          </button>
        ) : null}
        {text ? (
          <span class="vsp-small vsp-referral-text" data-testid="referral-text">
            {text.keyword ? t('referralTextKeyword', { keyword: text.keyword, number: text.number }) : t('referralText', { number: text.number })}
          </span>
        ) : null}
        {view.url ? (
          <a class="vsp-referral-link vsp-small" href={view.url} target="_blank" rel="noopener noreferrer">
            {hostOf(view.url)}
          </a>
        ) : null}
      </div>
      {reasons.length > 0 ? (
        <p class="vsp-muted vsp-small" data-testid="referral-why">
          {reasons.join(' · ')}
        </p>
      ) : null}
      <div class="vsp-actions">
        <button type="button" class="vsp-button" disabled={!recorder.canRecord.value || saving} onClick={() => void give()} data-testid="give-referral">
          {givenAt ? t('referralGivenAgain') : t('referralGive')}
        </button>
        {givenAt ? (
          <span class="vsp-small vsp-referral-given" data-testid="referral-given">
            {t('referralGivenAt', { time: time(givenAt) })}
          </span>
        ) : null}
      </div>
    </li>
  );
}

/** "example.org" for the link text; the schema already guarantees an http(s) address. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
