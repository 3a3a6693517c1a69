import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../../components/App';
import type { PageReading } from '../../../lib/page-reader/types';
import { createFakePlatform } from './fake-platform';

const reading = (texts: string[], caseNumber?: string): PageReading => ({
  hasIncidentField: true,
  signals: texts.map((text) => ({ text, label: 'Incident Type', source: 'label', frame: 'top', at: 1 })),
  ...(caseNumber ? { caseNumber: { value: caseNumber, label: 'Case #' } } : {}),
});

function show(fake: ReturnType<typeof createFakePlatform>, value: PageReading | undefined, url = 'https://rms.example/1') {
  act(() => fake.setPage({ kind: 'reading', tabId: 1, page: { title: 'Report', url, ...(value ? { reading: value } : {}) } }));
}

const categories = () => screen.queryAllByTestId('incident-category').map((node) => node.getAttribute('data-category'));

describe('incident card', () => {
  it('shows what was read, from which field, and what it means, best first', () => {
    const fake = createFakePlatform();
    render(<App platform={fake.platform} />);
    show(fake, reading(['DOM VIOL - BATTERY'], '2026-004417'));
    expect(screen.getByTestId('incident-text').textContent).toBe('DOM VIOL - BATTERY');
    expect(document.body.textContent).toContain('Read from “Incident Type”');
    expect(screen.getByTestId('case-number').textContent).toBe('Case 2026-004417');
    expect(categories()[0]).toBe('domestic-family-violence');
    expect(screen.getAllByText('Why?').length).toBeGreaterThan(0);
  });

  it('announces the recognised kind politely without moving focus', () => {
    const fake = createFakePlatform();
    render(<App platform={fake.platform} />);
    const focused = document.activeElement;
    show(fake, reading(['646.9 PC - STALKING']));
    const live = document.querySelector('[aria-live=polite][aria-atomic=true]')!;
    expect(live.textContent).toBe('Recognised: Stalking or harassment');
    expect(document.activeElement).toBe(focused);
  });

  it('says when the page has no incident field, or nothing was recognised', () => {
    const fake = createFakePlatform();
    render(<App platform={fake.platform} />);
    show(fake, { hasIncidentField: false, signals: [] });
    expect(screen.getByTestId('incident-message').textContent).toContain('No incident type on this page');
    show(fake, { hasIncidentField: true, signals: [] });
    expect(screen.getByTestId('incident-message').textContent).toContain('still empty');
    show(fake, reading(['TRAFFIC STOP']));
    expect(screen.getByTestId('incident-message').textContent).toContain('No victimization recognised');
    expect(categories()).toEqual([]);
  });

  it('keeps an officer correction per incident, and undoes it', () => {
    const fake = createFakePlatform();
    render(<App platform={fake.platform} />);
    show(fake, reading(['DOM VIOL - BATTERY'], 'A-1'));
    fireEvent.click(screen.getByTestId('change-category'));
    fireEvent.change(screen.getByTestId('category-picker'), { target: { value: 'teen-dating' } });
    fireEvent.click(screen.getByTestId('use-category'));
    expect(categories()).toEqual(['teen-dating']);
    expect(screen.getByTestId('incident-category').textContent).toContain('Chosen by you');
    // Another incident is unaffected; coming back keeps the correction.
    show(fake, reading(['211 PC - ROBBERY'], 'B-2'));
    expect(categories()).toEqual(['robbery']);
    show(fake, reading(['DOM VIOL - BATTERY'], 'A-1'));
    expect(categories()).toEqual(['teen-dating']);
    fireEvent.click(screen.getByTestId('undo-correction'));
    expect(categories()[0]).toBe('domestic-family-violence');
  });

  it('shows page text as text', () => {
    const fake = createFakePlatform();
    const { container } = render(<App platform={fake.platform} />);
    show(fake, reading(['<script>alert(1)</script> ROBBERY']));
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByTestId('incident-text').textContent).toBe('<script>alert(1)</script> ROBBERY');
  });

  it('labels categories in the officer’s language', () => {
    const fake = createFakePlatform({ language: 'es' });
    render(<App platform={fake.platform} />);
    show(fake, reading(['211 PC - ROBBERY']));
    expect(screen.getByTestId('incident-category').textContent).toContain('Robo con violencia o intimidación');
  });
});
