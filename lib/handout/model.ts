import type { VictimLiaison } from '../settings/schema';

/**
 * The handout as data: everything that goes on the victim's printout, already chosen and in the
 * victim's language, so the component only lays it out. Absent pieces are flags, never filler.
 */

export interface HandoutCitation {
  citation: string;
  url: string;
}

export interface HandoutSection {
  id: string;
  title: string;
  paragraphs: string[];
  /** The sources this section cites, in the order it cites them. */
  citations: HandoutCitation[];
}

export interface HandoutScriptInfo {
  id: string;
  version: string;
  title: string;
  /** ISO date (YYYY-MM-DD): printed as "information current as of". */
  lastReviewed: string;
  jurisdiction: string;
  language: string;
}

/** One block of rights: the jurisdiction's script, or the federal baseline printed after it. */
export interface HandoutRights {
  script: HandoutScriptInfo;
  sections: HandoutSection[];
}

export interface HandoutReferral {
  referralId: string;
  name: string;
  phone?: string;
  textLine?: string;
  website?: string;
}

export interface HandoutQr {
  /** The normalised https address, printed beside the code so it can be typed too. */
  url: string;
  matrix: boolean[][];
}

export interface Handout {
  /** The language the page is printed in: the script's when there is one, else the one asked for. */
  language: string;
  /** The victim's language as the officer chose it. */
  requestedLanguage: string;
  /** True when the rights are not in the requested language (the panel warns the officer). */
  languageFallback: boolean;
  /** ISO date (YYYY-MM-DD) in the officer's time zone: the day the page is printed. */
  date: string;
  department?: string;
  caseNumber?: string;
  missingCaseNumber: boolean;
  /** The jurisdiction's rights; absent when no script applies (then missingScript is true). */
  rights?: HandoutRights;
  /** Federal rights that also apply, when the department prints them. */
  federalRights?: HandoutRights;
  /** No rights script could be selected: the page says to ask for one instead of inventing rights. */
  missingScript: boolean;
  liaison?: VictimLiaison;
  missingLiaison: boolean;
  /** The referrals the officer recorded as given, in the order first given. */
  referrals: HandoutReferral[];
  /** Present only for an https address. */
  qr?: HandoutQr;
}
