import type { Translate } from '../../lib/i18n';
import { formatIsoDate } from '../../lib/handout/local-date';
import type { Handout as HandoutModel, HandoutRights } from '../../lib/handout/model';
import { qrSvgPath, qrViewSize } from '../../lib/handout/qr-svg';

/**
 * `victimT` translates into the VICTIM's language (handout.language), not the officer's
 * platform.t: e.g. useVictimTranslator(platform, handout.language).t, or
 * translatorFromFiles(files, handout.language).
 * `t` is the earlier name, still used by scripts/bench/content.ts; remove it once that passes victimT.
 */
export type HandoutProps = { handout: HandoutModel } & ({ victimT: Translate } | { /** @deprecated use victimT */ t: Translate });

/**
 * The printed page for the victim, in their language: plain black on white, every right with
 * the law it comes from, and nothing the officer did not record. All text is rendered as text
 * (the QR code too is an SVG path), so nothing from content files can inject markup.
 */
export function Handout(props: HandoutProps) {
  const { handout } = props;
  const t = 'victimT' in props ? props.victimT : props.t;
  const date = (iso: string) => formatIsoDate(iso, handout.language);
  return (
    <article class="vsp-handout" lang={handout.language} data-testid="handout" aria-labelledby="vsp-handout-title">
      <header class="vsp-handout-head">
        {handout.department ? <p class="vsp-handout-department">{handout.department}</p> : null}
        <h2 id="vsp-handout-title">{t('handoutTitle')}</h2>
        <p class="vsp-handout-date">{t('handoutDate', { date: date(handout.date) })}</p>
      </header>

      <section class="vsp-handout-block" data-testid="handout-case">
        <h3>{t('handoutCase')}</h3>
        {handout.caseNumber ? (
          <p class="vsp-handout-case">{handout.caseNumber}</p>
        ) : (
          <p>
            {t('handoutCaseMissing')} <span class="vsp-handout-blank" aria-hidden="true" />
          </p>
        )}
      </section>

      <section class="vsp-handout-block" data-testid="handout-contact">
        <h3>{t('handoutContact')}</h3>
        {handout.liaison ? (
          <>
            <p class="vsp-handout-strong">{handout.liaison.name}</p>
            {handout.liaison.phone ? <p>{t('handoutPhone', { phone: handout.liaison.phone })}</p> : null}
            {handout.liaison.email ? <p>{t('handoutEmail', { email: handout.liaison.email })}</p> : null}
            {handout.liaison.hours ? <p>{t('handoutHours', { hours: handout.liaison.hours })}</p> : null}
          </>
        ) : (
          <p>{t('handoutNoContact')}</p>
        )}
      </section>

      {handout.referrals.length > 0 ? (
        <section class="vsp-handout-block" data-testid="handout-referrals">
          <h3>{t('handoutServices')}</h3>
          <ul class="vsp-handout-referrals">
            {handout.referrals.map((referral) => (
              <li key={referral.referralId} data-referral-id={referral.referralId}>
                <p class="vsp-handout-strong">{referral.name}</p>
                {referral.phone ? <p>{t('handoutPhone', { phone: referral.phone })}</p> : null}
                {referral.textLine ? <p>{t('handoutText', { text: referral.textLine })}</p> : null}
                {referral.website ? <p>{t('handoutWebsite', { url: referral.website })}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {handout.qr ? (
        <section class="vsp-handout-block vsp-handout-qr" data-testid="handout-qr">
          <QrCode matrix={handout.qr.matrix} label={t('handoutQrLabel', { url: handout.qr.url })} />
          <p>
            {t('handoutQr')}
            <br />
            <span class="vsp-handout-url">{handout.qr.url}</span>
          </p>
        </section>
      ) : null}

      <section class="vsp-handout-block" data-testid="handout-rights">
        <h3>{t('handoutRights')}</h3>
        {handout.rights ? <Rights rights={handout.rights} t={t} /> : <p>{t('handoutNoScript')}</p>}
        {handout.federalRights ? <Rights rights={handout.federalRights} t={t} /> : null}
      </section>

      {handout.rights ? (
        <footer class="vsp-handout-foot">
          <p>{t('handoutCurrent', { date: date(handout.rights.script.lastReviewed), id: handout.rights.script.id, version: handout.rights.script.version })}</p>
          {handout.federalRights ? (
            <p>
              {t('handoutCurrent', {
                date: date(handout.federalRights.script.lastReviewed),
                id: handout.federalRights.script.id,
                version: handout.federalRights.script.version,
              })}
            </p>
          ) : null}
        </footer>
      ) : null}
    </article>
  );
}

function Rights({ rights, t }: { rights: HandoutRights; t: Translate }) {
  return (
    <div class="vsp-handout-rights" lang={rights.script.language} data-script-id={rights.script.id}>
      <p class="vsp-handout-script">{rights.script.title}</p>
      {rights.sections.map((section) => (
        <section key={section.id} class="vsp-handout-section" data-section-id={section.id}>
          <h4>{section.title}</h4>
          {section.paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          {section.citations.length > 0 ? (
            <p class="vsp-handout-cite">
              {t('handoutSources')}{' '}
              {section.citations.map((citation, index) => (
                <span key={citation.url + index}>
                  {index > 0 ? '; ' : null}
                  <a href={citation.url} target="_blank" rel="noopener noreferrer">
                    {citation.citation}
                  </a>
                </span>
              ))}
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}

/** The code as one SVG path on white: crisp at any print resolution, no image data, no markup strings. */
function QrCode({ matrix, label }: { matrix: boolean[][]; label: string }) {
  const size = qrViewSize(matrix);
  return (
    <svg class="vsp-handout-qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={qrSvgPath(matrix)} fill="#000" />
    </svg>
  );
}
