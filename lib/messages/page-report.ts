import type { PageReading } from '../page-reader/types';

/**
 * What the content script tells the panel about its page. Kept free of zod: this file is bundled
 * into every RMS page the reader runs in, where each kilobyte costs the officer's typing.
 * The panel validates what arrives with the schemas in ./schemas.ts.
 */
export const MAX_TITLE = 300;
export const MAX_URL = 2048;

export interface PageReport {
  type: 'vsp:page';
  title: string;
  url: string;
  top: boolean;
  /** What the page reader found in this frame. */
  reading?: PageReading;
}

/** Builds a report from what the page shows, capped so a hostile page cannot flood the panel. */
export function makePageReport(title: string, url: string, top: boolean, reading?: PageReading): PageReport {
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  const report: PageReport = {
    type: 'vsp:page',
    title: cleanTitle.length > MAX_TITLE ? `${cleanTitle.slice(0, MAX_TITLE - 1)}…` : cleanTitle,
    url: url.length > MAX_URL ? url.slice(0, MAX_URL) : url,
    top,
  };
  if (reading) report.reading = reading;
  return report;
}

/** The panel's "tell me about your page" request. */
export const ANNOUNCE = { type: 'vsp:announce' } as const;

export function isAnnounceRequest(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === ANNOUNCE.type;
}

/** Teach mode: the panel asks every frame to let the administrator point at a field. */
export interface TeachRequest {
  type: 'vsp:teach';
  field: 'incident' | 'case';
}
export interface TeachStop {
  type: 'vsp:teach-stop';
}
/** What a frame answers when the administrator clicked a field in it, or pressed Esc. */
export interface TeachAnswer {
  type: 'vsp:taught';
  field: 'incident' | 'case';
  origin: string;
  selector: string;
  sample: string;
}
export interface TeachCancelled {
  type: 'vsp:teach-cancelled';
}

export function messageType(message: unknown): string | undefined {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : undefined;
}
