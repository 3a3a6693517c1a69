import { useState } from 'preact/hooks';
import { PinRequiredError, WrongPinError, type IncidentStore } from '../../lib/store';
import { usePlatform } from '../context';
import { OptionsSection } from './OptionsSection';

type Status = { text: string; error: boolean } | null;

/**
 * What an administrator does with the records on this device: the monthly counts for victim-
 * service reporting (no names, case numbers or notes), the audit log, and deleting everything.
 */
export function RecordsTools() {
  const platform = usePlatform();
  const { t } = platform;
  const [pin, setPin] = useState('');
  const [needsPin, setNeedsPin] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  const withStore = async (work: (store: IncidentStore) => Promise<void>) => {
    try {
      const store = await platform.openIncidentStore();
      if (store.isLocked()) await store.unlock(pin || undefined);
      setNeedsPin(false);
      await work(store);
    } catch (error) {
      if (error instanceof PinRequiredError || error instanceof WrongPinError) {
        setNeedsPin(true);
        setStatus({ text: t(error instanceof WrongPinError ? 'lockWrongPin' : 'lockPinRequired'), error: true });
      } else setStatus({ text: t('recordsFailed', { reason: error instanceof Error ? error.message : String(error) }), error: true });
    }
  };
  const stamp = () => new Date().toISOString().slice(0, 10);
  const exportCounts = () =>
    withStore(async (store) => {
      const csv = await store.exportMonthlyCounts({ suppressBelow: 1 });
      platform.saveFile?.(`victim-services-counts-${stamp()}.csv`, csv, 'text/csv');
      setStatus({ text: t('recordsExported'), error: false });
    });
  const exportAudit = () =>
    withStore(async (store) => {
      platform.saveFile?.(`victim-services-audit-${stamp()}.csv`, await store.exportAudit('csv'), 'text/csv');
      setStatus({ text: t('recordsExported'), error: false });
    });
  const deleteAll = () =>
    withStore(async (store) => {
      await store.deleteEverything();
      await platform.cancelReminders?.('all').catch(() => {});
      setConfirming(false);
      setStatus({ text: t('recordsDeleted'), error: false });
    });

  return (
    <OptionsSection id="vsp-records-heading" testId="records-tools" heading="recordsHeading" intro="recordsIntro">
      {needsPin ? (
        <div class="vsp-field">
          <label for="vsp-records-pin">{t('lockPin')}</label>
          <input id="vsp-records-pin" class="vsp-input" type="password" inputMode="numeric" autocomplete="off" value={pin} onInput={(event) => setPin((event.currentTarget as HTMLInputElement).value)} />
        </div>
      ) : null}
      <div class="vsp-actions">
        <button type="button" class="vsp-button" onClick={() => void exportCounts()} data-testid="export-counts">
          {t('recordsExportCounts')}
        </button>
        <button type="button" class="vsp-button vsp-button--quiet" onClick={() => void exportAudit()} data-testid="export-audit">
          {t('recordsExportAudit')}
        </button>
      </div>
      {confirming ? (
        <div>
          <p role="alert">{t('recordsDeleteConfirm')}</p>
          <div class="vsp-actions">
            <button type="button" class="vsp-button vsp-button--danger" onClick={() => void deleteAll()} data-testid="delete-everything-confirm">
              {t('recordsDeleteYes')}
            </button>
            <button type="button" class="vsp-button vsp-button--quiet" onClick={() => setConfirming(false)}>
              {t('checklistDeleteNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="vsp-button vsp-button--quiet" onClick={() => setConfirming(true)} data-testid="delete-everything">
          {t('recordsDelete')}
        </button>
      )}
      <p role="status" aria-live="polite" class={status?.error ? 'vsp-error' : 'vsp-muted'} data-testid="records-status">
        {status?.text ?? ''}
      </p>
    </OptionsSection>
  );
}
