import { findCandidates, type Found } from './candidates';
import { readCaseNumber } from './case-number';
import type { QueryRoot } from './dom';
import { readIncidentFields } from './incident';
import { CASE_NUMBER_VOCABULARY, INCIDENT_VOCABULARY } from './labels';
import { SignalList } from './signals';
import { readSiteRuleCaseNumber, readSiteRuleIncident } from './site-rule';
import { DEFAULT_MAX_VALUE_LENGTH } from './text';
import type { CaseNumberSignal, PageReading, ReadPageOptions } from './types';

export interface DetailedReading {
  reading: PageReading;
  /** The incident fields whose values were read (for the watcher's value poll). */
  fields: Element[];
  /** The document and the open shadow roots found in it (for the watcher's observers). */
  roots: QueryRoot[];
}

const EMPTY_FOUND: Found = { labels: [], inline: [], fields: [] };

/** "top" for the top window, otherwise a name for the frame; never throws on cross-origin parents. */
export function defaultFrameName(doc: Document): string {
  try {
    const view = doc.defaultView;
    if (!view || view === view.top) return 'top';
    return `frame:${view.name || doc.location?.pathname || 'unnamed'}`;
  } catch {
    return 'frame';
  }
}

export function readPageDetailed(doc: Document, options: ReadPageOptions = {}): DetailedReading {
  const reading: PageReading = { signals: [], hasIncidentField: false };
  const detailed: DetailedReading = { reading, fields: [], roots: [doc] };
  try {
    const maxValueLength = options.maxValueLength && options.maxValueLength > 0 ? options.maxValueLength : DEFAULT_MAX_VALUE_LENGTH;
    const signals = new SignalList({ frame: options.frame ?? defaultFrameName(doc), at: safeNow(options.now), maxValueLength });
    reading.signals = signals.signals;
    if (!doc?.documentElement) return detailed;

    const candidates = findCandidates(doc, [INCIDENT_VOCABULARY, CASE_NUMBER_VOCABULARY]);
    detailed.roots = candidates.roots;
    const [incidentFound = EMPTY_FOUND, caseFound = EMPTY_FOUND] = candidates.found;

    const rule = options.siteRule;
    const bySiteRule = readSiteRuleIncident(candidates.roots, rule?.incidentSelector, signals);
    if (bySiteRule.matched) {
      reading.hasIncidentField = true;
      detailed.fields = bySiteRule.fields;
    } else {
      const findings = readIncidentFields(incidentFound, signals);
      reading.hasIncidentField = findings.hasIncidentField;
      detailed.fields = findings.fields;
    }

    let caseNumber: CaseNumberSignal | undefined;
    try {
      caseNumber = readSiteRuleCaseNumber(candidates.roots, rule?.caseNumberSelector) ?? readCaseNumber(caseFound);
    } catch {
      caseNumber = undefined;
    }
    if (caseNumber) reading.caseNumber = caseNumber;
  } catch {
    // Never throw into the content script: whatever was read so far is the reading.
  }
  return detailed;
}

function safeNow(now: (() => number) | undefined): number {
  try {
    return now ? now() : Date.now();
  } catch {
    return Date.now();
  }
}

/** Reads the incident type(s) and case number from one document (one frame). */
export function readPage(doc: Document, options?: ReadPageOptions): PageReading {
  return readPageDetailed(doc, options).reading;
}
