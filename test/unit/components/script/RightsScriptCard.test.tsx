import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeSpeech } from '../../speech/fake-synthesis';
import { readingPage, renderPanel } from './render-panel';

const sectionIds = () => [...document.querySelectorAll('[data-testid=rights-script] [data-section-id]')].map((node) => node.getAttribute('data-section-id'));

describe('rights script card', () => {
  it('asks for a jurisdiction instead of guessing one', async () => {
    const { fake } = renderPanel({ settings: {} });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-1')));
    await waitFor(() => expect(screen.getByTestId('script-no-jurisdiction')).toBeTruthy());
    expect(screen.queryByTestId('rights-script')).toBeNull();
  });

  it('shows the state’s base rights, then the add-ons for the crime, one section at a time or whole', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' } });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-1')));
    const script = await screen.findByTestId('rights-script');
    expect(script.getAttribute('data-script-id')).toBe('us-ca-en');
    expect(screen.getByTestId('section-progress').textContent).toMatch(/^1 of \d+$/);
    fireEvent.click(screen.getByTestId('section-next'));
    expect(screen.getByTestId('section-progress').textContent).toMatch(/^2 of/);
    fireEvent.click(screen.getByTestId('script-whole'));
    const ids = sectionIds();
    expect(ids[0]).toBe('introduction');
    expect(ids).toContain('domestic-violence-safety');
    expect(ids).not.toContain('sexual-assault-rights');
    // Base sections come before every add-on.
    expect(ids.indexOf('resources')).toBeLessThan(ids.indexOf('domestic-violence-safety'));
    // Each section cites its source as a link.
    const link = script.querySelector('.vsp-sources a') as HTMLAnchorElement;
    expect(link.href).toMatch(/^https:\/\//);
    expect(link.rel).toBe('noopener noreferrer');
  });

  it('switches to the victim’s language and shows the officer’s beside it', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA', languages: ['en', 'es'] } });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-1')));
    await screen.findByTestId('rights-script');
    fireEvent.change(screen.getByTestId('victim-language'), { target: { value: 'es' } });
    await waitFor(() => expect(screen.getByTestId('rights-script').getAttribute('data-language')).toBe('es'));
    fireEvent.click(screen.getByTestId('side-by-side'));
    // Officer's language on the left, the victim's on the right, the same section in both.
    const pair = document.querySelector('.vsp-bilingual')!;
    const halves = [...pair.querySelectorAll('[data-section-id]')];
    expect(halves.map((node) => node.getAttribute('lang'))).toEqual(['en', 'es']);
    expect(halves.map((node) => node.getAttribute('data-section-id'))).toEqual(['introduction', 'introduction']);
  });

  it('reads aloud in the victim’s language and records "read to the victim" with the script version', async () => {
    const speech = fakeSpeech();
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA', languages: ['en', 'es'] }, speech: speech.host });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-1')));
    await screen.findByTestId('rights-script');
    fireEvent.change(screen.getByTestId('victim-language'), { target: { value: 'es' } });
    await waitFor(() => expect(screen.getByTestId('rights-script').getAttribute('data-language')).toBe('es'));
    fireEvent.click(screen.getByTestId('speech-play'));
    expect(speech.spoken.length).toBe(1);
    expect(speech.spoken[0]!.lang).toBe('es-MX');
    expect(document.querySelector('.vsp-speaking')?.textContent).toBe(speech.spoken[0]!.text);
    act(() => speech.finish());
    expect(speech.spoken.length).toBe(2);
    fireEvent.click(screen.getByTestId('speech-stop'));

    await waitFor(() => expect((screen.getByTestId('record-read') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('record-read'));
    await waitFor(() => expect(screen.getByTestId('script-recorded').textContent).toMatch(/Read at .+ \(es\)/));
    const store = await fake.platform.openIncidentStore();
    const incident = await store.getIncident('26-1');
    expect(incident!.entries.at(-1)).toMatchObject({ itemId: 'rights-read', state: 'done', details: { scriptId: 'us-ca-es', version: '1.0.0', language: 'es' } });
  });
});
