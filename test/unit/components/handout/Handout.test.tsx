import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Handout } from '../../../../components/handout/Handout';
import { selectScript } from '../../../../lib/content/select-script';
import { qrMatrix } from '../../../../lib/handout/qr';
import { buildHandout } from '../../../../lib/handout/build-handout';
import { translatorFromFiles } from '../../../../lib/i18n';
import en from '../../../../public/_locales/en/messages.json';
import es from '../../../../public/_locales/es/messages.json';
import { given, incidentWith, library } from '../../handout/fixtures';

const files = { en, es };

function spanishHandout(overrides: Partial<Parameters<typeof buildHandout>[0]> = {}) {
  return buildHandout({
    selection: selectScript(library, { jurisdiction: 'US-CA', categories: ['domestic-family-violence'], language: 'es', federalBaseline: true }),
    incident: incidentWith([given(1, 'haven', 'Harbor Safe Haven', { phone: '(503) 555-0142', textLine: '741741', website: 'https://haven.example' })]),
    caseNumber: '2026-004417',
    language: 'es',
    liaison: { name: 'Unidad de Servicios a Víctimas', phone: '(503) 555-0100', email: 'victimas@harbor.example', hours: 'L–V 8–17' },
    qrUrl: 'https://harbor.example/victimas',
    qrMatrix,
    department: 'Harbor County Sheriff',
    now: new Date(2026, 10, 22, 12),
    ...overrides,
  });
}

const headings = () => [...document.querySelectorAll('[data-testid=handout] h3')].map((node) => node.textContent);

describe('<Handout>', () => {
  it('prints the case number, the rights, the contact and the services, in Spanish for a Spanish script', () => {
    const handout = spanishHandout();
    render(<Handout handout={handout} victimT={translatorFromFiles(files, handout.language)} />);
    const root = screen.getByTestId('handout');
    expect(root.classList.contains('vsp-handout')).toBe(true);
    expect(root.getAttribute('lang')).toBe('es');
    expect(headings()).toEqual([es.handoutCase.message, es.handoutContact.message, es.handoutServices.message, es.handoutRights.message]);
    expect(screen.getByTestId('handout-case').textContent).toContain('2026-004417');
    expect(root.textContent).toContain('Harbor County Sheriff');
    expect(root.textContent).toContain('22 de noviembre de 2026');

    const titles = [...root.querySelectorAll('[data-section-id] h4')].map((node) => node.textContent);
    expect(titles).toContain('Sobre los Derechos de Marsy');
    expect(titles).toContain('Trato justo, dignidad y privacidad'); // the federal baseline, also in Spanish
    expect(titles.join(' ')).not.toMatch(/About Marsy|Your safety/);
    const cite = root.querySelector('[data-section-id=introduction] .vsp-handout-cite a') as HTMLAnchorElement;
    expect(cite.href).toMatch(/^https:\/\//);
    expect(cite.rel).toBe('noopener noreferrer');
    expect(root.textContent).toContain(es.handoutCurrent.message.split(' {date}')[0]!);

    const contact = screen.getByTestId('handout-contact').textContent!;
    expect(contact).toContain('Unidad de Servicios a Víctimas');
    expect(contact).toContain('Teléfono: (503) 555-0100');
    expect(contact).toContain('victimas@harbor.example');

    const services = screen.getByTestId('handout-referrals').textContent!;
    expect(services).toContain('Harbor Safe Haven');
    expect(services).toContain('Mensaje de texto: 741741');
    expect(services).toContain('Sitio web: https://haven.example');
  });

  it('draws the QR code as an SVG path, with its address printed beside it', () => {
    const handout = spanishHandout();
    render(<Handout handout={handout} victimT={translatorFromFiles(files, 'es')} />);
    const qr = screen.getByTestId('handout-qr');
    const svg = qr.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Código QR de https://harbor.example/victimas');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${handout.qr!.matrix.length + 8} ${handout.qr!.matrix.length + 8}`);
    expect(qr.querySelector('path')!.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(qr.textContent).toContain('https://harbor.example/victimas');
  });

  it('says what is missing instead of inventing it, and leaves out what is empty', () => {
    const handout = spanishHandout({ selection: null, caseNumber: undefined, liaison: undefined, qrUrl: undefined, incident: null });
    render(<Handout handout={handout} victimT={translatorFromFiles(files, 'es')} />);
    const root = screen.getByTestId('handout');
    expect(root.textContent).toContain(es.handoutNoScript.message);
    expect(root.textContent).toContain(es.handoutCaseMissing.message);
    expect(root.textContent).toContain(es.handoutNoContact.message);
    expect(screen.queryByTestId('handout-referrals')).toBeNull();
    expect(screen.queryByTestId('handout-qr')).toBeNull();
    expect(root.querySelector('[data-section-id]')).toBeNull();
  });

  it('speaks English when handed the English translator and an English script', () => {
    const handout = spanishHandout({ selection: selectScript(library, { jurisdiction: 'US-CA', categories: [], language: 'en' }), language: 'en' });
    render(<Handout handout={handout} victimT={translatorFromFiles(files, 'en')} />);
    expect(headings()[0]).toBe('Your case number');
    expect(screen.getByTestId('handout').getAttribute('lang')).toBe('en');
  });
});
