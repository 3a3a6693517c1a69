/**
 * Victimization categories, aligned with the victimization types of the U.S. Office for Victims
 * of Crime (OVC) VOCA performance measures, so records line up with what victim-service grants
 * report. Ids are a stable contract (tests, policies and stored incidents use them).
 */
export const CATEGORY_IDS = [
  'adult-physical-assault',
  'adult-sexual-assault',
  'adult-survivor-child-sexual-abuse',
  'arson',
  'bullying',
  'burglary',
  'child-physical-abuse-neglect',
  'child-pornography',
  'child-sexual-abuse',
  'domestic-family-violence',
  'dui-dwi',
  'elder-abuse-neglect',
  'hate-crime',
  'human-trafficking-labor',
  'human-trafficking-sex',
  'identity-theft-fraud',
  'kidnapping-noncustodial',
  'kidnapping-custodial',
  'mass-violence',
  'other-vehicular',
  'robbery',
  'stalking-harassment',
  'homicide-survivors',
  'teen-dating',
  'terrorism',
  'other',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}

/**
 * Categories where missing a case costs a victim the most (safety planning, forensic exams,
 * mandated reporting). Recognition is tuned for recall on these.
 */
export const SERIOUS_CATEGORIES: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'domestic-family-violence',
  'adult-sexual-assault',
  'child-sexual-abuse',
  'child-physical-abuse-neglect',
  'child-pornography',
  'human-trafficking-labor',
  'human-trafficking-sex',
  'homicide-survivors',
  'elder-abuse-neglect',
  'stalking-harassment',
  'kidnapping-noncustodial',
  'kidnapping-custodial',
]);

export type CategoryLanguage = 'en' | 'es';

/** Labels follow the VOCA PMT wording in English; Spanish is our translation. */
export const CATEGORY_LABELS: Record<CategoryId, Record<CategoryLanguage, string>> = {
  'adult-physical-assault': { en: 'Adult physical assault', es: 'Agresión física a un adulto' },
  'adult-sexual-assault': { en: 'Adult sexual assault', es: 'Agresión sexual a un adulto' },
  'adult-survivor-child-sexual-abuse': {
    en: 'Adult sexually abused as a child',
    es: 'Adulto que sufrió abuso sexual en la infancia',
  },
  arson: { en: 'Arson', es: 'Incendio provocado' },
  bullying: { en: 'Bullying (verbal, cyber or physical)', es: 'Acoso escolar (verbal, en línea o físico)' },
  burglary: { en: 'Burglary', es: 'Robo con allanamiento' },
  'child-physical-abuse-neglect': {
    en: 'Child physical abuse or neglect',
    es: 'Maltrato físico o negligencia infantil',
  },
  'child-pornography': { en: 'Child sexual abuse material', es: 'Material de abuso sexual infantil' },
  'child-sexual-abuse': { en: 'Child sexual abuse or assault', es: 'Abuso o agresión sexual infantil' },
  'domestic-family-violence': {
    en: 'Domestic or family violence',
    es: 'Violencia doméstica o familiar',
  },
  'dui-dwi': { en: 'DUI/DWI incident', es: 'Incidente por conducir bajo los efectos (DUI/DWI)' },
  'elder-abuse-neglect': { en: 'Elder abuse or neglect', es: 'Maltrato o negligencia de personas mayores' },
  'hate-crime': { en: 'Hate crime', es: 'Delito de odio' },
  'human-trafficking-labor': { en: 'Human trafficking: labor', es: 'Trata de personas: laboral' },
  'human-trafficking-sex': { en: 'Human trafficking: sex', es: 'Trata de personas: sexual' },
  'identity-theft-fraud': {
    en: 'Identity theft, fraud or financial crime',
    es: 'Robo de identidad, fraude o delito financiero',
  },
  'kidnapping-noncustodial': { en: 'Kidnapping (non-custodial)', es: 'Secuestro (no parental)' },
  'kidnapping-custodial': { en: 'Kidnapping (custodial)', es: 'Sustracción parental de menores' },
  'mass-violence': { en: 'Mass violence', es: 'Violencia masiva' },
  'other-vehicular': {
    en: 'Other vehicular victimization (e.g. hit and run)',
    es: 'Otra victimización vehicular (p. ej., atropello con fuga)',
  },
  robbery: { en: 'Robbery', es: 'Robo con violencia o intimidación' },
  'stalking-harassment': { en: 'Stalking or harassment', es: 'Acecho u hostigamiento' },
  'homicide-survivors': { en: 'Survivors of homicide victims', es: 'Sobrevivientes de víctimas de homicidio' },
  'teen-dating': { en: 'Teen dating victimization', es: 'Violencia en el noviazgo adolescente' },
  terrorism: { en: 'Terrorism', es: 'Terrorismo' },
  other: { en: 'Other crime with a victim', es: 'Otro delito con víctima' },
};

export function categoryLabel(id: CategoryId, language: string): string {
  const labels = CATEGORY_LABELS[id];
  return language.toLowerCase().startsWith('es') ? labels.es : labels.en;
}
