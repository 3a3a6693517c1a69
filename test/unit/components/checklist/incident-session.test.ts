import { describe, expect, it, vi } from 'vitest';
import { StorageFullError, createMemoryStore } from '../../../../lib/store';
import { readingPage } from '../script/render-panel';
import { setUpSession as setUp, until } from './session-helpers';

describe('incident session', () => {
  it('works on a draft until the page shows its case number, then keeps everything under that number', async () => {
    const { fake, session, store, stop } = setUp();
    fake.setPage(readingPage('DOM VIOL'));
    await until(() => session.status.value === 'ready');
    // Two quick taps before any record exists still make one draft.
    const [first, second] = await Promise.all([session.record({ itemId: 'rights-read', state: 'done' }), session.setItemState('safety-plan', 'done')]);
    expect(first && second).toBe(true);
    expect(session.incident.value!.id).toMatch(/^draft-/);
    expect((await store.listIncidents()).incidents).toHaveLength(1);
    session.saveNote('typed before the number appeared');
    fake.setPage(readingPage('DOM VIOL', '26-555'));
    await until(() => session.incident.value?.id === '26-555');
    // Nothing typed or recorded is lost: the note is still on screen and then stored.
    expect(session.noteDraft.value).toBe('typed before the number appeared');
    await until(() => session.noteState.value.kind === 'saved');
    const stored = await store.getIncident('26-555');
    expect(stored!.entries.map((entry) => entry.itemId).sort()).toEqual(['rights-read', 'safety-plan']);
    expect(stored!.notes.map((note) => note.text)).toEqual(['typed before the number appeared']);
    expect(stored!.categories.recognised).toContain('domestic-family-violence');
    expect((await store.listIncidents()).incidents.map((summary) => summary.id)).toEqual(['26-555']);
    stop();
  });

  it('autosaves one growing note per sitting, and says Saved only once stored', async () => {
    const { fake, session, store, stop } = setUp();
    fake.setPage(readingPage('DOM VIOL', '26-560'));
    await until(() => session.status.value === 'ready');
    session.saveNote('First');
    expect(session.noteState.value.kind).toBe('idle');
    await until(() => session.noteState.value.kind === 'saved');
    session.saveNote('First line, then more');
    expect(session.noteState.value.kind).toBe('idle');
    await until(() => session.noteState.value.kind === 'saved');
    const stored = await store.getIncident('26-560');
    expect(stored!.notes.map((note) => note.text)).toEqual(['First line, then more']);
    // Another incident starts a fresh note; the earlier one is untouched.
    fake.setPage(readingPage('DOM VIOL', '26-561'));
    await until(() => session.incidentId.value === '26-561');
    expect(session.noteDraft.value).toBe('');
    stop();
  });

  it('keeps the input and retries when the disk is full, then says Saved', async () => {
    const { fake, session, store, stop } = setUp();
    const real = store.appendEntry.bind(store);
    const append = vi.spyOn(store, 'appendEntry').mockRejectedValueOnce(new StorageFullError(new Error('QuotaExceededError'))).mockImplementation(real);
    fake.setPage(readingPage('DOM VIOL', '26-556'));
    await until(() => session.status.value === 'ready');
    const tappedAt = Date.now();
    expect(await session.setItemState('safety-plan', 'done')).toBe(false);
    expect(session.saveStateOf('item:safety-plan')).toMatchObject({ kind: 'failed', reason: 'storage-full', retryInMs: 2000 });
    expect(session.storageFull.value).toBe(true);
    await until(() => session.saveStateOf('item:safety-plan').kind === 'saved', 4000);
    expect(session.storageFull.value).toBe(false);
    expect(append).toHaveBeenCalledTimes(2);
    const entry = (await store.getIncident('26-556'))!.entries.at(-1)!;
    expect(entry).toMatchObject({ itemId: 'safety-plan', state: 'done' });
    // Recorded at the officer's tap, not at the retry.
    expect(entry.at - tappedAt).toBeLessThan(1000);
    stop();
  });

  it('keeps a note that could not be stored on screen, and stores it on "try again"', async () => {
    const { fake, session, store, stop } = setUp();
    const real = store.addNote.bind(store);
    vi.spyOn(store, 'addNote').mockRejectedValueOnce(new StorageFullError()).mockImplementation(real);
    fake.setPage(readingPage('DOM VIOL', '26-559'));
    await until(() => session.status.value === 'ready');
    session.saveNote('Victim prefers a call after 6 pm');
    await until(() => session.noteState.value.kind === 'failed');
    expect(session.noteDraft.value).toBe('Victim prefers a call after 6 pm');
    session.retryNow();
    await until(() => session.noteState.value.kind === 'saved');
    expect((await store.getIncident('26-559'))!.notes.map((note) => note.text)).toEqual(['Victim prefers a call after 6 pm']);
    stop();
  });

  it('sends a tick kept for retry on a page without a number to the case once its number appears', async () => {
    const { fake, session, store, stop } = setUp();
    const real = store.createIncident.bind(store);
    vi.spyOn(store, 'createIncident').mockRejectedValueOnce(new StorageFullError()).mockImplementation(real);
    fake.setPage(readingPage('DOM VIOL'));
    await until(() => session.status.value === 'ready');
    expect(await session.setItemState('safety-plan', 'done')).toBe(false);
    fake.setPage(readingPage('DOM VIOL', '26-566'));
    await until(() => session.incidentId.value === '26-566');
    session.retryNow();
    await until(() => session.saveStateOf('item:safety-plan').kind === 'saved');
    expect((await store.listIncidents()).incidents.map((summary) => summary.id)).toEqual(['26-566']);
    expect(session.incident.value!.entries).toMatchObject([{ itemId: 'safety-plan', state: 'done' }]);
    stop();
  });

  it('shows another error as it is and does not retry it', async () => {
    const { fake, session, store, stop } = setUp();
    const append = vi.spyOn(store, 'setNeeds').mockRejectedValue(new Error('disk on fire'));
    fake.setPage(readingPage('DOM VIOL', '26-562'));
    await until(() => session.status.value === 'ready');
    expect(await session.setNeeds({ medical: true })).toBe(false);
    expect(session.saveStateOf('needs')).toMatchObject({ kind: 'failed', reason: 'other', message: 'disk on fire' });
    expect(append).toHaveBeenCalledTimes(1);
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
    await b.session.deleteIncident();
    await until(() => a.session.incident.value === null);
    a.stop();
    b.stop();
  });

  it('schedules a reminder whose title names the case, never the victim or the officer’s words', async () => {
    const { fake, session, stop } = setUp();
    const scheduleReminder = vi.fn(async () => {});
    fake.platform.scheduleReminder = scheduleReminder;
    fake.setPage(readingPage('DOM VIOL', '26-563'));
    await until(() => session.status.value === 'ready');
    expect(await session.addFollowUp({ due: '2026-12-01', what: 'Call Maria Lopez about the order' })).toBe(true);
    expect(scheduleReminder).toHaveBeenCalledWith({ id: expect.any(String), due: '2026-12-01', title: 'Victim follow-up due for case 26-563' });
    expect(session.incident.value!.followUps).toMatchObject([{ due: '2026-12-01', what: 'Call Maria Lopez about the order', done: false }]);
    stop();
  });

  it('cancels the reminder of a follow-up marked done, brings it back when reopened, and cancels all of an incident deleted', async () => {
    const { fake, session, stop } = setUp();
    const scheduleReminder = vi.fn(async () => {});
    const cancelReminders = vi.fn(async () => {});
    Object.assign(fake.platform, { scheduleReminder, cancelReminders });
    fake.setPage(readingPage('DOM VIOL', '26-564'));
    await until(() => session.status.value === 'ready');
    await session.addFollowUp({ due: '2026-12-01', what: 'Check on the order' });
    await session.addFollowUp({ due: '2026-12-05', what: 'Court date' });
    const [first, second] = session.incident.value!.followUps;
    expect(await session.setFollowUpDone(first!.id, true)).toBe(true);
    expect(cancelReminders).toHaveBeenLastCalledWith([first!.id]);
    scheduleReminder.mockClear();
    expect(await session.setFollowUpDone(first!.id, false)).toBe(true);
    expect(scheduleReminder).toHaveBeenCalledWith({ id: first!.id, due: '2026-12-01', title: 'Victim follow-up due for case 26-564' });
    expect(await session.deleteIncident()).toBe(true);
    expect(cancelReminders).toHaveBeenLastCalledWith([first!.id, second!.id]);
    stop();
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
    expect(session.canRecord.value).toBe(false);
    expect(await session.record({ itemId: 'rights-read', state: 'done' })).toBe(false);
    expect(await session.unlock('0000')).toBe(false);
    expect(session.unlockProblem.value).toMatchObject({ kind: 'wrong-pin' });
    expect(await session.unlock('4321')).toBe(true);
    await until(() => session.status.value === 'ready');
    await session.record({ itemId: 'rights-read', state: 'done' });
    session.saveNote('half a thought');
    await session.lock();
    await until(() => session.status.value === 'locked');
    expect(session.incident.value).toBeNull();
    // The note typed before locking was stored first.
    await session.unlock('4321');
    await until(() => session.incident.value !== null);
    expect(session.incident.value!.notes.map((note) => note.text)).toEqual(['half a thought']);
    stop();
  });

  it('locks itself after the department’s idle minutes, storing the note being typed first', async () => {
    let clock = Date.now();
    const { fake, session, store, stop } = setUp({ settings: { idleLockMinutes: 5 } }, { now: () => clock, idleCheckMs: 10 });
    fake.setPage(readingPage('DOM VIOL', '26-565'));
    await until(() => session.status.value === 'ready');
    session.saveNote('written just before walking away');
    clock += 4 * 60_000;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.status.value).toBe('ready');
    clock += 60_000;
    await until(() => session.status.value === 'locked');
    expect(session.incident.value).toBeNull();
    await store.unlock();
    expect((await store.getIncident('26-565'))!.notes.map((note) => note.text)).toEqual(['written just before walking away']);
    stop();
  });

  it('turns the first PIN typed into the department PIN when policy requires one', async () => {
    const { fake, session, store, stop } = setUp({ settings: { pinRequired: true } });
    fake.setPage(readingPage('DOM VIOL', '26-564'));
    await until(() => session.status.value === 'locked');
    expect(await session.unlock('2468')).toBe(true);
    await until(() => session.status.value === 'ready');
    expect((await store.status()).pinSet).toBe(true);
    expect(session.pinSet.value).toBe(true);
    stop();
  });
});
