import { useT } from './context';

/** The incident read from the page; the page reader fills this in. */
export function IncidentCard() {
  const t = useT();
  return (
    <section class="vsp-card" aria-labelledby="vsp-incident-heading">
      <h2 id="vsp-incident-heading" class="vsp-card-title">
        {t('incidentHeading')}
      </h2>
      <p class="vsp-muted">{t('incidentWaiting')}</p>
    </section>
  );
}
