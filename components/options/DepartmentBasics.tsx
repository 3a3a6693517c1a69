import { useState } from 'preact/hooks';
import type { AdminOptionsState } from '../../lib/settings/admin-options';
import type { SettingsKey } from '../../lib/settings/schema';
import { usePlatform } from '../context';
import { OptionsSection } from './OptionsSection';

/** Jurisdictions with bundled rights scripts (public/content/scripts/index.json), offered as suggestions. */
const BUNDLED_JURISDICTIONS = ['US', 'US-CA', 'US-FL', 'US-NY', 'US-TX', 'GB-ENG'];

type Form = Record<
  | 'jurisdiction'
  | 'languages'
  | 'defaultVictimLanguage'
  | 'liaisonName'
  | 'liaisonPhone'
  | 'liaisonEmail'
  | 'liaisonHours'
  | 'handoutQrUrl'
  | 'retentionDays'
  | 'idleLockMinutes',
  string
> & { federalBaseline: boolean; pinRequired: boolean };

type Effective = NonNullable<AdminOptionsState['effective']>;

function formFrom(values: Effective['values']): Form {
  const liaison = (values.victimLiaison ?? {}) as Record<string, string | undefined>;
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  return {
    jurisdiction: text(values.jurisdiction),
    languages: ((values.languages as string[] | undefined) ?? []).join(', '),
    defaultVictimLanguage: text(values.defaultVictimLanguage),
    federalBaseline: values.federalBaseline === true,
    liaisonName: text(liaison.name),
    liaisonPhone: text(liaison.phone),
    liaisonEmail: text(liaison.email),
    liaisonHours: text(liaison.hours),
    handoutQrUrl: text(values.handoutQrUrl),
    retentionDays: text(values.retentionDays),
    idleLockMinutes: text(values.idleLockMinutes),
    pinRequired: values.pinRequired === true,
  };
}

/** Only fields the admin may change here; empty text clears the local value (back to default). */
function patchFrom(form: Form, locked: ReadonlySet<string>): Partial<Record<SettingsKey, unknown>> {
  const blank = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const whole = (value: string) => (value.trim() === '' ? undefined : Number(value));
  const liaison = {
    name: blank(form.liaisonName),
    phone: blank(form.liaisonPhone),
    email: blank(form.liaisonEmail),
    hours: blank(form.liaisonHours),
  };
  const anyLiaison = Object.values(liaison).some((value) => value !== undefined);
  const patch: Partial<Record<SettingsKey, unknown>> = {
    jurisdiction: blank(form.jurisdiction)?.toUpperCase(),
    languages: blank(form.languages)?.split(/[\s,]+/).filter(Boolean),
    defaultVictimLanguage: blank(form.defaultVictimLanguage),
    federalBaseline: form.federalBaseline,
    victimLiaison: anyLiaison ? Object.fromEntries(Object.entries(liaison).filter(([, value]) => value !== undefined)) : undefined,
    handoutQrUrl: blank(form.handoutQrUrl),
    retentionDays: whole(form.retentionDays),
    idleLockMinutes: whole(form.idleLockMinutes),
    pinRequired: form.pinRequired,
  };
  for (const key of locked) delete patch[key as SettingsKey];
  return patch;
}

/**
 * What every department sets once: where it is (which rights apply), the victims' languages, the
 * liaison printed on handouts, and how long records are kept. Fields set by policy are read-only.
 */
export function DepartmentBasics({ effective, locked }: { effective: Effective; locked: readonly string[] }) {
  const platform = usePlatform();
  const { t } = platform;
  const lockedSet = new Set(locked);
  const [form, setForm] = useState<Form>(() => formFrom(effective.values));
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; reason: string }>({ kind: 'idle' });
  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm({ ...form, [key]: value });
    setState({ kind: 'idle' });
  };
  const isLocked = (key: SettingsKey) => lockedSet.has(key);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!platform.updateSettings) {
      setState({ kind: 'failed', reason: t('optionsSaveUnavailable') });
      return;
    }
    setState({ kind: 'saving' });
    try {
      await platform.updateSettings(patchFrom(form, lockedSet));
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const field = (key: keyof Form, setting: SettingsKey, label: string, props: Record<string, unknown> = {}) => (
    <div class="vsp-field">
      <label for={`vsp-basics-${key}`}>{label}</label>
      <input
        id={`vsp-basics-${key}`}
        class="vsp-input"
        value={form[key] as string}
        disabled={isLocked(setting)}
        onInput={(event) => set(key, (event.currentTarget as HTMLInputElement).value as never)}
        {...props}
      />
      {isLocked(setting) ? <span class="vsp-muted vsp-small">{t('setByDepartment')}</span> : null}
    </div>
  );
  const checkbox = (key: 'federalBaseline' | 'pinRequired', label: string) => (
    <div class="vsp-checkbox">
      <input
        id={`vsp-basics-${key}`}
        type="checkbox"
        checked={form[key]}
        disabled={isLocked(key)}
        onChange={(event) => set(key, (event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={`vsp-basics-${key}`}>{label}</label>
    </div>
  );

  return (
    <OptionsSection id="vsp-basics-heading" testId="department-basics" heading="basicsHeading" intro="basicsIntro">
      <form onSubmit={submit} class="vsp-form">
        {field('jurisdiction', 'jurisdiction', t('basicsJurisdiction'), { list: 'vsp-jurisdictions', autocomplete: 'off', spellcheck: false })}
        <datalist id="vsp-jurisdictions">
          {BUNDLED_JURISDICTIONS.map((code) => (
            <option key={code} value={code} />
          ))}
        </datalist>
        <p class="vsp-muted vsp-small">{t('basicsJurisdictionHint')}</p>
        {checkbox('federalBaseline', t('basicsFederalBaseline'))}
        {field('languages', 'languages', t('basicsLanguages'), { spellcheck: false })}
        {field('defaultVictimLanguage', 'defaultVictimLanguage', t('basicsDefaultLanguage'), { spellcheck: false })}
        <fieldset class="vsp-fieldset" disabled={isLocked('victimLiaison')}>
          <legend>{t('basicsLiaison')}</legend>
          {field('liaisonName', 'victimLiaison', t('basicsLiaisonName'), { autocomplete: 'off' })}
          {field('liaisonPhone', 'victimLiaison', t('basicsLiaisonPhone'), { type: 'tel', autocomplete: 'off' })}
          {field('liaisonEmail', 'victimLiaison', t('basicsLiaisonEmail'), { type: 'email', autocomplete: 'off' })}
          {field('liaisonHours', 'victimLiaison', t('basicsLiaisonHours'), { autocomplete: 'off' })}
        </fieldset>
        {field('handoutQrUrl', 'handoutQrUrl', t('basicsQrUrl'), { type: 'url', spellcheck: false })}
        {field('retentionDays', 'retentionDays', t('basicsRetentionDays'), { type: 'number', min: 1, max: 3650, inputMode: 'numeric' })}
        {field('idleLockMinutes', 'idleLockMinutes', t('basicsIdleLock'), { type: 'number', min: 1, max: 480, inputMode: 'numeric' })}
        {checkbox('pinRequired', t('basicsPinRequired'))}
        <button type="submit" class="vsp-button" data-testid="basics-save">
          {t('basicsSave')}
        </button>
        <p role="status" class="vsp-muted vsp-small" data-testid="basics-status">
          {state.kind === 'saving' ? t('optionsSaving') : state.kind === 'saved' ? t('optionsSaved') : ''}
        </p>
        {state.kind === 'failed' ? (
          <p role="alert" class="vsp-error" data-testid="basics-error">
            {t('optionsSaveFailed', { reason: state.reason })}
          </p>
        ) : null}
      </form>
    </OptionsSection>
  );
}
