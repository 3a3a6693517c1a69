import { usePlatform } from '../context';
import { useIncidentSession } from './context';

/** Says plainly when records cannot be kept (private window) or could not be opened. */
export function StorageBanner() {
  const { t } = usePlatform();
  const session = useIncidentSession();
  if (session.status.value === 'failed') {
    return (
      <p role="alert" class="vsp-banner vsp-error" data-testid="storage-banner">
        {t('checklistStoreFailed')}
      </p>
    );
  }
  if (!session.persistent.value) {
    return (
      <p role="status" class="vsp-banner" data-testid="storage-banner">
        {t('checklistMemoryOnly')}
      </p>
    );
  }
  return null;
}
