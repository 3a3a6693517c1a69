import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderOptions } from './render-options';

const RULES = {
  'https://rms.harbor.example': { incidentSelector: '#offense', caseNumberSelector: '#case' },
  'https://cad.harbor.example': { narrativeSelector: 'textarea[name=narr]' },
};

describe('<SiteRulesList> on the options page', () => {
  it('lists each site with its selectors and removes one', async () => {
    const { fake } = renderOptions({ admin: { siteRules: RULES } });
    const [cad, rms] = screen.getAllByTestId('site-rule-row') as [HTMLElement, HTMLElement];
    expect([...rms.children].map((cell) => cell.textContent)).toEqual(['https://rms.harbor.example', '#offense', '#case', 'not set', 'Remove']);
    expect(cad.textContent).toContain('textarea[name=narr]');
    fireEvent.click(screen.getByRole('button', { name: 'Remove the rule for https://cad.harbor.example' }));
    await waitFor(() => expect(Object.keys(fake.admin().options.siteRules)).toEqual(['https://rms.harbor.example']));
    expect(screen.getAllByTestId('site-rule-row')).toHaveLength(1);
  });

  it('binds the teach tools checkbox to teachTools', async () => {
    const { fake } = renderOptions();
    const checkbox = screen.getByLabelText('Show site set-up tools in the panel') as HTMLInputElement;
    expect(checkbox.checked).toBe(false);
    fireEvent.click(checkbox);
    await waitFor(() => expect(fake.admin().options.teachTools).toBe(true));
    expect(checkbox.checked).toBe(true);
    await waitFor(() => expect(screen.getByTestId('site-rules-save-status').textContent).toBe('Saved.'));
    fireEvent.click(checkbox);
    await waitFor(() => expect(fake.admin().options.teachTools).toBe(false));
  });

  it('keeps the box as clicked while saving, and puts it back when the save fails', async () => {
    const { fake } = renderOptions();
    let fail!: () => void;
    fake.platform.updateAdminOptions = vi.fn(() => new Promise<void>((_, reject) => (fail = () => reject(new Error('quota')))));
    const checkbox = screen.getByTestId('teach-tools') as HTMLInputElement;
    fireEvent.click(checkbox);
    await waitFor(() => expect(screen.getByTestId('site-rules-save-status').textContent).toBe('Saving…'));
    expect(checkbox.checked).toBe(true);
    fail();
    expect((await screen.findByTestId('site-rules-save-error')).textContent).toBe('Could not save: quota');
    await waitFor(() => expect(checkbox.checked).toBe(false));
  });

  it('copies the policy fragment with the site rules and previews it', async () => {
    const mappings = [{ match: 'XYZ-77', kind: 'pattern' as const, category: 'elder-abuse-neglect' as const }];
    const { fake } = renderOptions({ admin: { siteRules: RULES, mappings } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy as policy' }));
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toContain('Copied.'));
    expect(fake.platform.copyText).toHaveBeenCalledOnce();
    const copied = JSON.parse((fake.platform.copyText as unknown as { mock: { calls: [string][] } }).mock.calls[0]![0]);
    expect(copied).toEqual({
      incidentMappings: mappings,
      rmsSites: [
        { match: 'https://cad.harbor.example/*', narrativeSelector: 'textarea[name=narr]' },
        { match: 'https://rms.harbor.example/*', incidentSelector: '#offense', caseNumberSelector: '#case' },
      ],
    });
    expect(JSON.parse((screen.getByLabelText('Policy fragment (mappings and site rules)') as HTMLTextAreaElement).value)).toEqual(copied);
  });

  it('says so with an alert when the clipboard is refused', async () => {
    const { fake } = renderOptions();
    (fake.platform.copyText as unknown as { mockResolvedValueOnce(value: boolean): void }).mockResolvedValueOnce(false);
    fireEvent.click(screen.getByTestId('options-copy-policy'));
    expect((await screen.findByRole('alert')).textContent).toContain('refused the clipboard');
  });
});
