import type { ReadonlySignal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EntryInput, Incident } from '../lib/store';

/**
 * The incident being worked on, as every feature sees it: the rights script, the referrals and
 * the handout record what the officer did through `record`, and read what was done from
 * `incident`. Implemented by the checklist's session (components/checklist/incident-session.ts).
 */
export interface IncidentRecorder {
  /** The decrypted incident, or null while none is open (no page, locked, still opening). */
  readonly incident: ReadonlySignal<Incident | null>;
  /** True when entries can be recorded now (store open and unlocked). */
  readonly canRecord: ReadonlySignal<boolean>;
  /** Appends a checklist entry to the current incident; resolves true once committed. */
  record(entry: EntryInput): Promise<boolean>;
}

export const IncidentRecorderContext = createContext<IncidentRecorder | null>(null);

export function useIncidentRecorder(): IncidentRecorder {
  const recorder = useContext(IncidentRecorderContext);
  if (!recorder) throw new Error('useIncidentRecorder outside <App>');
  return recorder;
}

/**
 * Checklist item ids that other features write. The checklist templates use the same ids, and
 * lib/store/report-counts.ts maps them to VOCA service areas.
 */
export const ENTRY_IDS = {
  /** details: { scriptId, version, language } */
  rightsRead: 'rights-read',
  /** details: { scriptId, version, language } */
  rightsWritten: 'rights-card-given',
  /** details: { referralId, name, referralType, phone?, textLine?, website? } (one subject per referralId; the handout and summary use these without the directory) */
  referralGiven: 'referral-given',
  /** details: { language } */
  handoutPrinted: 'handout-printed',
} as const;
