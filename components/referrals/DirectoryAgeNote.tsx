import type { Directory } from '../../lib/referrals/model';
import { usePlatform } from '../context';

const DAY_MS = 86_400_000;

/**
 * How old the department's own listings are, so an officer knows how far to trust a local number
 * (national lines are reviewed with each release and are not counted here).
 */
export function DirectoryAgeNote({ directory, now }: { directory: Directory | null; now: Date }) {
  const { t } = usePlatform();
  if (!directory) return <p class="vsp-muted vsp-small" data-testid="directory-age">{t('referralNoDirectory')}</p>;
  const imported = Date.parse(directory.importedAt);
  const days = Number.isNaN(imported) ? 0 : Math.max(0, Math.floor((now.getTime() - imported) / DAY_MS));
  const count = String(directory.referrals.length);
  // Over a year without a re-import, numbers are likely to have changed: say so plainly.
  const old = days > 365;
  return (
    <p class={`vsp-small ${old ? 'vsp-error' : 'vsp-muted'}`} data-testid="directory-age" data-days={days}>
      {days === 0 ? t('referralDirectoryAgeToday', { count }) : t('referralDirectoryAge', { count, days: String(days) })}
      {old ? ` ${t('referralDirectoryOld')}` : ''}
    </p>
  );
}
