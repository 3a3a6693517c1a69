import { useState } from 'preact/hooks';
import type { TaughtField, TeachField } from '../lib/platform';
import { toPolicyFragment } from '../lib/settings/admin-options';
import { usePanelStore, usePlatform } from './context';

type Status =
  | { kind: 'idle' }
  | { kind: 'pointing' }
  | { kind: 'cancelled' }
  | { kind: 'saved'; taught: TaughtField }
  | { kind: 'failed'; reason: string }
  | { kind: 'copied' | 'copy-failed' };

/**
 * Teach mode for administrators: point at the RMS field and the panel saves a selector for that
 * site, which then wins over the label heuristics on every machine given the same rule.
 * Shown only when the department turned the tools on.
 */
export function SiteSetup() {
  const platform = usePlatform();
  const { t } = platform;
  const store = usePanelStore();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const { options, locked = [] } = store.admin.value;
  // Policy-set site rules win over anything taught here, so pointing would save nothing useful.
  const sitesLocked = locked.includes('rmsSites');
  if (!options.teachTools || !platform.pointAtField || !platform.updateAdminOptions || store.page.value.kind !== 'reading') return null;

  const point = async (field: TeachField) => {
    setStatus({ kind: 'pointing' });
    const taught = await platform.pointAtField!(field);
    if (!taught) return setStatus({ kind: 'cancelled' });
    try {
      await platform.updateAdminOptions!((current) => {
        const rule = { ...current.siteRules[taught.origin] };
        if (taught.field === 'incident') rule.incidentSelector = taught.selector;
        else rule.caseNumberSelector = taught.selector;
        return { ...current, siteRules: { ...current.siteRules, [taught.origin]: rule } };
      });
      setStatus({ kind: 'saved', taught });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const copy = async () => {
    const ok = (await platform.copyText?.(toPolicyFragment(options))) ?? false;
    setStatus({ kind: ok ? 'copied' : 'copy-failed' });
  };

  return (
    <section class="vsp-card" aria-labelledby="vsp-site-setup-heading" data-testid="site-setup">
      <h2 id="vsp-site-setup-heading" class="vsp-card-title">
        {t('siteSetupHeading')}
      </h2>
      <div class="vsp-actions">
        {sitesLocked ? (
          <p class="vsp-locked">{t('setByDepartment')}</p>
        ) : (
          <>
            <button type="button" class="vsp-button vsp-button--quiet" data-testid="point-incident" disabled={status.kind === 'pointing'} onClick={() => void point('incident')}>
              {t('pointAtIncident')}
            </button>
            <button type="button" class="vsp-button vsp-button--quiet" data-testid="point-case" disabled={status.kind === 'pointing'} onClick={() => void point('case')}>
              {t('pointAtCase')}
            </button>
          </>
        )}
        <button type="button" class="vsp-button vsp-button--quiet" data-testid="copy-policy" onClick={() => void copy()}>
          {t('copyPolicy')}
        </button>
      </div>
      <p role="status" class="vsp-muted vsp-small" data-testid="site-setup-status">
        {status.kind === 'pointing'
          ? t('pointingHint')
          : status.kind === 'cancelled'
            ? t('pointingCancelled')
            : status.kind === 'saved'
              ? t('pointingSaved', { origin: status.taught.origin, selector: status.taught.selector, sample: status.taught.sample })
              : status.kind === 'failed'
                ? t('pointingFailed', { reason: status.reason })
                : status.kind === 'copied'
                  ? t('copied')
                  : status.kind === 'copy-failed'
                    ? t('copyFailed')
                    : ''}
      </p>
    </section>
  );
}
