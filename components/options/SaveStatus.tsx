import { useState } from 'preact/hooks';
import type { AdminOptions } from '../../lib/settings/admin-options';
import { usePlatform } from '../context';

type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; reason: string };

export interface Saver {
  state: SaveState;
  /** Saves through the platform; true once the change is stored. */
  save(change: (options: AdminOptions) => AdminOptions): Promise<boolean>;
  /** Clears a previous "Saved" so it is not read as being about newer input. */
  reset(): void;
}

/** One section's saving: "Saved" only once the platform has stored the change. */
export function useSaver(): Saver {
  const platform = usePlatform();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = async (change: (options: AdminOptions) => AdminOptions) => {
    if (!platform.updateAdminOptions) {
      setState({ kind: 'failed', reason: platform.t('optionsSaveUnavailable') });
      return false;
    }
    setState({ kind: 'saving' });
    try {
      await platform.updateAdminOptions(change);
      setState({ kind: 'saved' });
      return true;
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };
  return { state, save, reset: () => setState({ kind: 'idle' }) };
}

/**
 * The status line stays in the DOM so screen readers hear "Saved" politely; a failure is an
 * alert because the admin believes the change is in place when it is not.
 */
export function SaveStatus({ state, testId }: { state: SaveState; testId: string }) {
  const { t } = usePlatform();
  return (
    <>
      <p role="status" class="vsp-muted vsp-small" data-testid={`${testId}-status`}>
        {state.kind === 'saving' ? t('optionsSaving') : state.kind === 'saved' ? t('optionsSaved') : ''}
      </p>
      {state.kind === 'failed' ? (
        <p role="alert" class="vsp-error" data-testid={`${testId}-error`}>
          {t('optionsSaveFailed', { reason: state.reason })}
        </p>
      ) : null}
    </>
  );
}
