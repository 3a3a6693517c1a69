import { useT } from '../context';

/** The quiet "Remove" button of an options table row; its label names the row for screen readers. */
export function RemoveButton({ label, testId, onRemove }: { label: string; testId: string; onRemove: () => void }) {
  const t = useT();
  return (
    <button type="button" class="vsp-button vsp-button--quiet" aria-label={label} data-testid={testId} onClick={onRemove}>
      {t('optionsRemove')}
    </button>
  );
}
