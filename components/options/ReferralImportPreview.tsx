import type { ImportPreview } from '../../lib/referrals/model';
import { usePlatform } from '../context';
import { ReferralImportRows, describeIssue } from './ReferralImportRows';

/**
 * What the chosen file(s) would import, before anything changes: how many services are good,
 * every row that is not and why, warnings, and the one button that commits.
 */
export function ReferralImportPreview({ preview, disabled, onConfirm }: { preview: ImportPreview; disabled: boolean; onConfirm: () => void }) {
  const { t } = usePlatform();
  const json = preview.source.kind === 'hsds-json';
  if (preview.fatal) {
    return (
      <div class="vsp-import-preview" data-testid="import-preview">
        <p role="alert" class="vsp-error">
          {preview.fatal}
        </p>
      </div>
    );
  }
  return (
    <div class="vsp-import-preview" data-testid="import-preview">
      <p>{t('importPreview', { valid: String(preview.valid.length), invalid: String(preview.invalid.length) })}</p>
      {preview.invalid.length > 0 ? <ReferralImportRows rows={preview.invalid} json={json} testId="import-invalid" /> : null}
      {preview.warnings.length > 0 ? (
        <ul class="vsp-small vsp-import-rows" data-testid="import-warnings">
          {preview.warnings.map((warning, index) => (
            <li key={index}>{describeIssue(warning, t, json)}</li>
          ))}
        </ul>
      ) : null}
      <p class="vsp-small vsp-muted">{t('importNothingYet')}</p>
      <button type="button" class="vsp-button" disabled={disabled || preview.valid.length === 0} onClick={onConfirm} data-testid="import-confirm">
        {t('importConfirm', { count: String(preview.valid.length) })}
      </button>
    </div>
  );
}
