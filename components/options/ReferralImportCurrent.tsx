import { staleListings } from '../../lib/referrals/directory';
import type { Directory } from '../../lib/referrals/model';
import { usePlatform } from '../context';

/** How many listings to name; the rest are counted, so a 20,000-row directory stays readable. */
const NAMED = 50;

/**
 * The directory officers use right now: size, source, when imported, and the listings nobody
 * has verified in 12 months, by name, so the administrator knows whom to call.
 */
export function ReferralImportCurrent({ current, now }: { current: Directory | null; now: Date }) {
  const { t } = usePlatform();
  if (!current) {
    return (
      <p class="vsp-import-current" data-testid="directory-summary">
        {t('importNone')}
      </p>
    );
  }
  const stale = staleListings(current, now);
  return (
    <div class="vsp-import-current">
      <p data-testid="directory-summary">
        {t('importCurrent', { count: String(current.referrals.length), date: current.importedAt.slice(0, 10), source: current.source.name ?? current.source.kind })}
      </p>
      {stale.length > 0 ? (
        <details class="vsp-small vsp-import-stale" data-testid="stale-listings">
          <summary>{t('importStale', { count: String(stale.length) })}</summary>
          <ul>
            {stale.slice(0, NAMED).map((listing) => (
              <li key={listing.id} data-referral-id={listing.id}>
                {listing.name} ({listing.dateVerified ? t('importVerifiedOn', { date: listing.dateVerified }) : t('importNeverVerified')})
              </li>
            ))}
          </ul>
          {stale.length > NAMED ? <p>{t('importStaleMore', { count: String(stale.length - NAMED) })}</p> : null}
        </details>
      ) : null}
    </div>
  );
}
