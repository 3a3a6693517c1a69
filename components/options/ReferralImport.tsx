import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { commitImport, emptyDirectory } from '../../lib/referrals/directory';
import type { Directory, ImportPreview, InvalidRow } from '../../lib/referrals/model';
import type { Platform } from '../../lib/platform';
import { PlatformContext, usePlatform } from '../context';
import { OptionsSection } from './OptionsSection';
import { ReferralImportCurrent } from './ReferralImportCurrent';
import { ReferralImportPreview } from './ReferralImportPreview';
import { ReferralImportRows } from './ReferralImportRows';
import { ReferralImportRemote } from './ReferralImportRemote';
import { previewFiles } from './referral-files';

export const TEMPLATE_URL = '/content/referrals/template.csv';

export interface ReferralImportProps {
  /** Policy sets referralDirectory: the directory is managed there and importing here is off. */
  locked: boolean;
  /** Policy's referralDirectory.directoryUrl, when the department hosts its directory. */
  directoryUrl?: string;
  /** Where the template CSV is served (the host knows its own URL scheme). */
  templateUrl?: string;
  /** Optional: by default the platform comes from <PlatformContext>. */
  platform?: Platform;
}

/**
 * Importing the department's local services: choose files, see what would be imported and every
 * row that would not (with the reason), then import. Nothing changes until then, and a failed
 * import keeps the directory the officers have.
 */
export function ReferralImport(props: ReferralImportProps) {
  const fromContext = useContext(PlatformContext);
  if (props.platform && props.platform !== fromContext) {
    return (
      <PlatformContext.Provider value={props.platform}>
        <ReferralImportSection {...props} />
      </PlatformContext.Provider>
    );
  }
  return <ReferralImportSection {...props} />;
}

type Message = { text: string; error: boolean };

function ReferralImportSection({ locked, directoryUrl, templateUrl = TEMPLATE_URL }: ReferralImportProps) {
  const platform = usePlatform();
  const { t } = platform;
  const [current, setCurrent] = useState<Directory | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // Rows the last import left out, kept on screen after the commit so they can still be fixed.
  const [skipped, setSkipped] = useState<{ rows: InvalidRow[]; json: boolean } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => platform.watchDirectory(setCurrent), [platform]);
  const canSave = Boolean(platform.saveDirectory) && !locked;

  const choose = async (event: Event) => {
    const chosen = [...((event.currentTarget as HTMLInputElement).files ?? [])];
    setMessage(null);
    setSkipped(null);
    if (chosen.length === 0) return setPreview(null);
    try {
      const files = await Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text() })));
      setPreview(previewFiles(files));
    } catch (error) {
      setPreview(null);
      setMessage({ text: t('importReadFailed', { reason: reasonOf(error) }), error: true });
    }
  };

  const importNow = async () => {
    if (!preview || !platform.saveDirectory) return;
    const result = commitImport(current ?? emptyDirectory(), preview);
    // commitImport's own refusal already says the current directory is unchanged.
    if (!result.ok) return setMessage({ text: result.error, error: true });
    setBusy(true);
    try {
      await platform.saveDirectory(result.directory);
      setMessage({ text: t('importDone', { count: String(result.directory.referrals.length) }), error: false });
      setSkipped(preview.invalid.length > 0 ? { rows: preview.invalid, json: preview.source.kind === 'hsds-json' } : null);
      setPreview(null);
      if (input.current) input.current.value = '';
    } catch (error) {
      // The store saves in one transaction: the officers' directory is the old one, whole.
      setMessage({ text: t('importSaveFailed', { reason: reasonOf(error) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <OptionsSection id="vsp-import-heading" testId="referral-import" heading="importHeading" intro="importIntro" locked={locked} lockedTestId="referral-import-locked">
      {locked ? (
        <p class="vsp-import-managed" data-testid="referral-import-managed">
          {t('importManaged')}
        </p>
      ) : null}
      <ReferralImportCurrent current={current} now={new Date()} />
      {directoryUrl ? <ReferralImportRemote url={directoryUrl} onResult={setMessage} /> : null}
      <p class="vsp-small">
        <a href={templateUrl} download="referrals-template.csv" data-testid="import-template">
          {t('importTemplate')}
        </a>
      </p>
      <div class="vsp-field">
        <label for="vsp-import-file">{t('importChoose')}</label>
        <input
          ref={input}
          id="vsp-import-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          multiple
          disabled={!canSave || busy}
          onChange={(event) => void choose(event)}
          data-testid="import-file"
        />
      </div>
      {preview ? <ReferralImportPreview preview={preview} disabled={!canSave || busy} onConfirm={() => void importNow()} /> : null}
      <p role="status" aria-live="polite" class={message?.error ? 'vsp-error' : 'vsp-muted'} data-testid="import-message">
        {message?.text ?? ''}
      </p>
      {skipped ? (
        <div class="vsp-import-skipped" data-testid="import-skipped">
          <p>{t('importSkipped', { count: String(skipped.rows.length) })}</p>
          <ReferralImportRows rows={skipped.rows} json={skipped.json} testId="import-skipped-rows" />
        </div>
      ) : null}
    </OptionsSection>
  );
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
