import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApplicableItem } from '../../lib/checklist/items';
import type { ItemState } from '../../lib/checklist/state';
import { localise, type DetailField } from '../../lib/checklist/template-schema';
import type { DetailValue, EntryState } from '../../lib/store';
import { usePlatform } from '../context';
import { useIncidentSession } from './context';
import { SaveBadge } from './SaveBadge';

const CHOICES: { state: EntryState; key: 'checklistDone' | 'checklistDeclined' | 'checklistNotApplicable' }[] = [
  { state: 'done', key: 'checklistDone' },
  { state: 'declined', key: 'checklistDeclined' },
  { state: 'n/a', key: 'checklistNotApplicable' },
];

/** Details worth recording: the internal "cleared" mark and empty fields are left out. */
function filled(details: Record<string, DetailValue>): Record<string, DetailValue> | undefined {
  const kept = Object.entries(details).filter(([key, value]) => key !== 'cleared' && value !== '');
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/**
 * One checklist item: done / declined by the victim / not applicable (tap again to clear), its
 * details inline, when it was recorded, and whether that is saved.
 */
export function ChecklistItemRow({ applicable, state, language }: { applicable: ApplicableItem; state: ItemState | undefined; language: string }) {
  const { t, uiLanguage } = usePlatform();
  const session = useIncidentSession();
  const { item } = applicable;
  const latest = state?.latest;
  const current: EntryState | 'open' = !latest || latest.details?.['cleared'] ? 'open' : latest.state;
  const [details, setDetails] = useState<Record<string, DetailValue>>(() => ({ ...(latest?.details ?? {}) }));
  // A newer entry (loaded after mount, or from the other panel) brings its details into the fields.
  // Only on a real change: a late-running first effect must not wipe what is being typed.
  const seenAt = useRef(latest?.at);
  useEffect(() => {
    if (latest?.at === seenAt.current) return;
    seenAt.current = latest?.at;
    setDetails({ ...(latest?.details ?? {}) });
  }, [latest?.at]);
  const labelId = `vsp-item-${item.id}`;
  const time = (at: number) => new Intl.DateTimeFormat(uiLanguage, { hour: '2-digit', minute: '2-digit' }).format(at);
  const choose = (next: EntryState) => void session.setItemState(item.id, current === next ? null : next, filled(details));
  // A detail changed after the tick is recorded as a new entry with the same state (history stays).
  const commitDetails = (nextDetails: Record<string, DetailValue>) => {
    if (current !== 'open') void session.setItemState(item.id, current, filled(nextDetails));
  };
  const disabled = !session.canRecord.value;

  return (
    <li class="vsp-item" data-testid="checklist-item" data-item-id={item.id} data-state={current}>
      <div class="vsp-item-head">
        <span id={labelId} class="vsp-item-label">
          {applicable.label}
        </span>
        {latest && current !== 'open' ? (
          <span class="vsp-muted vsp-small" data-testid="checklist-item-when">
            {t('checklistWhen', { time: time(latest.at) })}
          </span>
        ) : null}
      </div>
      {applicable.hint ? <p class="vsp-muted vsp-small vsp-item-hint">{applicable.hint}</p> : null}
      {item.why || item.source ? (
        <details class="vsp-item-why vsp-small">
          <summary>{t('checklistWhy')}</summary>
          {item.why ? <p>{localise(item.why, language)}</p> : null}
          {item.source ? <p class="vsp-muted">{t('checklistSource', { title: item.source.title })}</p> : null}
        </details>
      ) : null}
      {state && state.subjects.length > 0 ? (
        <ul class="vsp-given">
          {state.subjects
            .filter((entry) => entry.state === 'done')
            .map((entry) => (
              <li key={String(entry.details?.['referralId'])}>
                {String(entry.details?.['name'] ?? entry.details?.['referralId'])} · {time(entry.at)}
              </li>
            ))}
        </ul>
      ) : null}
      {item.details?.length ? (
        <div class="vsp-item-details">
          {item.details.map((field) => (
            <DetailInput
              key={field.id}
              itemId={item.id}
              field={field}
              language={language}
              disabled={disabled}
              value={details[field.id]}
              onInput={(value) => setDetails({ ...details, [field.id]: value })}
              onCommit={(value) => {
                const next = { ...details, [field.id]: value };
                setDetails(next);
                commitDetails(next);
              }}
            />
          ))}
        </div>
      ) : null}
      <div class="vsp-choices" role="group" aria-labelledby={labelId}>
        {CHOICES.map(({ state: choice, key }) => (
          <button
            key={choice}
            type="button"
            class="vsp-choice"
            aria-pressed={current === choice}
            disabled={disabled}
            data-choice={choice}
            onClick={() => choose(choice)}
          >
            {t(key)}
          </button>
        ))}
      </div>
      <SaveBadge state={session.saveStateOf(`item:${item.id}`)} testId="checklist-item-status" />
    </li>
  );
}

interface DetailInputProps {
  itemId: string;
  field: DetailField;
  language: string;
  disabled: boolean;
  value: DetailValue | undefined;
  /** Every keystroke: kept on screen only. */
  onInput: (value: DetailValue) => void;
  /** The field was left or a choice made: worth recording when the item is already ticked. */
  onCommit: (value: DetailValue) => void;
}

function DetailInput({ itemId, field, language, disabled, value, onInput, onCommit }: DetailInputProps) {
  const { t } = usePlatform();
  const id = `vsp-detail-${itemId}-${field.id}`;
  const label = localise(field.label, language);
  const hint = field.hint ? <span class="vsp-muted vsp-small">{localise(field.hint, language)}</span> : null;
  if (field.kind === 'yes-no') {
    return (
      <fieldset class="vsp-yesno" disabled={disabled}>
        <legend>{label}</legend>
        {[true, false].map((choice) => (
          <label key={String(choice)} class="vsp-radio">
            <input type="radio" name={id} checked={value === choice} onChange={() => onCommit(choice)} />
            {choice ? t('valueYes') : t('valueNo')}
          </label>
        ))}
        {hint}
      </fieldset>
    );
  }
  return (
    <div class="vsp-detail">
      <label for={id}>{label}</label>
      <input
        id={id}
        class="vsp-input"
        type={field.kind === 'date' ? 'date' : 'text'}
        value={typeof value === 'string' ? value : ''}
        autocomplete="off"
        disabled={disabled}
        onInput={(event) => onInput(event.currentTarget.value)}
        onChange={(event) => onCommit(event.currentTarget.value)}
      />
      {hint}
    </div>
  );
}
