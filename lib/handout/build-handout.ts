import { itemStates } from '../checklist/state';
import type { SelectedScript } from '../content/select-script';
import type { VictimLiaison } from '../settings/schema';
import type { Incident } from '../store/types';
import { qrMatrix } from './qr';

export interface HandoutSection {
  id: string;
  title: string;
  paragraphs: string[];
  citations: { citation: string; url: string }[];
}

export interface HandoutReferral {
  id: string;
  name: string;
  phone?: string;
  textLine?: string;
  website?: string;
}

export interface Handout {
  language: string;
  caseNumber?: string;
  date: string;
  script?: { id: string; version: string; title: string; lastReviewed: string; jurisdiction: string };
  sections: HandoutSection[];
  /** True when no rights script could be selected: the handout says so instead of inventing rights. */
  missingScript: boolean;
  liaison?: VictimLiaison;
  referrals: HandoutReferral[];
  qr?: { url: string; matrix: boolean[][] };
}

export interface HandoutInput {
  selection: SelectedScript | null;
  incident: Incident | null;
  caseNumber?: string;
  language: string;
  liaison?: VictimLiaison;
  qrUrl?: string;
  now: Date;
}

/**
 * What goes on paper for the victim: their case number, their rights in their language, who to
 * call, and the services the officer gave them. Nothing else from the record: no notes, no needs
 * answers, no category names beyond the rights sections that apply.
 */
export function buildHandout(input: HandoutInput): Handout {
  const script = input.selection?.script ?? null;
  const sections: HandoutSection[] = [];
  const add = (source: SelectedScript['sections'], from: NonNullable<SelectedScript['script']>) => {
    for (const { section } of source) {
      if (section.kind === 'officer-action') continue; // instructions to the officer, not for the victim
      sections.push({
        id: section.id,
        title: section.title,
        paragraphs: section.paragraphs,
        citations: section.sourceIds.flatMap((id) => from.sources.filter((source) => source.id === id).map(({ citation, url }) => ({ citation, url }))),
      });
    }
  };
  if (script && input.selection) {
    add(input.selection.sections, script);
    if (input.selection.federalBaseline) add(input.selection.federalBaseline.sections, input.selection.federalBaseline.script);
  }

  const given = itemStates(input.incident).get('referral-given')?.subjects ?? [];
  const referrals: HandoutReferral[] = given
    .filter((entry) => entry.state === 'done' && !entry.details?.['cleared'])
    .map((entry) => {
      const text = (key: string) => (typeof entry.details?.[key] === 'string' ? (entry.details[key] as string) : undefined);
      const referral: HandoutReferral = { id: text('referralId') ?? '', name: text('name') ?? text('referralId') ?? '' };
      for (const key of ['phone', 'textLine', 'website'] as const) {
        const value = text(key);
        if (value) referral[key] = value;
      }
      return referral;
    });

  const handout: Handout = {
    language: script?.language ?? input.language,
    date: input.now.toISOString().slice(0, 10),
    sections,
    missingScript: !script,
    referrals,
  };
  if (input.caseNumber) handout.caseNumber = input.caseNumber;
  if (script) handout.script = { id: script.id, version: script.version, title: script.title, lastReviewed: script.lastReviewed, jurisdiction: script.jurisdiction };
  if (input.liaison) handout.liaison = input.liaison;
  if (input.qrUrl && /^https:\/\//i.test(input.qrUrl)) {
    const url = new URL(input.qrUrl).href;
    handout.qr = { url, matrix: qrMatrix(url) };
  }
  return handout;
}
