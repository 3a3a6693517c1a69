import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeSpeech, voice } from '../../speech/fake-synthesis';
import { categoryLabel } from '../../../../lib/taxonomy';
import { renderCard } from './render-card';

const sectionIds = () => [...document.querySelectorAll('[data-testid=rights-script] [data-section-id]')].map((node) => node.getAttribute('data-section-id'));

describe('rights script card (with a fake recorder)', () => {
  it('shows progress, pages section by section, and shows the whole script', async () => {
    const { stop } = renderCard({ settings: { jurisdiction: 'US-CA' }, categories: ['domestic-family-violence'] });
    await screen.findByTestId('rights-script');
    const total = Number(/of (\d+)/.exec(screen.getByTestId('section-progress').textContent ?? '')?.[1]);
    expect(screen.getByTestId('section-progress').textContent).toBe(`1 of ${total}`);
    expect((screen.getByTestId('section-previous') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('section-next'));
    fireEvent.click(screen.getByTestId('section-next'));
    expect(screen.getByTestId('section-progress').textContent).toBe(`3 of ${total}`);
    expect(sectionIds()).toEqual(['privacy']);
    fireEvent.click(screen.getByTestId('script-whole'));
    expect(sectionIds()).toHaveLength(total);
    expect(screen.queryByTestId('section-progress')).toBeNull();
    stop();
  });

  it('marks required sections, names the add-on’s crime, links citations safely, and warns that it is a draft', async () => {
    const { stop } = renderCard({ settings: { jurisdiction: 'US-CA' }, categories: ['domestic-family-violence'] });
    await screen.findByTestId('rights-script');
    fireEvent.click(screen.getByTestId('script-whole'));
    const addon = document.querySelector('[data-section-id=domestic-violence-safety]')!;
    expect(addon.textContent).toContain(`For: ${categoryLabel('domestic-family-violence', 'en')}`);
    expect(document.body.textContent).toContain('Required by law');
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.vsp-sources a')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    expect(screen.getByTestId('script-meta').textContent).toMatch(/US-CA · version 1\.0\.0 · last reviewed .*2026.*Draft/);
    expect(screen.getByTestId('script-notice').textContent).toMatch(/counsel/);
    stop();
  });

  it('records "read to the victim" and "written copy given" with the script, then shows the time', async () => {
    const { record, stop } = renderCard({ settings: { jurisdiction: 'US-CA' } });
    await screen.findByTestId('rights-script');
    fireEvent.click(screen.getByTestId('record-read'));
    await waitFor(() => expect(screen.getByTestId('script-recorded').textContent).toMatch(/^Read at .+ \(en\)$/));
    fireEvent.click(screen.getByTestId('record-written'));
    await waitFor(() => expect(screen.getByTestId('script-recorded').textContent).toContain('Written copy given at'));
    expect(record.mock.calls.map(([entry]) => entry)).toEqual([
      { itemId: 'rights-read', state: 'done', details: { scriptId: 'us-ca-en', version: '1.0.0', language: 'en' } },
      { itemId: 'rights-card-given', state: 'done', details: { scriptId: 'us-ca-en', version: '1.0.0', language: 'en' } },
    ]);
    stop();
  });

  it('disables recording with the reason when nothing can be recorded', async () => {
    const { record, stop } = renderCard({ settings: { jurisdiction: 'US-CA' }, canRecord: false });
    await screen.findByTestId('rights-script');
    const button = screen.getByTestId('record-read') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBe('vsp-record-why');
    expect(screen.getByTestId('script-cannot-record').textContent).toContain('Open an incident report');
    fireEvent.click(button);
    expect(record).not.toHaveBeenCalled();
    stop();
  });

  it('says plainly when the device has no voice for the victim’s language', async () => {
    const speech = fakeSpeech([voice('en-US', 'Ava')]);
    const { stop } = renderCard({ settings: { jurisdiction: 'US-CA', languages: ['en', 'es'], defaultVictimLanguage: 'es' }, speech: speech.host });
    await screen.findByTestId('read-aloud');
    await waitFor(() => expect(screen.getByTestId('speech-status').textContent).toContain('no voice for Spanish'));
    expect((screen.getByTestId('speech-play') as HTMLButtonElement).disabled).toBe(true);
    stop();
  });

  it('keeps reading when the selection is recomputed with the same words, and highlights the sentence read', async () => {
    const speech = fakeSpeech();
    const { categories, stop } = renderCard({ settings: { jurisdiction: 'US-CA' }, categories: ['stalking-harassment'], speech: speech.host });
    await screen.findByTestId('read-aloud');
    fireEvent.click(screen.getByTestId('speech-play'));
    act(() => speech.finish());
    expect(document.querySelector('.vsp-speaking')?.textContent?.trim()).toBe(speech.spoken[1]!.text);
    act(() => void (categories.value = ['stalking-harassment']));
    expect(screen.getByTestId('speech-status').textContent).toBe('Reading…');
    act(() => void (categories.value = ['identity-theft-fraud']));
    expect(screen.getByTestId('speech-status').textContent).not.toBe('Reading…');
    stop();
  });

  it('hides the read-aloud bar when the department turned it off', async () => {
    const { stop } = renderCard({ settings: { jurisdiction: 'US-CA', features: { readAloud: false } }, speech: fakeSpeech().host });
    await screen.findByTestId('rights-script');
    expect(screen.queryByTestId('read-aloud')).toBeNull();
    stop();
  });
});
