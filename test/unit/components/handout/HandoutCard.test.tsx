import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { readingPage, renderPanel } from '../script/render-panel';

const liaison = { name: 'Harbor County Victim Services Unit', phone: '(503) 555-0100' };

describe('handout card in the panel', () => {
  it('builds the handout in the victim’s language while the panel stays in the officer’s', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA', languages: ['en', 'es'], victimLiaison: liaison, handoutQrUrl: 'https://harbor.example/victims' } });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-31')));
    await screen.findByTestId('rights-script');
    fireEvent.change(screen.getByTestId('victim-language'), { target: { value: 'es' } });
    await waitFor(() => expect(screen.getByTestId('handout').getAttribute('lang')).toBe('es'));
    await waitFor(() => expect(screen.getByTestId('handout').textContent).toContain('Su número de caso'));
    expect(screen.getByTestId('handout-case').textContent).toContain('26-31');
    expect(screen.getByTestId('handout-preview').textContent).toBe('Preview handout');
    expect(fake.page.fetchContent).toHaveBeenCalledWith('_locales/es/messages.json');
  });

  it('prints and records the handout as printed', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA', victimLiaison: liaison } });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-32')));
    await screen.findByTestId('rights-script');
    const print = screen.getByTestId('handout-print') as HTMLButtonElement;
    await waitFor(() => expect(print.disabled).toBe(false));
    // Printing is recorded only once the incident store can record (the same gate as "read").
    await waitFor(() => expect((screen.getByTestId('record-read') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(print);
    expect(fake.page.print).toHaveBeenCalledTimes(1);
    await waitFor(async () => {
      const incident = await (await fake.platform.openIncidentStore()).getIncident('26-32');
      expect(incident?.entries.at(-1)).toMatchObject({ itemId: 'handout-printed', state: 'done', details: { language: 'en', scriptId: 'us-ca-en' } });
    });
  });

  it('is disabled with a reason when the department turns printing off', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA', features: { readAloud: true, print: false, insertIntoReport: true } } });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-33')));
    await screen.findByTestId('rights-script');
    expect((screen.getByTestId('handout-print') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('handout-print-reason').getAttribute('data-reason')).toBe('policy');
    expect(screen.getByTestId('handout-warnings').textContent).toContain('No victim liaison');
  });
});
