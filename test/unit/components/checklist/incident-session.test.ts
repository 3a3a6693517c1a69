import { describe, expect, it, vi } from 'vitest';
import { createIncidentSession } from '../../../../components/checklist/incident-session';
import { createPanelStore } from '../../../../components/panel-store';
import { StorageFullError, createMemoryStore } from '../../../../lib/store';
import { createFakePlatform } from '../fake-platform';
import { readingPage } from '../script/render-panel';

function setUp(options: Parameters<typeof createFakePlatform>[0] = {}) {
  const store = options.store ?? createMemoryStore({ crypto, pbkdf2Iterations: 1000 });
  const fake = createFakePlatform({ ...options, store });
  const panel = createPanelStore(fake.platform);
  const session = createIncidentSession(fake.platform, panel);
  const stops = [panel.start(), session.start()];
  return { fake, panel, session, store, stop: () => stops.forEach((stop) => stop()) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await settle();
  }
}

describe('incident session', () => {
  it('works on a draft until the page shows its case number, then keeps everything under that number', async () => {
    const { fake, session, store, stop } = setUp();
    fake.setPage(readingPage('DOM VIOL'));
    await until(() => session.status.value === 'ready');
    expect(await session.record({ itemId: 'rights-read', state: 'done' })).toBe(true);
    expect(session.incident.value!.id).toMatch(/^draft-/);
    session.editNote('typed before the number appeared');
    fake.setPage(readingPage('DOM VIOL', '26-555'));
    await until(() => session.incident.value?.id === '26-555');
    // Nothing typed or recorded is lost: the note is still on screen and then stored.
    expect(session.noteDraft.value).toBe('typed before the number appeared');
    await until(() => session.noteState.value.kind === 'saved');
    const stored = await store.getIncident('26-555');
    expect(stored!.entries.map((entry) => entry.itemId)).toEqual(['rights-read']);
    expect(stored!.notes.map((note) => note.text)).toEqual(['typed before the number appeared']);
    expect((await store.listIncidents()).incidents.map((summary) => summary.id)).toEqual(['26-555']);
    stop();
  });

  it('keeps the input and retries when the disk is full, then says Saved', async () => {
    const { fake, session, store, stop } = setUp();
    const real = store.appendEntry.bind(store);
    const append = vi.spyOn(store, 'appendEntry').mockRejectedValueOnce(new StorageFullError(new Error('QuotaExceededError'))).mockImplementation(real);
    fake.setPage(readingPage('DOM VIOL', '26-556'));
    await until(() => session.status.value === 'ready');
    await session.setItemState('safety-plan', 'done');
    expect(session.saveState.value).toMatchObject({ kind: 'failed', reason: 'storage-full', retryInMs: 2000 });
    await until(() => session.saveState.value.kind === 'saved', 4000);
    expect(append).toHaveBeenCalledTimes(2);
    expect((await store.getIncident('26-556'))!.entries.at(-1)).toMatchObject({ itemId: 'safety-plan', state: 'done' });
    stop();
  });

  it('keeps two panels on the same incident in step', async () => {
    const store = createMemoryStore({ crypto, pbkdf2Iterations: 1000 });
    const a = setUp({ store });
    const b = setUp({ store });
    a.fake.setPage(readingPage('DOM VIOL', '26-557'));
    b.fake.setPage(readingPage('DOM VIOL', '26-557'));
    await until(() => a.session.status.value === 'ready' && b.session.status.value === 'ready');
    await a.session.setItemState('safety-plan', 'done');
    await b.session.setItemState('injury-photos', 'declined');
    await until(() => (a.session.incident.value?.entries.length ?? 0) === 2 && (b.session.incident.value?.entries.length ?? 0) === 2);
    a.stop();
    b.stop();
  });

  it('hides the record when locked and asks for the PIN when one is set', async () => {
    const store = createMemoryStore({ crypto, pbkdf2Iterations: 1000 });
    await store.unlock();
    await store.setPin('4321');
    store.lock();
    const { fake, session, stop } = setUp({ store });
    fake.setPage(readingPage('DOM VIOL', '26-558'));
    await until(() => session.status.value === 'locked');
    expect(session.incident.value).toBeNull();
    expect(await session.unlock('0000')).toBe(false);
    expect(session.unlockProblem.value).toMatchObject({ kind: 'wrong-pin' });
    expect(await session.unlock('4321')).toBe(true);
    await until(() => session.status.value === 'ready');
    await session.record({ itemId: 'rights-read', state: 'done' });
    session.lock();
    await until(() => session.status.value === 'locked');
    expect(session.incident.value).toBeNull();
    stop();
  });
});
