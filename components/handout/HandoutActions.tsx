import { useT } from '../context';

/** Why Print is off; each has one message in the officer's language. */
export type PrintBlock = 'policy' | 'host' | 'preparing';

const BLOCK_MESSAGE = {
  policy: 'handoutPrintOff',
  host: 'handoutPrintUnavailable',
  preparing: 'handoutPreparing',
} as const;

export interface HandoutActionsProps {
  previewing: boolean;
  onPreviewChange(previewing: boolean): void;
  /** Called on the officer's click: open the print dialog and record that the handout was printed. */
  onPrint(): void;
  /** Set when printing is not possible now; the button stays visible, disabled, with the reason. */
  printBlockedBy?: PrintBlock;
  /** The id of the element holding <Handout>, which the preview toggle shows and hides. */
  regionId: string;
  /** Things the officer should know before handing the page over, in the officer's language. */
  warnings?: readonly string[];
}

/** The officer's controls for the handout, in the officer's language (the handout is in the victim's). */
export function HandoutActions({ previewing, onPreviewChange, onPrint, printBlockedBy, regionId, warnings = [] }: HandoutActionsProps) {
  const t = useT();
  const reasonId = `${regionId}-print-reason`;
  return (
    <div class="vsp-handout-actions">
      <div class="vsp-actions">
        <button
          type="button"
          class="vsp-button vsp-button--quiet"
          aria-expanded={previewing}
          aria-controls={regionId}
          onClick={() => onPreviewChange(!previewing)}
          data-testid="handout-preview"
        >
          {previewing ? t('handoutHidePreview') : t('handoutShowPreview')}
        </button>
        <button
          type="button"
          class="vsp-button"
          disabled={printBlockedBy !== undefined}
          aria-describedby={printBlockedBy ? reasonId : undefined}
          onClick={onPrint}
          data-testid="handout-print"
        >
          {t('handoutPrint')}
        </button>
      </div>
      {printBlockedBy ? (
        <p id={reasonId} class="vsp-muted vsp-small" data-testid="handout-print-reason" data-reason={printBlockedBy}>
          {t(BLOCK_MESSAGE[printBlockedBy])}
        </p>
      ) : null}
      {warnings.length > 0 ? (
        <ul class="vsp-handout-warnings vsp-small" data-testid="handout-warnings">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
