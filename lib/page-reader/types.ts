/** One incident type (or offence, call type, charge...) as the officer sees it on the RMS screen. */
export interface IncidentSignal {
  /** The value as displayed, whitespace collapsed and capped (default 300 characters). */
  text: string;
  /** A code split off the value ("13B", "273.5 PC") or the whole value of a code field. */
  code?: string;
  /** The label that identified the field, tidied ("Incident Type", "Call Type"). */
  label: string;
  /** How the field was found: a department selector, a label, a table header/cell, inline text. */
  source: 'site-rule' | 'label' | 'table' | 'text';
  /** Which frame the reading came from (the content script runs once per frame). */
  frame: string;
  /** When it was read (ms since epoch, from `now`). */
  at: number;
}

export interface CaseNumberSignal {
  value: string;
  label: string;
}

export interface PageReading {
  signals: IncidentSignal[];
  caseNumber?: CaseNumberSignal;
  /** True when the page has an incident-type field at all, even if it is still empty. */
  hasIncidentField: boolean;
}

/** Department-specific selectors, set by an administrator (often with "teach mode"). */
export interface SiteRule {
  incidentSelector?: string;
  caseNumberSelector?: string;
  narrativeSelector?: string;
}

export interface ReadPageOptions {
  siteRule?: SiteRule;
  frame?: string;
  now?: () => number;
  maxValueLength?: number;
}

export interface WatchPageOptions {
  siteRule?: SiteRule;
  frame?: string;
  /** Quiet time before re-reading after a change; default 150 ms. */
  debounceMs?: number;
  /**
   * How often to re-check the values of the fields already found, because a script setting
   * `input.value` fires neither an event nor a mutation. Default 1000 ms; 0 turns it off.
   */
  valuePollMs?: number;
}
