import { describe, expect, it } from 'vitest';
import { containsText, openStore, rawDump, uniqueDbName } from './helpers';

describe('nothing plaintext at rest', () => {
  it('stores no case number, note, needs, follow-up, category or officer label in the clear', async () => {
    const dbName = uniqueDbName();
    const store = await openStore({ dbName });
    await store.unlock('2468');
    const caseNumber = '24-98765-XQ';
    const secrets = [
      caseNumber,
      'Victim hid under the stairs',
      'Return the phone on Tuesday',
      'needs-a-safe-place',
      'Officer Kowalski',
      'domestic-family-violence',
      'Refugio Esperanza',
    ];
    await store.createIncident({ caseNumber, categories: ['domestic-family-violence'], officerLabel: 'Officer Kowalski' });
    await store.addNote(caseNumber, 'Victim hid under the stairs');
    await store.addFollowUp(caseNumber, { due: '2025-09-01', what: 'Return the phone on Tuesday' });
    await store.setNeeds(caseNumber, { housing: 'needs-a-safe-place' });
    await store.appendEntry(caseNumber, {
      itemId: 'referral-given',
      state: 'done',
      details: { referralId: 'r-9', name: 'Refugio Esperanza' },
    });
    await store.getIncident(caseNumber);
    await store.recordAction(caseNumber, 'printed');
    store.close();

    const dump = await rawDump(dbName);
    for (const secret of secrets) {
      expect(containsText(dump, secret), secret).toBe(false);
    }
    // Incident records carry only the allowed plaintext fields.
    for (const { key, value } of dump.incidents!) {
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.keys(value as object).sort()).toEqual(['body', 'key', 'schemaVersion', 'summary', 'updatedAt']);
    }
    // The scan itself works: a decrypted-looking value would be found.
    expect(containsText({ a: new TextEncoder().encode(`x${caseNumber}y`) }, caseNumber)).toBe(true);
  });
});
