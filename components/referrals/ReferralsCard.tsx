import { CATEGORY_IDS, categoryLabel, type CategoryId } from '../../lib/taxonomy';
import { itemStates } from '../../lib/checklist/state';
import { usePanelStore, usePlatform } from '../context';
import { ENTRY_IDS, useIncidentRecorder } from '../session-context';
import type { ReferralStore } from './referral-store';
import { ReferralItem } from './ReferralItem';

/** Local and national services for this victim, best first, with filters and "give to victim". */
export function ReferralsCard({ store }: { store: ReferralStore }) {
  const { t, uiLanguage } = usePlatform();
  const panel = usePanelStore();
  const recorder = useIncidentRecorder();
  const filters = store.filters.value;
  const categories = panel.categories.value.map((category) => category.id);
  const given = new Map(
    (itemStates(recorder.incident.value).get(ENTRY_IDS.referralGiven)?.subjects ?? [])
      .filter((entry) => entry.state === 'done')
      .map((entry) => [String(entry.details?.['referralId']), entry.at]),
  );
  const matches = store.matches.value;
  const department = store.department.value;
  const age = department ? Math.floor((store.now.value.getTime() - Date.parse(department.importedAt)) / 86_400_000) : null;

  return (
    <section class="vsp-card" id="vsp-referrals" aria-labelledby="vsp-referrals-heading" data-testid="referrals">
      <h2 id="vsp-referrals-heading" class="vsp-card-title">
        {t('referralHeading')}
      </h2>
      <div class="vsp-filters" role="group" aria-label={t('referralFilters')}>
        <label class="vsp-inline-field">
          <span>{t('referralSearch')}</span>
          <input class="vsp-input" type="search" value={filters.name} onInput={(event) => store.setFilters({ name: (event.currentTarget as HTMLInputElement).value })} data-testid="referral-search" />
        </label>
        <label class="vsp-checkbox">
          <input type="checkbox" checked={filters.onlyOpenNow} onChange={() => store.setFilters({ onlyOpenNow: !filters.onlyOpenNow })} />
          {t('referralOnlyOpen')}
        </label>
        <label class="vsp-checkbox">
          <input type="checkbox" checked={filters.onlyLanguage} onChange={() => store.setFilters({ onlyLanguage: !filters.onlyLanguage })} />
          {t('referralOnlyLanguage')}
        </label>
        {categories.length > 1 ? (
          <label class="vsp-inline-field">
            <span>{t('referralCategory')}</span>
            <select
              class="vsp-input vsp-select"
              value={filters.category ?? ''}
              onChange={(event) => {
                const value = (event.currentTarget as HTMLSelectElement).value;
                store.setFilters({ category: (CATEGORY_IDS as readonly string[]).includes(value) ? (value as CategoryId) : null });
              }}
            >
              <option value="">{t('referralAllCategories')}</option>
              {categories.map((id) => (
                <option key={id} value={id}>
                  {categoryLabel(id, uiLanguage)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {store.problem.value ? <p class="vsp-error vsp-small">{store.problem.value}</p> : null}
      {department ? (
        <p class="vsp-muted vsp-small" data-testid="directory-age">
          {t('referralDirectoryAge', { count: String(department.referrals.length), days: String(Math.max(0, age ?? 0)) })}
        </p>
      ) : (
        <p class="vsp-muted vsp-small">{t('referralNoDirectory')}</p>
      )}
      {store.loading.value ? (
        <p class="vsp-muted">{t('referralLoading')}</p>
      ) : matches.length === 0 ? (
        <p class="vsp-muted" data-testid="referral-none">
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
