import { useState } from 'preact/hooks';
import { usePlatform } from '../context';

/** The department hosts its directory (policy directoryUrl): say where from, and offer "download now". */
export function ReferralImportRemote({ url, onResult }: { url: string; onResult: (message: { text: string; error: boolean }) => void }) {
  const platform = usePlatform();
  const { t } = platform;
  const [syncing, setSyncing] = useState(false);
  const downloadNow = async () => {
    if (!platform.refreshDirectory) return;
    setSyncing(true);
    try {
      const state = await platform.refreshDirectory();
      onResult(state.lastError ? { text: state.lastError, error: true } : { text: t('importDownloaded'), error: false });
    } catch (error) {
      onResult({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setSyncing(false);
    }
  };
  return (
    <div class="vsp-field">
      <p>{t('importRemote', { url })}</p>
      <button type="button" class="vsp-button vsp-button--quiet" disabled={syncing || !platform.refreshDirectory} onClick={() => void downloadNow()} data-testid="directory-download">
        {t('importDownloadNow')}
      </button>
    </div>
  );
}
