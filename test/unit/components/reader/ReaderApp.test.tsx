import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ReaderApp } from '../../../../components/reader/ReaderApp';
import { fakeSpeech } from '../../speech/fake-synthesis';
import { createFakePlatform } from '../fake-platform';

const sectionIds = () => [...document.querySelectorAll('[data-testid=rights-script] [data-section-id]')].map((node) => node.getAttribute('data-section-id'));

describe('reader mode', () => {
  it('asks for a jurisdiction, then shows its script for the chosen crimes and language', async () => {
    const { platform } = createFakePlatform({ settings: {} });
    render(<ReaderApp platform={platform} />);
    expect(screen.getByTestId('reader-pick-first')).toBeTruthy();
    const picker = screen.getByTestId('reader-jurisdiction') as HTMLSelectElement;
    await waitFor(() => expect([...picker.options].map((option) => option.value)).toContain('US-TX'));

    fireEvent.change(picker, { target: { value: 'US-TX' } });
    const script = await screen.findByTestId('rights-script');
    expect(script.getAttribute('data-script-id')).toBe('us-tx-en');

    fireEvent.click(document.querySelector('input[data-category=domestic-family-violence]')!);
    fireEvent.click(screen.getByTestId('script-whole'));
    expect(sectionIds()).toContain('family-violence-protection');
    expect(sectionIds()).not.toContain('sexual-assault-exam');

    fireEvent.change(screen.getByTestId('victim-language'), { target: { value: 'es' } });
    await waitFor(() => expect(screen.getByTestId('rights-script').getAttribute('data-script-id')).toBe('us-tx-es'));
  });

  it('starts from the department’s jurisdiction, reads aloud in large type, and never offers to record', async () => {
    const speech = fakeSpeech();
    const { platform } = createFakePlatform({ settings: { jurisdiction: 'US-CA' }, speech: speech.host });
    render(<ReaderApp platform={platform} />);
    const script = await screen.findByTestId('rights-script');
    expect(script.classList.contains('vsp-script--large')).toBe(true);
    expect(screen.queryByTestId('record-read')).toBeNull();
    fireEvent.click(screen.getByTestId('speech-play'));
    expect(speech.spoken[0]!.lang).toBe('en-US');
    expect(screen.getByTestId('speech-status').textContent).toBe('Reading…');
    fireEvent.click(screen.getByTestId('speech-stop'));
    expect(screen.getByTestId('speech-status').textContent).toBe('Stopped reading.');
  });
});
