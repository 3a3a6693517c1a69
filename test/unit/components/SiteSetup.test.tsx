import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../../components/App';
import { createFakePlatform } from './fake-platform';

const reading = { kind: 'reading' as const, tabId: 1, page: { title: 'Report', url: 'https://rms.example/1' } };

describe('site set-up (teach mode)', () => {
  it('is hidden unless the department turned it on', () => {
    const fake = createFakePlatform();
    render(<App platform={fake.platform} />);
    act(() => fake.setPage(reading));
    expect(screen.queryByTestId('site-setup')).toBeNull();
  });

  it('saves the pointed field as the site rule for that origin', async () => {
    const fake = createFakePlatform({ admin: { teachTools: true }, taught: { origin: 'https://rms.example', selector: '#incType', sample: 'DOM VIOL' } });
    render(<App platform={fake.platform} />);
    act(() => fake.setPage(reading));
    fireEvent.click(screen.getByTestId('point-incident'));
    await waitFor(() => expect(screen.getByTestId('site-setup-status').textContent).toContain('Saved for https://rms.example: #incType'));
    expect(fake.admin().options.siteRules).toEqual({ 'https://rms.example': { incidentSelector: '#incType' } });
    fireEvent.click(screen.getByTestId('point-case'));
    await waitFor(() => expect(fake.admin().options.siteRules['https://rms.example']).toEqual({ incidentSelector: '#incType', caseNumberSelector: '#incType' }));
  });

  it('says when pointing was cancelled and saves nothing', async () => {
    const fake = createFakePlatform({ admin: { teachTools: true } });
    render(<App platform={fake.platform} />);
    act(() => fake.setPage(reading));
    fireEvent.click(screen.getByTestId('point-incident'));
    await waitFor(() => expect(screen.getByTestId('site-setup-status').textContent).toContain('Cancelled'));
    expect(fake.admin().options.siteRules).toEqual({});
  });

  it('copies the rules as a policy fragment', async () => {
    const fake = createFakePlatform({ admin: { teachTools: true, siteRules: { 'https://rms.example': { incidentSelector: '#t' } } } });
    render(<App platform={fake.platform} />);
    act(() => fake.setPage(reading));
    fireEvent.click(screen.getByTestId('copy-policy'));
    await waitFor(() => expect(screen.getByTestId('site-setup-status').textContent).toBe('Copied.'));
    const copied = JSON.parse((fake.platform.copyText as unknown as { mock: { calls: string[][] } }).mock.calls[0]![0]!);
    expect(copied.rmsSites).toEqual([{ match: 'https://rms.example/*', incidentSelector: '#t' }]);
  });
});

describe('department settings in the panel', () => {
  it('applies department mappings to what is read', () => {
    const fake = createFakePlatform({ admin: { mappings: [{ match: 'XYZ-77', kind: 'exact', category: 'elder-abuse-neglect' }] } });
    render(<App platform={fake.platform} />);
    act(() =>
      fake.setPage({ ...reading, page: { ...reading.page, reading: { hasIncidentField: true, signals: [{ text: 'XYZ-77', label: 'Call Type', source: 'table', frame: 'top', at: 0 }] } } }),
    );
    expect(screen.getByTestId('incident-category').getAttribute('data-category')).toBe('elder-abuse-neglect');
  });

  it('lists ignored settings with their path, as a status', () => {
    const fake = createFakePlatform({ problems: [{ path: 'mappings[2].category', message: 'Invalid option' }] });
    render(<App platform={fake.platform} />);
    const notice = screen.getByTestId('settings-problems');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('mappings[2].category: Invalid option');
  });
});
