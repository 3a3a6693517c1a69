import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../lib/i18n';
import type { PageState, UnavailableReason } from '../lib/platform';
import { usePanelStore, usePlatform } from './context';

const UNAVAILABLE: Record<UnavailableReason, MessageKey> = {
  'not-permitted': 'unavailableNotPermitted',
  restricted: 'unavailableRestricted',
  closed: 'unavailableClosed',
  'no-tab': 'unavailableNoTab',
};

/** Host name shown under the title so the officer can tell which system is being read. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** Which page the panel reads. Status changes are announced politely, never by moving focus. */
export function PageCard() {
  const platform = usePlatform();
  const { t } = platform;
  const state = usePanelStore().page.value;
  return (
    <section class="vsp-card" aria-labelledby="vsp-page-heading">
      <h2 id="vsp-page-heading" class="vsp-card-title">
        {t('pageHeading')}
      </h2>
      <div role="status" aria-live="polite" data-testid="page-status" data-state={state.kind}>
        <PageStatus state={state} />
      </div>
      {state.kind === 'unavailable' && state.reason === 'not-permitted' ? <ReadOnce /> : null}
    </section>
  );
}

function PageStatus({ state }: { state: PageState }) {
  const { t } = usePlatform();
  switch (state.kind) {
    case 'connecting':
      return <p class="vsp-muted">{t('statusConnecting')}</p>;
    case 'loading':
      return <p class="vsp-muted">{t('statusLoading')}</p>;
    case 'reading': {
      const title = state.page.title || t('untitledPage');
      return (
        <div class="vsp-page">
          <p class="vsp-page-title" data-testid="page-title">
            {t('statusReading', { title })}
          </p>
          <p class="vsp-muted vsp-page-host" data-testid="page-host">
            {hostOf(state.page.url)}
          </p>
        </div>
      );
    }
    case 'unavailable':
      return <p>{t(UNAVAILABLE[state.reason])}</p>;
  }
}

/** Offers the one-time read that activeTab allows, and says how to grant it. */
function ReadOnce() {
  const platform = usePlatform();
  const { t } = platform;
  const [shortcut, setShortcut] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void platform.shortcut?.().then(setShortcut);
  }, [platform]);
  if (!platform.readCurrentPage) return null;
  return (
    <div class="vsp-read-once">
      <p class="vsp-muted">{t('readThisPageHint', { shortcut: shortcut ?? t('shortcutNotSet') })}</p>
      <button
        type="button"
        class="vsp-button"
        data-testid="read-this-page"
        onClick={async () => setFailed(!(await platform.readCurrentPage?.()))}
      >
        {t('readThisPage')}
      </button>
      {failed ? (
        <p role="alert" class="vsp-error">
          {t('readThisPageFailed')}
        </p>
      ) : null}
    </div>
  );
}
