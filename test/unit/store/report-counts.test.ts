import { describe, expect, it } from 'vitest';
import { countsToCsv, monthlyCounts, type Incident } from '../../../lib/store';
import { openStore, uniqueDbName } from './helpers';

const may = Date.UTC(2025, 4, 10);
const june = Date.UTC(2025, 5, 3);

function incident(partial: Partial<Incident> & { id: string }): Incident {
  return {
    createdAt: may,
    updatedAt: may,
    categories: { recognised: [], corrected: null },
    entries: [],
    notes: [],
    needs: {},
    followUps: [],
    ...partial,
  };
}

const incidents: Incident[] = [
  incident({
    id: '24-111',
    officerLabel: 'Officer Diaz',
    categories: { recognised: ['robbery'], corrected: ['domestic-family-violence', 'stalking-harassment'] },
    notes: [{ id: 'n', at: may, text: 'Maria Lopez lives at 12 Elm St' }],
    entries: [
      { itemId: 'rights-read', state: 'done', at: may, details: { scriptId: 's', version: 1, language: 'es' } },
      { itemId: 'interpreter', state: 'done', at: may, details: { language: 'es', professional: true } },
      { itemId: 'referral-given', state: 'done', at: may, details: { referralId: 'r1', name: 'Casa Segura', referralType: 'shelter' } },
      { itemId: 'referral-given', state: 'done', at: june, details: { referralId: 'r2', name: 'Legal Aid West' } },
      { itemId: 'safety-plan', state: 'done', at: may },
      { itemId: 'safety-plan', state: 'not-done', at: may + 1 }, // withdrawn
    ],
  }),
  incident({
    id: '24-222',
    categories: { recognised: ['domestic-family-violence'], corrected: null },
    entries: [
      { itemId: 'rights-read', state: 'done', at: may, details: { language: 'en' } },
      { itemId: 'rights-card-given', state: 'done', at: may },
      { itemId: 'emergency-shelter', state: 'declined', at: may },
    ],
  }),
];

describe('monthly counts', () => {
  it('counts victimizations, services, referrals and languages by month', () => {
    const rows = monthlyCounts(incidents, {
      timeZone: 'UTC',
      referralTypeOf: (id) => (id === 'r2' ? 'legal' : undefined),
    });
    expect(rows).toEqual([
      { month: '2025-05', measure: 'victimization', value: 'domestic-family-violence', count: 2 },
      { month: '2025-05', measure: 'victimization', value: 'stalking-harassment', count: 1 },
      { month: '2025-05', measure: 'service', value: 'information-referral', count: 2 },
      { month: '2025-05', measure: 'service', value: 'personal-advocacy', count: 1 },
      { month: '2025-05', measure: 'referral', value: 'shelter', count: 1 },
      { month: '2025-05', measure: 'language', value: 'en', count: 1 },
      { month: '2025-05', measure: 'language', value: 'es', count: 1 },
      { month: '2025-06', measure: 'service', value: 'information-referral', count: 1 },
      { month: '2025-06', measure: 'referral', value: 'legal', count: 1 },
    ]);
    expect(monthlyCounts(incidents, { timeZone: 'UTC', suppressBelow: 2 }).map((r) => r.value)).toEqual([
      'domestic-family-violence',
      'information-referral',
    ]);
  });

  it('exports CSV from the store with no names, case numbers or notes', async () => {
    const store = await openStore({ dbName: uniqueDbName() });
    await store.unlock();
    await store.importIncidents(incidents);
    const csv = await store.exportMonthlyCounts({ timeZone: 'UTC' });
    expect(csv.split('\r\n')[0]).toBe('month,measure,value,count');
    expect(csv).toContain('2025-05,victimization,domestic-family-violence,2');
    for (const identifying of ['24-111', '24-222', 'Maria', 'Elm', 'Casa Segura', 'Legal Aid', 'Diaz', 'r1', 'r2']) {
      expect(csv).not.toContain(identifying);
    }
    expect((await store.auditLog()).at(-1)).toMatchObject({ action: 'exported', detail: 'monthly-counts' });
    store.close();
  });

  it('neutralises spreadsheet formulas in free-text values', () => {
    const csv = countsToCsv([{ month: '2025-05', measure: 'language', value: '=HYPERLINK("x")', count: 1 }]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
