import { categoryLabel, type CategoryId } from '../../lib/taxonomy';
import { usePlatform } from '../context';
import type { ReferralStore } from './referral-store';

/**
 * The filters row: name search, "open now", "speaks the language", and one chip per recognised
 * category (only when there is more than one, since a single chip would filter nothing).
 */
export function ReferralFilters({ store, categories }: { store: ReferralStore; categories: CategoryId[] }) {
  const { t, uiLanguage } = usePlatform();
  const filters = store.filters.value;
  const chip = (id: CategoryId | null, label: string) => {
    const on = filters.category === id;
    return (
      <button
        key={id ?? 'all'}
        type="button"
        class="vsp-choice"
        aria-pressed={on}
        data-testid="referral-chip"
        data-category={id ?? ''}
        onClick={() => store.setFilters({ category: id })}
      >
        {label}
      </button>
    );
  };

  return (
    <div class="vsp-referral-filters" role="group" aria-label={t('referralFilters')}>
      <label class="vsp-inline-field">
        <span>{t('referralSearch')}</span>
        <input
          class="vsp-input"
          type="search"
          value={filters.name}
          onInput={(event) => store.setFilters({ name: event.currentTarget.value })}
          data-testid="referral-search"
        />
      </label>
      <label class="vsp-checkbox">
        <input type="checkbox" checked={filters.onlyOpenNow} onChange={() => store.setFilters({ onlyOpenNow: !filters.onlyOpenNow })} data-testid="referral-open-now" />
        {t('referralOnlyOpen')}
      </label>
      <label class="vsp-checkbox">
        <input type="checkbox" checked={filters.onlyLanguage} onChange={() => store.setFilters({ onlyLanguage: !filters.onlyLanguage })} data-testid="referral-only-language" />
        {t('referralOnlyLanguage')}
      </label>
      {categories.length > 1 ? (
        <div class="vsp-referral-chips" role="group" aria-label={t('referralCategory')}>
          {chip(null, t('referralAllCategories'))}
          {categories.map((id) => chip(id, categoryLabel(id, uiLanguage)))}
        </div>
      ) : null}
    </div>
  );
}
