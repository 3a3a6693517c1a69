import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { readingPage, renderPanel } from '../script/render-panel';

describe('risk screen in the checklist', () => {
  it('is offered for domestic violence, marked as an example, shows the protocol when triggered, and saves the answers', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' } });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-30')));
    const panel = await screen.findByTestId('risk-screen');
    expect(panel.textContent).toContain('EXAMPLE ONLY');
    const firstYes = panel.querySelector('ol li input[type=radio]') as HTMLInputElement;
    fireEvent.click(firstYes);
    await waitFor(() => expect(screen.getByTestId('risk-triggered').textContent).toContain('follow the protocol'));
    const save = screen.getByTestId('risk-save') as HTMLButtonElement;
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await waitFor(() => expect(document.querySelector('[data-item-id=lethality-assessment]')!.getAttribute('data-state')).toBe('done'));
    const incident = await (await fake.platform.openIncidentStore()).getIncident('26-30');
    expect(incident!.entries.at(-1)!.details).toMatchObject({ screenId: 'example-dv-screen', triggered: true, answers: ['afraid-tonight=yes'] });
  });

  it('is not offered for a burglary', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' } });
    act(() => fake.setPage(readingPage('BURGLARY - RESIDENTIAL', '26-31')));
    await screen.findByTestId('rights-script');
    await waitFor(() => expect(document.querySelector('[data-testid=checklist-item]')).toBeTruthy());
    expect(screen.queryByTestId('risk-screen')).toBeNull();
  });
});
