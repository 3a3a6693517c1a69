import type { WidgetAttributes } from './attributes';

/** The officer's UI language: the `lang` attribute, else the host page's, in the languages shipped. */
export function widgetLanguage(attribute: string | null, pageLanguage: string | undefined): 'en' | 'es' {
  const wanted = (attribute || pageLanguage || 'en').toLowerCase();
  return wanted === 'es' || wanted.startsWith('es-') ? 'es' : 'en';
}

/**
 * The `jurisdiction` attribute overrides `config.jurisdiction`. The result is still validated by
 * the policy schema, so a bad attribute value shows up as a settings problem, not a crash.
 */
export function withJurisdiction(config: unknown, jurisdiction: string | null): unknown {
  if (!jurisdiction) return config;
  if (config === undefined || config === null) return { jurisdiction };
  // Not an object: leave it alone, so the panel reports that `config` itself is wrong.
  if (typeof config !== 'object' || Array.isArray(config)) return config;
  return { ...config, jurisdiction };
}

/** The incident attributes as the platform takes them; empty ones are absent. */
export function attributesOf(get: (name: string) => string | null): WidgetAttributes {
  const attributes: WidgetAttributes = {};
  const type = get('incident-type');
  const code = get('incident-code');
  const caseNumber = get('case-number');
  if (type) attributes.incidentType = type;
  if (code) attributes.incidentCode = code;
  if (caseNumber) attributes.caseNumber = caseNumber;
  return attributes;
}
