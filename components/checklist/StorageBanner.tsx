import { usePlatform } from '../context';
import { useIncidentSession } from './context';

/**
 * Says plainly when records cannot be kept (private window), could not be opened, or cannot be
 * written now because the disk is full (with a retry the officer can trigger after freeing space).
 */
export function StorageBanner() {
  const { t } = usePlatform();
  const session = useIncidentSession();
  if (session.status.value === 'failed') {
    return (
      <p role="alert" class="vsp-banner vsp-error" data-testid="storage-banner" data-kind="failed">
        {t('checklistStoreFailed')}
      </p>
    );
  }
  return (
    <>
      {!session.persistent.value ? (
        <p role="status" class="vsp-banner" data-testid="storage-banner" data-kind="memory">
          {t('checklistMemoryOnly')}
        </p>
      ) : null}
      {session.storageFull.value ? (
        <div role="alert" class="vsp-banner vsp-error" data-testid="storage-full-banner">
          <p>{t('checklistStorageFullBanner')}</p>
          <button type="button" class="vsp-button vsp-button--quiet" onClick={() => session.retryNow()} data-testid="storage-retry">
            {t('checklistRetryNow')}
          </button>
        </div>
      ) : null}
    </>
  );
}
