import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { choose, renderOptions, typeInto } from './render-options';

function fillMapping(match: string, kind: 'exact' | 'pattern', category: string, note = '') {
  typeInto(screen.getByTestId('mapping-match'), match);
  choose(screen.getByTestId('mapping-kind'), kind);
  choose(screen.getByTestId('mapping-category'), category);
  if (note) typeInto(screen.getByTestId('mapping-note'), note);
  fireEvent.click(screen.getByTestId('mapping-add'));
}

describe('<MappingsEditor> on the options page', () => {
  it('adds a mapping through updateAdminOptions and says Saved only afterwards', async () => {
    const { fake } = renderOptions();
    expect(screen.getByTestId('mappings-empty')).toBeTruthy();
    fillMapping('  XYZ-77  ', 'pattern', 'elder-abuse-neglect', 'County elder code');
    await waitFor(() => expect(screen.getByTestId('mapping-save-status').textContent).toBe('Saved.'));
    expect(fake.platform.updateAdminOptions).toHaveBeenCalledOnce();
    expect(fake.admin().options.mappings).toEqual([{ match: 'XYZ-77', kind: 'pattern', category: 'elder-abuse-neglect', note: 'County elder code' }]);
    const row = screen.getByTestId('mapping-row');
    expect(row.textContent).toContain('XYZ-77');
    expect(row.textContent).toContain('Pattern (regular expression)');
    expect(row.textContent).toContain('Elder abuse or neglect');
    expect(row.textContent).toContain('County elder code');
    expect((screen.getByTestId('mapping-match') as HTMLInputElement).value).toBe('');
  });

  it('shows an invalid regular expression next to the form and saves nothing', async () => {
    const { fake } = renderOptions();
    fillMapping('XYZ-(77', 'pattern', 'elder-abuse-neglect');
    const errors = await screen.findByTestId('mapping-errors');
    expect(errors.getAttribute('role')).toBe('alert');
    expect(errors.textContent).toContain('invalid regular expression');
    expect(screen.getByTestId('mapping-match').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('mapping-match').getAttribute('aria-describedby')).toContain('vsp-mapping-errors');
    expect(fake.platform.updateAdminOptions).not.toHaveBeenCalled();
    expect(screen.getByTestId('mapping-save-status').textContent).toBe('');
  });

  it('drops an earlier "Saved" when the next attempt is invalid', async () => {
    renderOptions();
    fillMapping('A1', 'exact', 'robbery');
    await waitFor(() => expect(screen.getByTestId('mapping-save-status').textContent).toBe('Saved.'));
    fillMapping('(', 'pattern', 'robbery');
    await screen.findByTestId('mapping-errors');
    expect(screen.getByTestId('mapping-save-status').textContent).toBe('');
  });

  it('asks for a match and a category instead of saving an empty mapping', async () => {
    const { fake } = renderOptions();
    fireEvent.click(screen.getByTestId('mapping-add'));
    const errors = await screen.findByTestId('mapping-errors');
    expect(errors.textContent).toContain('Enter the code or wording to match.');
    expect(errors.textContent).toContain('Choose the kind of victimization.');
    expect(fake.platform.updateAdminOptions).not.toHaveBeenCalled();
  });

  it('refuses a duplicate', async () => {
    const { fake } = renderOptions({ admin: { mappings: [{ match: 'DV1', kind: 'exact', category: 'domestic-family-violence' }] } });
    fillMapping('DV1', 'exact', 'domestic-family-violence');
    expect((await screen.findByTestId('mapping-errors')).textContent).toContain('already in the list');
    expect(fake.platform.updateAdminOptions).not.toHaveBeenCalled();
  });

  it('removes the mapping that was clicked', async () => {
    const { fake } = renderOptions({
      admin: {
        mappings: [
          { match: 'A1', kind: 'exact', category: 'robbery' },
          { match: 'B2', kind: 'exact', category: 'burglary' },
        ],
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove the mapping for A1' }));
    await waitFor(() => expect(fake.admin().options.mappings).toEqual([{ match: 'B2', kind: 'exact', category: 'burglary' }]));
    expect(screen.getAllByTestId('mapping-row')).toHaveLength(1);
    await waitFor(() => expect(screen.getByTestId('mapping-removal-status').textContent).toBe('Saved.'));
  });

  it('says Saving… while the platform stores the change, and Saved only once it has', async () => {
    const { fake } = renderOptions();
    let finish!: () => void;
    const original = fake.platform.updateAdminOptions!;
    fake.platform.updateAdminOptions = vi.fn((change) => new Promise<void>((resolve) => (finish = () => void original(change).then(resolve))));
    fillMapping('XYZ', 'exact', 'robbery');
    await waitFor(() => expect(screen.getByTestId('mapping-save-status').textContent).toBe('Saving…'));
    expect((screen.getByTestId('mapping-add') as HTMLButtonElement).disabled).toBe(true);
    finish();
    await waitFor(() => expect(screen.getByTestId('mapping-save-status').textContent).toBe('Saved.'));
    expect(fake.admin().options.mappings).toHaveLength(1);
  });

  it('reports a failed save as an alert and keeps what was typed', async () => {
    const { fake } = renderOptions();
    fake.platform.updateAdminOptions = vi.fn(async () => {
      throw new Error('mappings[0].match: storage is full');
    });
    fillMapping('XYZ', 'exact', 'robbery');
    const alert = await screen.findByTestId('mapping-save-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('Could not save: mappings[0].match: storage is full');
    expect(screen.getByTestId('mapping-save-status').textContent).toBe('');
    expect((screen.getByTestId('mapping-match') as HTMLInputElement).value).toBe('XYZ');
  });

  it('renders stored text as text', () => {
    const { view } = renderOptions({ admin: { mappings: [{ match: '<img src=x>', kind: 'exact', category: 'robbery', note: '<b>n</b>' }] } });
    expect(view.container.querySelector('img, main b')).toBeNull();
    expect(screen.getByTestId('mapping-row').textContent).toContain('<b>n</b>');
  });
});
