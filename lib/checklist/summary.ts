import type { ChecklistEntry, Incident } from '../store/types';
import type { ApplicableItem } from './items';
import { itemStates } from './state';
import { localise } from './template-schema';

/** The fixed words of the summary, in the officer's language (the panel passes its translations). */
export interface SummaryWords {
  heading: string;
  caseNumber: (value: string) => string;
  categories: (list: string) => string;
  done: string;
  declined: string;
  notApplicable: string;
  notDone: string;
  script: (id: string, version: string, language: string) => string;
  followUps: string;
  notes: string;
}

export interface SummaryOptions {
  language: string;
  words: SummaryWords;
  formatTime: (at: number) => string;
  categoryLabels: string[];
  includeNotes?: boolean;
}

/**
 * The plain-text summary an officer pastes into the report: what was done for the victim and
 * when, what the victim declined, referrals given, the rights script's version, follow-ups.
 * Only what was recorded: an item never ticked is not mentioned. Notes only when asked for.
 */
export function buildReportSummary(incident: Incident, items: readonly ApplicableItem[], options: SummaryOptions): string {
  const { words, formatTime } = options;
  const states = itemStates(incident);
  const lines: string[] = [words.heading];
  if (!incident.id.startsWith('draft-')) lines.push(words.caseNumber(incident.id));
  if (options.categoryLabels.length > 0) lines.push(words.categories(options.categoryLabels.join(', ')));

  const label = (itemId: string) => {
    const known = items.find((applicable) => applicable.item.id === itemId);
    return known ? localise(known.item.label, options.language) : itemId;
  };
  const sections: Record<ChecklistEntry['state'], string[]> = { done: [], declined: [], 'n/a': [], 'not-done': [] };
  // In the checklist's order, then anything recorded that the current templates do not list.
  const order = [...items.map((applicable) => applicable.item.id), ...[...states.keys()].filter((id) => !items.some((a) => a.item.id === id))];
  for (const itemId of order) {
    const state = states.get(itemId);
    if (!state?.latest) continue;
    const entries = state.subjects.length > 0 ? state.subjects : [state.latest];
    for (const entry of entries) if (!entry.details?.['cleared']) sections[entry.state].push(`- ${formatTime(entry.at)} ${label(itemId)}${describe(entry, words)}`);
  }
  const block = (title: string, list: string[]) => {
    if (list.length > 0) lines.push('', title, ...list);
  };
  block(words.done, sections.done);
  block(words.declined, sections.declined);
  block(words.notDone, sections['not-done']);
  block(words.notApplicable, sections['n/a']);
  block(
    words.followUps,
    incident.followUps.filter((followUp) => !followUp.done).map((followUp) => `- ${followUp.due} ${followUp.what}`),
  );
  if (options.includeNotes) block(words.notes, incident.notes.map((note) => `- ${formatTime(note.at)} ${note.text}`));
  return lines.join('\n');
}

function describe(entry: ChecklistEntry, words: SummaryWords): string {
  const details = entry.details ?? {};
  const text = (key: string) => (typeof details[key] === 'string' ? (details[key] as string) : undefined);
  if (text('scriptId')) return ` (${words.script(text('scriptId')!, String(details['version'] ?? ''), text('language') ?? '')})`;
  if (text('name')) return `: ${text('name')}${text('phone') ? ` (${text('phone')})` : ''}`;
  const parts = Object.entries(details)
    .filter(([key]) => key !== 'cleared')
    .filter(([, value]) => value !== '' && value !== undefined)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)}`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}
