import { useEffect, useState } from 'preact/hooks';
import { commitImport, emptyDirectory, staleListings } from '../../lib/referrals';
import type { Directory, ImportPreview } from '../../lib/referrals/model';
import { usePlatform } from '../context';
import { OptionsSection } from './OptionsSection';
import { previewFiles } from './referral-files';

/**
 * Importing the department's local services: choose files, see what would be imported and every
 * row that would not (with the reason), then import. Nothing changes until then, and a failed
 * import keeps the directory the officers have.
 */
export function ReferralImport({ locked, directoryUrl }: { locked: boolean; directoryUrl?: string }) {
  const platform = usePlatform();
  const { t } = platform;
  const [current, setCurrent] = useState<Directory | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => platform.watchDirectory(setCurrent), [platform]);

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = await Promise.all([...(input.files ?? [])].map(async (file) => ({ name: file.name, text: await file.text() })));
    setMessage(null);
    setPreview(files.length > 0 ? previewFiles(files) : null);
  };
  const importNow = async () => {
    if (!preview || !platform.saveDirectory) return;
    const result = commitImport(current ?? emptyDirectory(), preview);
    if (!result.ok) {
      setMessage({ text: result.error, error: true });
      return;
    }
    try {
      await platform.saveDirectory(result.directory);
      setMessage({ text: t('importDone', { count: String(result.directory.referrals.length) }), error: false });
      setPreview(null);
    } catch (error) {
      setMessage({ text: t('importSaveFailed', { reason: error instanceof Error ? error.message : String(error) }), error: true });
    }
  };
  const stale = current ? staleListings(current, new Date()) : [];
  const [syncing, setSyncing] = useState(false);
  const downloadNow = async () => {
    if (!platform.refreshDirectory) return;
    setSyncing(true);
    const state = await platform.refreshDirectory().catch((error: unknown) => ({ lastError: String(error) }) as { lastError?: string; lastOutcome?: string });
    setSyncing(false);
    setMessage(state.lastError ? { text: state.lastError, error: true } : { text: t('importDownloaded'), error: false });
  };

  return (
    <OptionsSection id="vsp-import-heading" testId="referral-import" heading="importHeading" intro="importIntro" locked={locked} lockedTestId="referral-import-locked">
      <p data-testid="directory-summary">
        {current ? t('importCurrent', { count: String(current.referrals.length), date: current.importedAt.slice(0, 10), source: current.source.name ?? current.source.kind }) : t('importNone')}
      </p>
      {directoryUrl ? (
        <div class="vsp-field">
          <p>{t('importRemote', { url: directoryUrl })}</p>
          <button type="button" class="vsp-button vsp-button--quiet" disabled={syncing || !platform.refreshDirectory} onClick={() => void downloadNow()} data-testid="directory-download">
            {t('importDownloadNow')}
          </button>
        </div>
      ) : null}
      {stale.length > 0 ? (
        <details class="vsp-small" data-testid="stale-listings">
          <summary>{t('importStale', { count: String(stale.length) })}</summary>
          <ul>
            {stale.slice(0, 50).map((listing) => (
              <li key={listing.id}>
                {listing.name} ({listing.dateVerified ?? t('importNeverVerified')})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p class="vsp-small">
        <a href="/content/referrals/template.csv" download="referrals-template.csv">
          {t('importTemplate')}
        </a>
      </p>
      <div class="vsp-field">
        <label for="vsp-import-file">{t('importChoose')}</label>
        <input id="vsp-import-file" type="file" accept=".csv,.json,text/csv,application/json" multiple disabled={locked} onChange={choose} data-testid="import-file" />
      </div>
      {preview ? (
        <div class="vsp-preview" data-testid="import-preview">
          {preview.fatal ? (
            <p role="alert" class="vsp-error">
              {preview.fatal}
            </p>
          ) : (
            <>
              <p>{t('importPreview', { valid: String(preview.valid.length), invalid: String(preview.invalid.length) })}</p>
              {preview.invalid.length > 0 ? (
                <ul class="vsp-error vsp-small" data-testid="import-invalid">
                  {preview.invalid.map((row) => (
                    <li key={`${row.file ?? ''}${row.row}`}>
                      {row.errors.map((issue) => `${t('importRow', { row: String(row.row) })}${issue.field ? `, ${issue.field}` : ''}: ${issue.message}`).join('; ')}
                      {row.name ? ` (${row.name})` : ''}
                    </li>
                  ))}
                </ul>
              ) : null}
              {preview.warnings.length > 0 ? (
                <ul class="vsp-small">
                  {preview.warnings.map((warning, index) => (
                    <li key={index}>{warning.row ? `${t('importRow', { row: String(warning.row) })}: ` : ''}{warning.message}</li>
                  ))}
                </ul>
              ) : null}
              <button type="button" class="vsp-button" disabled={preview.valid.length === 0 || locked} onClick={() => void importNow()} data-testid="import-confirm">
                {t('importConfirm', { count: String(preview.valid.length) })}
              </button>
            </>
          )}
        </div>
      ) : null}
      <p role="status" aria-live="polite" class={message?.error ? 'vsp-error' : 'vsp-muted'} data-testid="import-message">
        {message?.text ?? ''}
      </p>
    </OptionsSection>
  );
}
