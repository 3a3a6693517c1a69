import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PlatformContext } from '../../../../components/context';
import { SettingsOverview } from '../../../../components/options/SettingsOverview';
import { mergeSettings } from '../../../../lib/settings/merge';
import { SETTINGS_KEYS } from '../../../../lib/settings/schema';
import { createFakePlatform } from '../fake-platform';

function show(policy: unknown, local: unknown, language = 'en') {
  const merged = mergeSettings({ policy, local });
  const { platform } = createFakePlatform({ language });
  render(
    <PlatformContext.Provider value={platform}>
      <SettingsOverview effective={{ values: merged.settings as unknown as Record<string, unknown>, sources: merged.sources }} />
    </PlatformContext.Provider>,
  );
  const row = (key: string) => screen.getAllByTestId('setting-row').find((node) => node.getAttribute('data-setting') === key)!;
  return { row };
}

describe('settings overview', () => {
  it('lists every setting with its value and where it comes from', () => {
    const { row } = show(
      { jurisdiction: 'US-CA', retentionDays: 99999, pinRequired: true, victimLiaison: { name: '<b>Liaison</b>', email: 'liaison@harbor.example' } },
      { teachTools: true },
    );
    expect(screen.getAllByTestId('setting-row')).toHaveLength(SETTINGS_KEYS.length);
    expect(row('jurisdiction').textContent).toContain('US-CA');
    expect(row('jurisdiction').getAttribute('data-source')).toBe('policy');
    expect(row('jurisdiction').textContent).toContain('Set by your department');
    // An invalid policy value is not applied: the default shows, from its own source.
    expect(row('retentionDays').textContent).toContain('30');
    expect(row('retentionDays').getAttribute('data-source')).toBe('default');
    expect(row('pinRequired').textContent).toContain('Yes');
    expect(row('teachTools').getAttribute('data-source')).toBe('local');
    expect(row('languages').textContent).toContain('en, es');
    expect(row('victimLiaison').querySelector('b')).toBeNull();
    expect(row('victimLiaison').textContent).toContain('<b>Liaison</b>');
  });

  it('speaks Spanish', () => {
    const { row } = show({}, {}, 'es');
    expect(row('retentionDays').textContent).toContain('Días que se conservan los incidentes');
    expect(row('retentionDays').textContent).toContain('Predeterminado');
  });
});
