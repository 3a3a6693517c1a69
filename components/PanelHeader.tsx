import { usePlatform } from './context';

export function PanelHeader() {
  const platform = usePlatform();
  const { t } = platform;
  return (
    <header class="vsp-header">
      <h1 class="vsp-title">{t('panelTitle')}</h1>
      {platform.readerUrl ? (
        <a class="vsp-button vsp-button--quiet" href={platform.readerUrl} target="_blank" rel="noopener" data-testid="open-reader">
          {t('readerOpen')}
        </a>
      ) : null}
      {platform.popOut && !platform.pinnedToTab ? (
        <button
          type="button"
          class="vsp-button vsp-button--quiet"
          data-testid="pop-out"
          title={t('popOutLabel')}
          onClick={() => void platform.popOut?.()}
        >
          <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.8">
            <path d="M11 3h6v6M17 3l-8 8M8 5H4v11h11v-4" />
          </svg>
          <span>{t('popOut')}</span>
        </button>
      ) : null}
    </header>
  );
}
