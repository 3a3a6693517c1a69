import { readFileSync } from 'node:fs';
import { parseRightsScript, type RightsScript } from '../../../lib/content/script-schema';
import { blankIncident, type ChecklistEntry, type Incident } from '../../../lib/store/types';

/** A bundled script from public/content/scripts, validated as the panel loads it. */
export function bundledScript(file: string): RightsScript {
  const parsed = parseRightsScript(JSON.parse(readFileSync(`public/content/scripts/${file}`, 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors)}`);
  return parsed.script;
}

export const library = ['US-CA.en.json', 'US-CA.es.json', 'US.en.json', 'US.es.json'].map(bundledScript);

export const given = (at: number, referralId: string, name: string, extra: Record<string, string> = {}): ChecklistEntry => ({
  itemId: 'referral-given',
  state: 'done',
  at,
  details: { referralId, name, referralType: 'shelter', ...extra },
});

/** An incident with everything a handout must NOT print: notes, needs answers, other items. */
export function incidentWith(entries: ChecklistEntry[]): Incident {
  return {
    ...blankIncident('26-1', 0),
    categories: { recognised: ['domestic-family-violence'], corrected: null },
    entries,
    notes: [{ id: 'n1', at: 4, text: 'SECRET NOTE about the victim' }],
    needs: { 'safety-now': 'PRIVATE NEED ANSWER', housing: true },
    followUps: [{ id: 'f1', due: '2026-12-01', what: 'PRIVATE FOLLOW-UP', done: false }],
  };
}
