import type { MessageKey } from '../../lib/i18n';
import type { AdminOptionsState } from '../../lib/settings/admin-options';
import { SETTINGS_KEYS } from '../../lib/settings/schema';
import { usePlatform } from '../context';
import { OptionsSection } from './OptionsSection';

const MAX_SHOWN = 160;

const labelKey = (key: string) => `setting${key[0]!.toUpperCase()}${key.slice(1)}` as MessageKey;

/** Every setting, its value in effect and its source: the one place to see what policy fixes. */
export function SettingsOverview({ effective }: { effective: NonNullable<AdminOptionsState['effective']> }) {
  const { t } = usePlatform();
  const show = (value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('valueNotSet');
    if (typeof value === 'boolean') return t(value ? 'valueYes' : 'valueNo');
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (Array.isArray(value)) {
      if (value.every((item) => typeof item === 'string')) return value.join(', ') || t('valueNotSet');
      return t('valueEntries', { count: value.length });
    }
    const text = JSON.stringify(value);
    return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
  };
  const source = (key: string) => {
    const from = effective.sources[key];
    return from === 'policy' ? t('setByDepartment') : from === 'local' ? t('sourceLocal') : t('sourceDefault');
  };
  return (
    <OptionsSection id="vsp-overview-heading" testId="settings-overview" heading="overviewHeading" intro="overviewIntro">
      <table class="vsp-table">
        <thead>
          <tr>
            <th scope="col">{t('overviewColumnSetting')}</th>
            <th scope="col">{t('overviewColumnValue')}</th>
            <th scope="col">{t('overviewColumnSource')}</th>
          </tr>
        </thead>
        <tbody>
          {SETTINGS_KEYS.map((key) => (
            <tr key={key} data-testid="setting-row" data-setting={key} data-source={effective.sources[key] ?? 'default'}>
              <th scope="row">{t(labelKey(key))}</th>
              <td class="vsp-overview-value">{show(effective.values[key])}</td>
              <td>{source(key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </OptionsSection>
  );
}
