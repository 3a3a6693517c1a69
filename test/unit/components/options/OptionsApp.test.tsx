import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderOptions } from './render-options';

describe('<OptionsApp>', () => {
  it('has one h1 and a h2 per section, in order', () => {
    renderOptions();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Victim services: department settings');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Incident-code mappings', 'Test a call-type list', 'Site rules', 'Local referral directory', 'Your own rights scripts', 'Incident records on this device']);
  });

  it('lists ignored settings as a status, not an alert', () => {
    renderOptions({ problems: [{ path: 'mappings[2].match', message: 'invalid regular expression "(": Unterminated group' }] });
    const notice = screen.getByTestId('options-problems');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('Setting mappings[2].match: invalid regular expression "(": Unterminated group');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('has a label for every control', () => {
    const { view } = renderOptions({ admin: { siteRules: { 'https://rms.example': { incidentSelector: '#x' } } } });
    for (const control of view.container.querySelectorAll('input, select, textarea')) {
      const id = control.getAttribute('id');
      const labelled = (id && view.container.querySelector(`label[for="${id}"]`)) || control.closest('label');
      expect(labelled, control.outerHTML).toBeTruthy();
    }
  });

  it('speaks Spanish, categories included', () => {
    renderOptions({ language: 'es', admin: { mappings: [{ match: 'A1', kind: 'exact', category: 'elder-abuse-neglect' }] } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Servicios a víctimas: configuración del departamento');
    expect(document.querySelector('.vsp-app')!.getAttribute('lang')).toBe('es');
    expect(screen.getByLabelText('Tipo de victimización').textContent).toContain('Maltrato o negligencia de personas mayores');
    expect(screen.getByTestId('mapping-row').textContent).toContain('Exacta (código o texto)');
    expect(screen.getByRole('button', { name: 'Probar' })).toBeTruthy();
    expect(screen.getByLabelText('Mostrar las herramientas de configuración del sitio en el panel')).toBeTruthy();
  });
});
