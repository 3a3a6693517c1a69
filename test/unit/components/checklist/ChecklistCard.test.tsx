import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../../components/App';
import type { Platform } from '../../../../lib/platform';
import { StorageFullError, createMemoryStore } from '../../../../lib/store';
import { createFakePlatform } from '../fake-platform';
import { readingPage } from '../script/render-panel';

/** The whole panel, with platform methods the fake lacks supplied by the test. */
function renderPanel(options: Parameters<typeof createFakePlatform>[0] = {}, extra: Partial<Pick<Platform, 'insertIntoReport' | 'scheduleReminder'>> = {}) {
  const fake = createFakePlatform(options);
  Object.assign(fake.platform, extra);
  render(<App platform={fake.platform} />);
  return { fake };
}

const item = (id: string) => document.querySelector(`[data-testid=checklist-item][data-item-id="${id}"]`) as HTMLElement;
const choice = (id: string, state: string) => item(id).querySelector(`[data-choice="${state}"]`) as HTMLButtonElement;

async function openIncident(fake: ReturnType<typeof createFakePlatform>, caseNumber: string) {
  act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', caseNumber)));
  await waitFor(() => expect(item('safety-plan')).toBeTruthy());
  await waitFor(() => expect(choice('safety-plan', 'done').disabled).toBe(false));
}

describe('checklist card', () => {
  it('shows the items for the crime; a tick says Saved (politely) only once stored; a second tap clears it', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' } });
    await openIncident(fake, '26-20');
    expect(item('forensic-exam-offered')).toBeNull();
    fireEvent.click(choice('safety-plan', 'done'));
    const status = item('safety-plan').querySelector('[data-testid=checklist-item-status]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(status.getAttribute('data-state')).toBe('saved'));
    expect(status.textContent).toBe('Saved');
    expect(item('safety-plan').getAttribute('data-state')).toBe('done');
    expect(choice('safety-plan', 'done').getAttribute('aria-pressed')).toBe('true');
    expect(item('safety-plan').querySelector('[data-testid=checklist-item-when]')!.textContent).toMatch(/^at /);
    const stored = await (await fake.platform.openIncidentStore()).getIncident('26-20');
    expect(stored!.entries).toMatchObject([{ itemId: 'safety-plan', state: 'done' }]);
    fireEvent.click(choice('safety-plan', 'declined'));
    await waitFor(() => expect(item('safety-plan').getAttribute('data-state')).toBe('declined'));
    fireEvent.click(choice('safety-plan', 'declined'));
    await waitFor(() => expect(item('safety-plan').getAttribute('data-state')).toBe('open'));
  });

  it('records the interpreter’s details inline with the tick, and shows the never-a-child guidance', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' } });
    await openIncident(fake, '26-22');
    expect(item('interpreter').textContent).toContain('Never ask a child to interpret');
    const language = item('interpreter').querySelector('input[type=text]') as HTMLInputElement;
    fireEvent.input(language, { target: { value: 'Vietnamese' } });
    fireEvent.click(item('interpreter').querySelectorAll('input[type=radio]')[0]!);
    fireEvent.click(choice('interpreter', 'done'));
    await waitFor(() => expect(item('interpreter').getAttribute('data-state')).toBe('done'));
    const stored = await (await fake.platform.openIncidentStore()).getIncident('26-22');
    expect(stored!.entries.at(-1)).toMatchObject({ itemId: 'interpreter', state: 'done', details: { language: 'Vietnamese', professional: true } });
  });

  it('autosaves notes after a pause and keeps the text in the box', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' } });
    await openIncident(fake, '26-23');
    const notes = screen.getByTestId('notes-input') as HTMLTextAreaElement;
    fireEvent.input(notes, { target: { value: 'Prefers contact by text' } });
    expect(screen.getByTestId('notes-status').getAttribute('data-state')).toBe('idle');
    await waitFor(() => expect(screen.getByTestId('notes-status').getAttribute('data-state')).toBe('saved'), { timeout: 3000 });
    expect(notes.value).toBe('Prefers contact by text');
    const stored = await (await fake.platform.openIncidentStore()).getIncident('26-23');
    expect(stored!.notes.map((note) => note.text)).toEqual(['Prefers contact by text']);
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
    const copy = vi.mocked(fake.platform.copyText!);
    const text = copy.mock.calls[0]![0];
    expect(text).toContain('Case: 26-21');
    expect(text).toContain('script us-ca-en v1.0.0, en');
    expect(text).not.toContain('only for me');
    await waitFor(() => expect(screen.getByTestId('summary-message').textContent).toContain('Summary copied'));
    fireEvent.click(screen.getByLabelText('Include my notes in the summary'));
    fireEvent.click(screen.getByTestId('copy-summary'));
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(2));
    expect(copy.mock.calls[1]![0]).toContain('only for me');
  });

  it('inserts into the report when the department allows it, and says when there is no field', async () => {
    const insertIntoReport = vi.fn(async (_text: string) => 'no-field' as const);
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' } }, { insertIntoReport });
    await openIncident(fake, '26-24');
    fireEvent.click(choice('safety-plan', 'done'));
    const insert = (await screen.findByTestId('insert-summary')) as HTMLButtonElement;
    await waitFor(() => expect(insert.disabled).toBe(false));
    fireEvent.click(insert);
    await waitFor(() => expect(screen.getByTestId('summary-message').textContent).toContain('No narrative field'));
    expect(insertIntoReport.mock.calls[0]![0]).toContain('Safety plan discussed');
  });

  it('says that this window keeps nothing (memory store)', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' } });
    await openIncident(fake, '26-25');
    expect(screen.getByTestId('storage-banner').textContent).toContain('cannot keep incident records');
  });

  it('says when the disk is full, keeps the tick pending and stores it on "Try again now"', async () => {
    const store = createMemoryStore({ crypto, pbkdf2Iterations: 1000 });
    const real = store.appendEntry.bind(store);
    vi.spyOn(store, 'appendEntry').mockRejectedValueOnce(new StorageFullError()).mockImplementation(real);
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, store });
    await openIncident(fake, '26-28');
    fireEvent.click(choice('safety-plan', 'done'));
    const banner = await screen.findByTestId('storage-full-banner');
    expect(banner.textContent).toContain('storage is full');
    expect(item('safety-plan').querySelector('[data-testid=checklist-item-status]')!.textContent).toContain('trying again');
    fireEvent.click(screen.getByTestId('storage-retry'));
    await waitFor(() => expect(item('safety-plan').getAttribute('data-state')).toBe('done'));
    await waitFor(() => expect(screen.queryByTestId('storage-full-banner')).toBeNull());
  });

  it('deletes the incident only after an inline confirmation', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' } });
    await openIncident(fake, '26-26');
    fireEvent.click(choice('safety-plan', 'done'));
    fireEvent.click(await screen.findByTestId('delete-incident'));
    expect(document.querySelector('[role=dialog]')).toBeNull();
    fireEvent.click(screen.getByTestId('delete-confirm'));
    await waitFor(() => expect(item('safety-plan').getAttribute('data-state')).toBe('open'));
    expect(await (await fake.platform.openIncidentStore()).getIncident('26-26')).toBeNull();
  });
});

describe('lock screen', () => {
  it('renders nothing about the incident while locked, says a PIN is wrong, and opens with the right one', async () => {
    const store = createMemoryStore({ crypto, pbkdf2Iterations: 1000 });
    await store.unlock();
    await store.appendEntry('26-27', { itemId: 'safety-plan', state: 'done' });
    await store.addNote('26-27', 'secret note');
    await store.setPin('1357');
    store.lock();
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, store });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-27')));
    await screen.findByTestId('lock-screen');
    expect(document.querySelector('[data-testid=checklist-item]')).toBeNull();
    expect(screen.queryByTestId('notes-input')).toBeNull();
    expect(document.body.textContent).not.toContain('secret note');
    const pin = screen.getByLabelText('PIN');
    fireEvent.input(pin, { target: { value: '0000' } });
    fireEvent.click(screen.getByTestId('unlock'));
    await waitFor(() => expect(screen.getByTestId('lock-problem').textContent).toContain('Wrong PIN'));
    fireEvent.input(pin, { target: { value: '1357' } });
    fireEvent.click(screen.getByTestId('unlock'));
    await waitFor(() => expect(item('safety-plan').getAttribute('data-state')).toBe('done'));
    fireEvent.click(screen.getByTestId('lock-now'));
    await screen.findByTestId('lock-screen');
    expect(document.querySelector('[data-testid=checklist-item]')).toBeNull();
  });

  it('counts down before another PIN may be tried after too many wrong ones', async () => {
    const store = createMemoryStore({ crypto, pbkdf2Iterations: 1000 });
    await store.unlock();
    await store.setPin('1357');
    store.lock();
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, store });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-29')));
    await screen.findByTestId('lock-screen');
    const unlock = screen.getByTestId('unlock') as HTMLButtonElement;
    fireEvent.input(screen.getByLabelText('PIN'), { target: { value: '0000' } });
    for (let attempt = 0; attempt < 6 && !unlock.disabled; attempt++) {
      fireEvent.click(unlock);
      await waitFor(() => expect(screen.getByTestId('lock-problem')).toBeTruthy());
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await waitFor(() => expect(screen.getByTestId('lock-problem').textContent).toMatch(/Try again in \d+ s/));
    expect(unlock.disabled).toBe(true);
  });
});
