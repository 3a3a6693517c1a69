import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MappingsEditor } from '../../../../components/options/MappingsEditor';
import { SiteRulesList } from '../../../../components/options/SiteRulesList';
import { PlatformContext } from '../../../../components/context';
import { createFakePlatform } from '../fake-platform';

describe('fields set by policy', () => {
  it('are shown read-only with "Set by your department"', () => {
    const { platform } = createFakePlatform();
    render(
      <PlatformContext.Provider value={platform}>
        <MappingsEditor mappings={[{ match: 'A', kind: 'exact', category: 'robbery' }]} locked />
        <SiteRulesList options={{ mappings: [], siteRules: { 'https://r.example': { incidentSelector: '#a' } }, teachTools: true }} locked={['rmsSites', 'teachTools']} />
      </PlatformContext.Provider>,
    );
    expect(screen.getByTestId('mappings-locked').textContent).toBe('Set by your department');
    expect(screen.queryByTestId('mapping-remove')).toBeNull();
    expect(screen.queryByLabelText(/match/i, { selector: 'input' })).toBeNull();
    expect(screen.getByTestId('site-rules-locked').textContent).toBe('Set by your department');
    expect(screen.queryByTestId('site-rule-remove')).toBeNull();
    expect((screen.getByTestId('teach-tools') as HTMLInputElement).disabled).toBe(true);
  });
});
