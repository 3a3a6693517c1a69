import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../lib/store';
import { openStore, uniqueDbName } from './helpers';

describe('audit log', () => {
  it('records every kind of event by key hash only, and exports CSV and JSON', async () => {
    let t = Date.UTC(2025, 4, 1, 9, 30);
    const store = await openStore({ dbName: uniqueDbName(), now: () => t++ });
    await store.unlock('8642');
    await store.unlock('0000').catch(() => undefined);
    await store.createIncident({ caseNumber: '24-123456' });
    await store.addNote('24-123456', 'Victim says the neighbour saw it');
    await store.getIncident('24-123456');
    await store.recordAction('24-123456', 'printed');
    await store.recordAction('24-123456', 'exported');
    await store.purgeExpired(t + 40 * 86_400_000);
    await store.createIncident({ caseNumber: '24-654321' });
    await store.deleteIncident('24-654321');

    const entries = await store.auditLog();
    expect(new Set(entries.map((e) => e.action))).toEqual(new Set(AUDIT_ACTIONS));
    expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => a! - b!));

    const csv = await store.exportAudit('csv');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('time,action,incident_key,outcome,detail');
    expect(lines).toHaveLength(entries.length + 1);
    expect(lines[1]).toMatch(/^2025-05-01T09:30:00.000Z,unlocked,,ok,new-keys$/);
    expect(csv).toMatch(/,failed-unlock,,failed,wrong-pin/);
    expect(csv).toMatch(/,viewed,[0-9a-f]{64},ok,/);

    const json = JSON.parse(await store.exportAudit('json')) as { action: string; incidentKey: string | null }[];
    expect(json.map((e) => e.action)).toEqual([...entries.map((e) => e.action), 'exported']);

    for (const exported of [csv, JSON.stringify(json)]) {
      expect(exported).not.toContain('24-123456');
      expect(exported).not.toContain('123456');
      expect(exported).not.toContain('neighbour');
    }
    // Exporting the log is itself logged.
    expect((await store.auditLog()).at(-1)).toMatchObject({ action: 'exported', detail: 'audit-json' });
    store.close();
  });
});
