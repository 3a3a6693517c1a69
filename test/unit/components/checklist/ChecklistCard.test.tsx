import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { readingPage, renderPanel } from '../script/render-panel';

const item = (id: string) => document.querySelector(`[data-testid=checklist-item][data-item-id="${id}"]`) as HTMLElement;

describe('checklist card', () => {
  it('shows the items for the crime; a tick says Saved only once stored; a second tap clears it', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' } });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-20')));
    await waitFor(() => expect(item('safety-plan')).toBeTruthy());
    expect(item('forensic-exam-offered')).toBeNull();
    const done = item('safety-plan').querySelector('[data-choice=done]') as HTMLButtonElement;
    await waitFor(() => expect(done.disabled).toBe(false));
    fireEvent.click(done);
    await waitFor(() => expect(screen.getByTestId('checklist-status').getAttribute('data-state')).toBe('saved'));
    expect(item('safety-plan').getAttribute('data-state')).toBe('done');
    expect(done.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(done);
    await waitFor(() => expect(item('safety-plan').getAttribute('data-state')).toBe('open'));
  });

  it('copies a summary naming the rights script and its version, without notes unless asked', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' } });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-21')));
    const record = await screen.findByTestId('record-read');
    await waitFor(() => expect((record as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(record);
    await waitFor(() => expect(item('rights-read').getAttribute('data-state')).toBe('done'));
    fireEvent.input(screen.getByTestId('notes-input'), { target: { value: 'only for me' } });
    await waitFor(() => expect(screen.getByTestId('notes-status').getAttribute('data-state')).toBe('saved'), { timeout: 3000 });
    fireEvent.click(screen.getByTestId('copy-summary'));
    await waitFor(() => expect(fake.platform.copyText).toHaveBeenCalled());
    const text = (fake.platform.copyText as unknown as { mock: { calls: string[][] } }).mock.calls[0]![0]!;
    expect(text).toContain('Case: 26-21');
    expect(text).toContain('script us-ca-en v1.0.0, en');
    expect(text).not.toContain('only for me');
    expect(screen.getByTestId('summary-message').textContent).toContain('Summary copied');
  });
});
