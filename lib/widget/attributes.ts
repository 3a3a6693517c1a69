import type { PageState } from '../platform';

/** What the host page tells the widget through attributes (when it does not read the page itself). */
export interface WidgetAttributes {
  incidentType?: string;
  incidentCode?: string;
  caseNumber?: string;
}

const cap = (value: string | undefined, max: number) => (value ? value.replace(/\s+/g, ' ').trim().slice(0, max) : undefined);

/** The same page state the extension's reader produces, built from attributes. */
export function pageStateFromAttributes(attributes: WidgetAttributes, page: { title: string; url: string }, at: number): PageState {
  const text = cap(attributes.incidentType, 400);
  const code = cap(attributes.incidentCode, 100);
  const caseNumber = cap(attributes.caseNumber, 100);
  const signals = text || code ? [{ text: text ?? code!, ...(code ? { code } : {}), label: 'incident-type', source: 'site-rule' as const, frame: 'top', at }] : [];
  return {
    kind: 'reading',
    tabId: 0,
    page: {
      title: page.title,
      url: page.url,
      reading: { signals, hasIncidentField: true, ...(caseNumber ? { caseNumber: { value: caseNumber, label: 'case-number' } } : {}) },
    },
  };
}
