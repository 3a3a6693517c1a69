import { afterEach, describe, expect, it } from 'vitest';
import type { IncidentStore } from '../../../lib/store';
import { isDraftId, NotFoundError } from '../../../lib/store';
import { openStore, uniqueDbName } from './helpers';

const opened: IncidentStore[] = [];
async function store(dbName = uniqueDbName()) {
  const s = await openStore({ dbName });
  opened.push(s);
  return s;
}
afterEach(() => opened.splice(0).forEach((s) => s.close()));

describe('incident store', () => {
  it('creates, changes and reads back an incident', async () => {
    const s = await store();
    await s.unlock();
    const created = await s.createIncident({ caseNumber: ' 24-001234 ', categories: ['domestic-family-violence'] });
    expect(created.id).toBe('24-001234');
    await s.appendEntry('24-001234', {
      itemId: 'rights-read',
      state: 'done',
      details: { scriptId: 'rights-dv', version: 3, language: 'es' },
    });
    await s.appendEntry('24-001234', { itemId: 'interpreter', state: 'done', details: { language: 'es', professional: true } });
    await s.addNote('24-001234', 'Victim asked for a female officer.');
    await s.setNeeds('24-001234', { shelter: true, childrenPresent: 2 });
    await s.addFollowUp('24-001234', { due: '2025-07-01', what: 'Return phone' });
    await s.setCategories('24-001234', { corrected: ['stalking-harassment', 'domestic-family-violence'] });

    const incident = await s.getIncident('24-001234');
    expect(incident?.entries.map((e) => e.itemId)).toEqual(['rights-read', 'interpreter']);
    expect(incident?.entries[0]?.details).toEqual({ scriptId: 'rights-dv', version: 3, language: 'es' });
    expect(incident?.notes[0]?.text).toBe('Victim asked for a female officer.');
    expect(incident?.needs).toEqual({ shelter: true, childrenPresent: 2 });
    expect(incident?.followUps[0]).toMatchObject({ due: '2025-07-01', what: 'Return phone', done: false });
    expect(incident?.categories).toEqual({
      recognised: ['domestic-family-violence'],
      corrected: ['stalking-harassment', 'domestic-family-violence'],
    });

    const followUpId = incident!.followUps[0]!.id;
    const done = await s.setFollowUpDone('24-001234', followUpId, true);
    expect(done.followUps[0]?.done).toBe(true);
    await expect(s.setFollowUpDone('24-001234', 'nope', true)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('has committed the change when the promise resolves (another connection sees it)', async () => {
    const dbName = uniqueDbName();
    const a = await store(dbName);
    await a.unlock();
    await a.appendEntry('24-1', { itemId: 'rights-read', state: 'done' });
    const b = await store(dbName);
    await b.unlock();
    expect((await b.getIncident('24-1'))?.entries).toHaveLength(1);
  });

  it('gives a draft id until the case number is known, then renames', async () => {
    const s = await store();
    await s.unlock();
    const draft = await s.createIncident();
    expect(isDraftId(draft.id)).toBe(true);
    await s.appendEntry(draft.id, { itemId: 'rights-read', state: 'done', at: 100 });
    const renamed = await s.renameIncident(draft.id, '24-777');
    expect(renamed.id).toBe('24-777');
    expect(renamed.entries).toHaveLength(1);
    expect(await s.getIncident(draft.id)).toBeNull();
    // Idempotent: a second panel doing the same rename gets the result.
    expect((await s.renameIncident(draft.id, '24-777')).entries).toHaveLength(1);
  });

  it('merges a draft into an incident that already has the case number', async () => {
    const s = await store();
    await s.unlock();
    await s.createIncident({ caseNumber: '24-5', categories: ['robbery'] });
    await s.appendEntry('24-5', { itemId: 'referral-given', state: 'done', at: 200, details: { referralId: 'r1', name: 'Shelter' } });
    await s.addNote('24-5', 'from the case');
    const draft = await s.createIncident({ categories: ['adult-physical-assault'] });
    await s.appendEntry(draft.id, { itemId: 'rights-read', state: 'done', at: 100 });
    await s.addNote(draft.id, 'from the draft');

    const merged = await s.renameIncident(draft.id, '24-5');
    expect(merged.entries.map((e) => e.itemId)).toEqual(['rights-read', 'referral-given']);
    expect(merged.notes.map((n) => n.text).sort()).toEqual(['from the case', 'from the draft']);
    expect(merged.categories.recognised.sort()).toEqual(['adult-physical-assault', 'robbery']);
    const { incidents } = await s.listIncidents();
    expect(incidents.map((i) => i.id)).toEqual(['24-5']);
  });

  it('lists most recent first and searches case numbers and categories', async () => {
    let t = 1_000;
    const s = await openStore({ dbName: uniqueDbName(), now: () => t });
    opened.push(s);
    await s.unlock();
    await s.createIncident({ caseNumber: '24-000100', categories: ['burglary'] });
    t += 10;
    await s.createIncident({ caseNumber: '24-000200', categories: ['domestic-family-violence'] });
    t += 10;
    await s.appendEntry('24-000100', { itemId: 'rights-read', state: 'done' });

    const { incidents, corrupted } = await s.listIncidents();
    expect(incidents.map((i) => i.id)).toEqual(['24-000100', '24-000200']);
    expect(incidents[0]).toMatchObject({ entryCount: 1, categories: ['burglary'], isDraft: false });
    expect(corrupted).toEqual([]);
    expect((await s.searchIncidents('000200')).map((i) => i.id)).toEqual(['24-000200']);
    expect((await s.searchIncidents('24000200')).map((i) => i.id)).toEqual(['24-000200']);
    expect((await s.searchIncidents('domestic')).map((i) => i.id)).toEqual(['24-000200']);
    expect((await s.searchIncidents('robo con allanamiento')).map((i) => i.id)).toEqual(['24-000100']);
    expect(await s.searchIncidents('nothing like this')).toEqual([]);
  });

  it('deletes one incident', async () => {
    const s = await store();
    await s.unlock();
    await s.createIncident({ caseNumber: 'A-1' });
    await s.createIncident({ caseNumber: 'A-2' });
    expect(await s.deleteIncident('A-1')).toBe(true);
    expect(await s.deleteIncident('A-1')).toBe(false);
    expect((await s.listIncidents()).incidents.map((i) => i.id)).toEqual(['A-2']);
  });

  it('rejects malformed entries before writing anything', async () => {
    const s = await store();
    await s.unlock();
    await expect(s.appendEntry('X-1', { itemId: 'a', state: 'maybe' as never })).rejects.toThrow();
    expect(await s.getIncident('X-1')).toBeNull();
  });

  it('lists everything again after lock and unlock (the index is rebuilt)', async () => {
    const s = await store();
    await s.unlock();
    await s.importIncidents(
      Array.from({ length: 30 }, (_, i) => ({
        id: `Q-${i}`,
        createdAt: i,
        updatedAt: i,
        categories: { recognised: [], corrected: null },
        entries: [],
        notes: [],
        needs: {},
        followUps: [],
      })),
    );
    s.lock();
    await s.unlock();
    s.lock();
    await s.unlock();
    const { incidents } = await s.listIncidents();
    expect(incidents).toHaveLength(30);
    expect(incidents[0]?.id).toBe('Q-29');
  });

  it('tells its own listeners about changes, with the case number', async () => {
    const s = await store();
    await s.unlock();
    const changes: unknown[] = [];
    s.onChange((change) => changes.push(change));
    await s.appendEntry('C-1', { itemId: 'rights-read', state: 'done' });
    await s.deleteIncident('C-1');
    expect(changes).toEqual([
      { kind: 'changed', keys: [expect.stringMatching(/^[0-9a-f]{64}$/)], ids: ['C-1'] },
      { kind: 'deleted', keys: [expect.any(String)], ids: ['C-1'] },
    ]);
  });
});
