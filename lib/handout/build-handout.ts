import type { SelectedScript } from '../content/select-script';
import type { VictimLiaison } from '../settings/schema';
import type { Incident } from '../store/types';
import { givenReferrals } from './given-referrals';
import { localIsoDate } from './local-date';
import type { Handout } from './model';
import { httpsAddress } from './qr-url';
import { handoutRights } from './rights-sections';

export type { Handout, HandoutCitation, HandoutQr, HandoutReferral, HandoutRights, HandoutScriptInfo, HandoutSection } from './model';

export interface HandoutInput {
  /** The script selected for the victim's language (ScriptStore.forVictim); null while none. */
  selection: SelectedScript | null;
  incident: Incident | null;
  caseNumber?: string;
  /** The victim's language (BCP 47) as the officer chose it. */
  language: string;
  liaison?: VictimLiaison;
  /** The department's https page for victims (settings.handoutQrUrl). */
  qrUrl?: string;
  /** Makes the code's modules (lib/handout/qr.ts qrMatrix, loaded on demand); no code without it. */
  qrMatrix?: (text: string) => boolean[][];
  /** The department's name, printed at the top when the host knows it. */
  department?: string;
  now: Date;
  /** Print only these of the given referrals (the officer left some off); all given when absent. */
  includeReferralIds?: readonly string[];
}

/**
 * What goes on paper for the victim: their case number, their rights in their language, who to
 * contact, and the services the officer gave them. Pure: nothing else from the record is read
 * (no notes, no needs answers, no category names beyond the rights sections that apply).
 */
export function buildHandout(input: HandoutInput): Handout {
  const selection = input.selection;
  const script = selection?.script ?? null;
  const rights = script && selection ? handoutRights(script, selection.sections) : undefined;
  const federal = selection?.federalBaseline;
  const federalRights = rights && federal ? handoutRights(federal.script, federal.sections) : undefined;
  const caseNumber = input.caseNumber?.trim() || undefined;
  const qrUrl = httpsAddress(input.qrUrl);

  const handout: Handout = {
    language: script?.language ?? input.language,
    requestedLanguage: input.language,
    languageFallback: selection?.languageFallback !== undefined && selection.languageFallback !== false,
    date: localIsoDate(input.now),
    missingCaseNumber: caseNumber === undefined,
    missingScript: rights === undefined,
    missingLiaison: input.liaison === undefined,
    referrals: givenReferrals(input.incident, input.includeReferralIds),
  };
  const department = input.department?.trim();
  if (department) handout.department = department;
  if (caseNumber) handout.caseNumber = caseNumber;
  if (rights) handout.rights = rights;
  if (federalRights && federalRights.sections.length > 0) handout.federalRights = federalRights;
  if (input.liaison) handout.liaison = { ...input.liaison };
  if (qrUrl && input.qrMatrix) {
    try {
      handout.qr = { url: qrUrl, matrix: input.qrMatrix(qrUrl) };
    } catch {
      // Only an address of over two thousand characters fails here; leaving the code off keeps
      // the rest of the handout printable, and the liaison block still says whom to contact.
    }
  }
  return handout;
}
