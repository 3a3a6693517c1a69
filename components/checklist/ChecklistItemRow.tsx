import { useState } from 'preact/hooks';
import type { ApplicableItem } from '../../lib/checklist/items';
import type { ItemState } from '../../lib/checklist/state';
import { localise, type DetailField } from '../../lib/checklist/template-schema';
import type { DetailValue, EntryState } from '../../lib/store';
import { usePlatform } from '../context';
import { useIncidentSession } from './context';

const CHOICES: { state: EntryState; key: 'checklistDone' | 'checklistDeclined' | 'checklistNotApplicable' }[] = [
  { state: 'done', key: 'checklistDone' },
  { state: 'declined', key: 'checklistDeclined' },
  { state: 'n/a', key: 'checklistNotApplicable' },
];

/** One checklist item: done / declined by the victim / not applicable, its details, and when. */
export function ChecklistItemRow({ applicable, state, language }: { applicable: ApplicableItem; state: ItemState | undefined; language: string }) {
  const { t, uiLanguage } = usePlatform();
  const session = useIncidentSession();
  const { item } = applicable;
  const latest = state?.latest;
  const current: EntryState | 'open' = !latest || latest.details?.['cleared'] ? 'open' : latest.state;
  const [details, setDetails] = useState<Record<string, DetailValue>>(() => ({ ...(latest?.details ?? {}) }));
  const labelId = `vsp-item-${item.id}`;
  const time = (at: number) => new Intl.DateTimeFormat(uiLanguage, { hour: '2-digit', minute: '2-digit' }).format(at);
  const choose = (next: EntryState) => {
    const detailValues = Object.fromEntries(Object.entries(details).filter(([key, value]) => key !== 'cleared' && value !== ''));
    void session.setItemState(item.id, current === next ? null : next, Object.keys(detailValues).length > 0 ? detailValues : undefined);
  };
  const disabled = !session.canRecord.value;

  return (
    <li class="vsp-item" data-testid="checklist-item" data-item-id={item.id} data-state={current}>
      <div class="vsp-item-head">
        <span id={labelId} class="vsp-item-label">
          {localise(item.label, language)}
        </span>
        {latest && current !== 'open' ? (
          <span class="vsp-muted vsp-small" data-testid="checklist-item-when">
            {t('checklistWhen', { time: time(latest.at) })}
          </span>
        ) : null}
      </div>
      {item.hint ? <p class="vsp-muted vsp-small vsp-item-hint">{localise(item.hint, language)}</p> : null}
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
            <DetailInput key={field.id} field={field} language={language} value={details[field.id]} onChange={(value) => setDetails({ ...details, [field.id]: value })} />
          ))}
        </div>
      ) : null}
      <div class="vsp-choices" role="group" aria-labelledby={labelId}>
        {CHOICES.map(({ state: choice, key }) => (
          <button
            key={choice}
            type="button"
            class={`vsp-choice${current === choice ? ' vsp-choice--on' : ''}`}
            aria-pressed={current === choice}
            disabled={disabled}
            data-choice={choice}
            onClick={() => choose(choice)}
          >
            {t(key)}
          </button>
        ))}
      </div>
    </li>
  );
}

function DetailInput({ field, language, value, onChange }: { field: DetailField; language: string; value: DetailValue | undefined; onChange: (value: DetailValue) => void }) {
  const { t } = usePlatform();
  const id = `vsp-detail-${field.id}`;
  const label = localise(field.label, language);
  if (field.kind === 'yes-no') {
    return (
      <fieldset class="vsp-yesno">
        <legend>{label}</legend>
        {[true, false].map((choice) => (
          <label key={String(choice)} class="vsp-radio">
            <input type="radio" name={id} checked={value === choice} onChange={() => onChange(choice)} />
            {choice ? t('valueYes') : t('valueNo')}
          </label>
        ))}
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
        onInput={(event) => onChange((event.currentTarget as HTMLInputElement).value)}
      />
      {field.hint ? <span class="vsp-muted vsp-small">{localise(field.hint, language)}</span> : null}
    </div>
  );
}
