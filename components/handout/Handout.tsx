import type { Translate } from '../../lib/i18n';
import { qrSvgPath } from '../../lib/handout/qr';
import type { Handout as HandoutModel } from '../../lib/handout/build-handout';

/**
 * The printed page for the victim, in their language. Plain black on white, large enough to read
 * without glasses, every right with where it comes from, and nothing the officer did not choose.
 */
export function Handout({ handout, t }: { handout: HandoutModel; t: Translate }) {
  const size = handout.qr ? handout.qr.matrix.length + 8 : 0;
  return (
    <article class="vsp-handout" lang={handout.language} data-testid="handout">
      <h2 class="vsp-handout-title">{t('handoutTitle')}</h2>
      <p class="vsp-handout-date">{t('handoutDate', { date: handout.date })}</p>
      {handout.caseNumber ? (
        <p class="vsp-handout-case" data-testid="handout-case">
          {t('handoutCase')} <strong>{handout.caseNumber}</strong>
        </p>
      ) : null}

      {handout.liaison ? (
        <section class="vsp-handout-block">
          <h3>{t('handoutContact')}</h3>
          <p>{handout.liaison.name}</p>
          {handout.liaison.phone ? <p>{t('handoutPhone', { phone: handout.liaison.phone })}</p> : null}
          {handout.liaison.email ? <p>{t('handoutEmail', { email: handout.liaison.email })}</p> : null}
          {handout.liaison.hours ? <p>{t('handoutHours', { hours: handout.liaison.hours })}</p> : null}
        </section>
      ) : null}

      {handout.referrals.length > 0 ? (
        <section class="vsp-handout-block" data-testid="handout-referrals">
          <h3>{t('handoutServices')}</h3>
          <ul>
            {handout.referrals.map((referral) => (
              <li key={referral.id}>
                <strong>{referral.name}</strong>
                {referral.phone ? ` · ${referral.phone}` : ''}
                {referral.textLine ? ` · ${t('handoutText', { text: referral.textLine })}` : ''}
                {referral.website ? ` · ${referral.website}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section class="vsp-handout-block">
        <h3>{t('handoutRights')}</h3>
        {handout.missingScript ? <p>{t('handoutNoScript')}</p> : null}
        {handout.script ? <p class="vsp-handout-script">{handout.script.title}</p> : null}
        {handout.sections.map((section) => (
          <div key={section.id} class="vsp-handout-section">
            <h4>{section.title}</h4>
            {section.paragraphs.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
            <p class="vsp-handout-cite">{section.citations.map((citation) => `${citation.citation} (${citation.url})`).join('; ')}</p>
          </div>
        ))}
      </section>

      {handout.qr ? (
        <section class="vsp-handout-block vsp-handout-qr">
          <svg viewBox={`0 0 ${size} ${size}`} width="112" height="112" role="img" aria-label={t('handoutQrLabel', { url: handout.qr.url })} shape-rendering="crispEdges">
            <rect width={size} height={size} fill="#fff" />
            <path d={qrSvgPath(handout.qr.matrix)} fill="#000" />
          </svg>
          <p>
            {t('handoutQr')}
            <br />
            {handout.qr.url}
          </p>
        </section>
      ) : null}

      {handout.script ? (
        <p class="vsp-handout-foot">{t('handoutCurrent', { date: handout.script.lastReviewed, id: handout.script.id, version: handout.script.version })}</p>
      ) : null}
    </article>
  );
}
