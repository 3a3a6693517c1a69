import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderOptions, typeInto } from './render-options';

describe('<DepartmentBasics>', () => {
  it('saves the jurisdiction, languages and liaison as local settings', async () => {
    const { fake } = renderOptions({ settings: {} });
    typeInto(screen.getByLabelText('Jurisdiction (for example US-CA or GB-ENG)'), 'us-ca');
    typeInto(screen.getByLabelText(/Victims’ languages offered/), 'en, es, vi');
    typeInto(screen.getByLabelText('Name or unit'), 'Victim Services Unit');
    typeInto(screen.getByLabelText('Phone'), '(555) 010-0199');
    fireEvent.click(screen.getByTestId('basics-save'));
    await waitFor(() => expect(screen.getByTestId('basics-status').textContent).toBe('Saved.'));
    expect(fake.platform.updateSettings).toHaveBeenCalledWith(
      expect.objectContaining({
        jurisdiction: 'US-CA',
        languages: ['en', 'es', 'vi'],
        victimLiaison: { name: 'Victim Services Unit', phone: '(555) 010-0199' },
        handoutQrUrl: undefined,
      }),
    );
  });

  it('shows the validation error and keeps what was typed', async () => {
    const { fake } = renderOptions({ settings: {} });
    fake.platform.updateSettings = async () => {
      throw new Error('jurisdiction: must look like "US", "US-CA" or "GB-ENG" (ISO 3166-2)');
    };
    const field = screen.getByLabelText('Jurisdiction (for example US-CA or GB-ENG)') as HTMLInputElement;
    typeInto(field, 'California');
    fireEvent.click(screen.getByTestId('basics-save'));
    await waitFor(() => expect(screen.getByTestId('basics-error').textContent).toContain('ISO 3166-2'));
    expect(field.value).toBe('California');
  });

  it('leaves fields set by policy read-only and out of the saved change', async () => {
    const { fake } = renderOptions({ settings: { jurisdiction: 'US-TX' }, locked: ['jurisdiction'] });
    const field = screen.getByLabelText('Jurisdiction (for example US-CA or GB-ENG)') as HTMLInputElement;
    expect(field.disabled).toBe(true);
    expect(field.value).toBe('US-TX');
    fireEvent.click(screen.getByTestId('basics-save'));
    await waitFor(() => expect(fake.platform.updateSettings).toHaveBeenCalled());
    expect(fake.platform.updateSettings).not.toHaveBeenCalledWith(expect.objectContaining({ jurisdiction: expect.anything() }));
  });
});
