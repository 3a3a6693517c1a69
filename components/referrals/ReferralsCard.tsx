import { itemStates } from '../../lib/checklist/state';
import { usePanelStore, usePlatform } from '../context';
import { ENTRY_IDS, useIncidentRecorder } from '../session-context';
import { DirectoryAgeNote } from './DirectoryAgeNote';
import { ReferralFilters } from './ReferralFilters';
import type { ReferralStore } from './referral-store';
import { ReferralItem } from './ReferralItem';

/** Local and national services for this victim, best first, with filters and "give to victim". */
export function ReferralsCard({ store }: { store: ReferralStore }) {
  const { t } = usePlatform();
  const panel = usePanelStore();
  const recorder = useIncidentRecorder();
  const categories = panel.categories.value.map((category) => category.id);
  // When each service was last given, read back from the incident record (so it survives a reload).
  const given = new Map(
    (itemStates(recorder.incident.value).get(ENTRY_IDS.referralGiven)?.subjects ?? [])
      .filter((entry) => entry.state === 'done')
      .map((entry) => [String(entry.details?.['referralId']), entry.at]),
  );
  const matches = store.matches.value;

  return (
    <section class="vsp-card" id="vsp-referrals" aria-labelledby="vsp-referrals-heading" data-testid="referrals">
      <h2 id="vsp-referrals-heading" class="vsp-card-title">
        {t('referralHeading')}
      </h2>
      <ReferralFilters store={store} categories={categories} />
      {store.problem.value ? <p class="vsp-error vsp-small">{store.problem.value}</p> : null}
      <DirectoryAgeNote directory={store.department.value} now={store.now.value} />
      {store.loading.value ? (
        <p class="vsp-muted" role="status" data-testid="referral-loading">
          {t('referralLoading')}
        </p>
      ) : matches.length === 0 ? (
        <p class="vsp-muted" role="status" data-testid="referral-none">
          {t('referralNone')}
        </p>
      ) : (
        <ul class="vsp-referrals">
          {matches.map((match) => (
            <ReferralItem key={match.id} match={match} categories={categories} needs={store.needs.value} language={panel.victimLanguage.value} givenAt={given.get(match.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
