import { useState } from 'preact/hooks';
import { toPolicyFragment, type AdminOptions } from '../../lib/settings/admin-options';
import { usePlatform } from '../context';

/** Shows what would go into managed policy, so a department can roll this machine's set-up out to all. */
export function PolicyExport({ options }: { options: AdminOptions }) {
  const platform = usePlatform();
  const { t } = platform;
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const fragment = toPolicyFragment(options);

  const copyFragment = async () => {
    const ok = (await platform.copyText?.(fragment)) ?? false;
    setCopy(ok ? 'copied' : 'failed');
  };

  return (
    <div class="vsp-policy">
      <h3 class="vsp-subtitle">{t('optionsPolicyHeading')}</h3>
      <div class="vsp-field">
        <label class="vsp-label" for="vsp-policy-fragment">
          {t('optionsPolicyLabel')}
        </label>
        <textarea id="vsp-policy-fragment" class="vsp-input vsp-textarea vsp-code" rows={10} readOnly value={fragment} data-testid="policy-preview" />
      </div>
      {platform.copyText ? (
        <div class="vsp-actions">
          <button type="button" class="vsp-button vsp-button--quiet" data-testid="options-copy-policy" onClick={() => void copyFragment()}>
            {t('optionsCopyPolicy')}
          </button>
        </div>
      ) : null}
      <p role="status" class="vsp-muted vsp-small" data-testid="copy-status">
        {copy === 'copied' ? t('optionsCopied') : ''}
      </p>
      {copy === 'failed' ? (
        <p role="alert" class="vsp-error">
          {t('optionsCopyFailed')}
        </p>
      ) : null}
    </div>
  );
}
