import type { ChecklistEntry, DetailValue, Incident } from '../store/types';
import { isDraftId } from '../store/types';
import type { ApplicableItem } from './items';
import { itemStates } from './state';
import { localise } from './template-schema';

/** The fixed words of the summary, in the officer's language (see summaryWords for the panel's). */
export interface SummaryWords {
  heading: string;
  caseNumber: (value: string) => string;
  categories: (list: string) => string;
  done: string;
  declined: string;
  notApplicable: string;
  notDone: string;
  script: (id: string, version: string, language: string) => string;
  screen: (id: string, triggered: boolean) => string;
  yes: string;
  no: string;
  followUps: string;
  notes: string;
}

export interface SummaryOptions {
  /** Language of item and detail labels (the officer's). */
  language: string;
  words: SummaryWords;
  /** IANA zone for times ("when" is local to the department); defaults to the runtime's. */
  timeZone?: string;
  /** Overrides the date-and-time format (tests use a fixed one). */
  formatTime?: (at: number) => string;
  categoryLabels: string[];
  /** Off unless the officer ticks "include notes": notes are the officer's, not the report's. */
  includeNotes?: boolean;
}

/** Detail keys that identify or steer, and are said another way (or not at all) in the text. */
const INTERNAL_DETAILS = new Set(['cleared', 'referralId', 'referralType', 'answers', 'textLine', 'website', 'screenId', 'triggered']);

/**
 * The plain-text summary an officer pastes into the report: what was done for the victim and
 * when, what the victim declined, referrals given, the rights script's version, follow-ups.
 * Only what was recorded: an item never ticked is not mentioned. Notes only when asked for.
 */
export function buildReportSummary(incident: Incident, items: readonly ApplicableItem[], options: SummaryOptions): string {
  const { words } = options;
  const formatTime = options.formatTime ?? defaultTimeFormat(options.language, options.timeZone);
  const states = itemStates(incident);
  const lines: string[] = [words.heading];
  if (!isDraftId(incident.id)) lines.push(words.caseNumber(incident.id));
  if (options.categoryLabels.length > 0) lines.push(words.categories(options.categoryLabels.join(', ')));

  const known = new Map(items.map((applicable) => [applicable.item.id, applicable]));
  const sections: Record<ChecklistEntry['state'], string[]> = { done: [], declined: [], 'n/a': [], 'not-done': [] };
  // In the checklist's order, then anything recorded that the current templates do not list.
  const order = [...known.keys(), ...[...states.keys()].filter((id) => !known.has(id))];
  for (const itemId of order) {
    const state = states.get(itemId);
    if (!state?.latest) continue;
    const applicable = known.get(itemId);
    const label = applicable?.label ?? itemId;
    const entries = state.subjects.length > 0 ? state.subjects : [state.latest];
    for (const entry of entries) {
      // A cleared tick is an officer's "undo": as if never ticked.
      if (entry.details?.['cleared']) continue;
      sections[entry.state].push(`- ${formatTime(entry.at)} ${label}${describe(entry, applicable, options)}`);
    }
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
  if (options.includeNotes) block(words.notes, incident.notes.filter((note) => note.text.trim()).map((note) => `- ${formatTime(note.at)} ${note.text.trim()}`));
  return lines.join('\n');
}

/** Date and time in the officer's locale and the department's zone: "11/22/26, 10:51 AM". */
function defaultTimeFormat(language: string, timeZone: string | undefined): (at: number) => string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short', timeZone });
  } catch {
    // An unknown zone in settings must not stop the summary: the runtime's zone instead.
    format = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  }
  return (at) => format.format(at);
}

function describe(entry: ChecklistEntry, applicable: ApplicableItem | undefined, options: SummaryOptions): string {
  const { words } = options;
  const details = entry.details ?? {};
  const text = (key: string) => {
    const value = details[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const scriptId = text('scriptId');
  if (scriptId) return ` (${words.script(scriptId, String(details['version'] ?? ''), text('language') ?? '')})`;
  const name = text('name');
  if (name) return `: ${name}${text('phone') ? ` (${text('phone')})` : ''}`;
  const parts: string[] = [];
  const screenId = text('screenId');
  if (screenId) parts.push(words.screen(screenId, details['triggered'] === true));
  const fields = new Map((applicable?.item.details ?? []).map((field) => [field.id, localise(field.label, options.language)]));
  for (const [key, value] of Object.entries(details)) {
    if (INTERNAL_DETAILS.has(key)) continue;
    const shown = show(value, words);
    if (shown !== '') parts.push(`${fields.get(key) ?? key}: ${shown}`);
  }
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function show(value: DetailValue, words: SummaryWords): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.join(', ');
  return String(value).trim();
}
