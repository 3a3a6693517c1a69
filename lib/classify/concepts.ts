/**
 * Concepts are what the vocabularies recognise; rules turn combinations of concepts into
 * categories. Keeping the two apart is what lets "DOM" + "BATTERY" become domestic violence
 * without a rule per spelling.
 */
export const CONCEPTS = [
  // Harms (each can produce a category on its own or with a qualifier)
  'HOMICIDE',
  'JUSTIFIABLE', // justifiable/excusable homicide: no victim to serve
  'ASSAULT',
  'VIOLENCE', // "violence", "fight": assault-ish when nothing more specific is said
  'SEXUAL',
  'EXPOSURE', // indecent exposure, lewd conduct, public indecency
  'VOYEUR', // peeping, unauthorised recording of a person
  'IMAGE_ABUSE', // distribution of intimate images
  'CHILD_PORN',
  'OBSCENE', // obscene/pornographic matter: only a victimization when a child is involved
  'HARMFUL_TO_CHILD', // sexual material given to a child
  'SEX_EXPLOIT_CHILD',
  'INCEST',
  'PROSTITUTION',
  'PIMPING',
  'TRAFFICKING', // unspecified human trafficking
  'TRAFFICKING_SEX',
  'TRAFFICKING_LABOR',
  'KIDNAP',
  'CUSTODY', // custodial interference, parental/child abduction
  'LURING',
  'STRANGER',
  'ROBBERY',
  'BURGLARY',
  'ARSON',
  'THEFT',
  'DAMAGE',
  'TRESPASS',
  'ANIMAL_HARM',
  'PERSON_CRIME', // "other crime against person"
  'PROPERTY_CRIME',
  'EAVESDROP',
  'HIV_TRANSMISSION',
  'FRAUD',
  'EXTORTION',
  'STALKING',
  'HARASS',
  'THREAT',
  'INTIMIDATION',
  'BOMB_THREAT',
  'HATE',
  'TERRORISM',
  'MASS_VIOLENCE',
  'BULLYING',
  'DUI',
  'VEHICULAR', // hit and run, vehicular homicide, pedestrian struck
  'ACCIDENT',
  'INJURY',
  'ABUSE',
  'NEGLECT',
  'ORDER_VIOLATION', // protective/restraining/court order violations
  'DISPUTE',
  'CHILD_OFFENSE', // "offense involving children", "crime against child"
  'ELDER_ABUSE',
  'ADULT_SURVIVOR', // historical child sexual abuse reported by an adult
  'DISCLOSE_LOCATION',
  // Qualifiers (change which category a harm belongs to)
  'DOMESTIC',
  'PARTNER',
  'DATING',
  'FAMILY',
  'CHILD',
  'ELDER',
  'ANIMAL',
  'WEAPON',
  'PUBLIC_TARGET', // public land, airports, public-safety computers: no individual victim
  // Recognised non-victim matters (they also stop header-level hints from firing)
  'CONTRABAND',
  'REGULATORY',
  'CONSENSUAL',
  'SUPPRESS', // alarms, casing, offender registration, false reports: never a victim category
] as const;

export type Concept = (typeof CONCEPTS)[number];

/** One piece of evidence: a concept and where it came from, for the "why". */
export interface Signal {
  concept: Concept;
  /** Human-readable evidence: the original text fragment, or a code/statute description. */
  evidence: string;
  /** True when the evidence is quoted from the incident text (so the why says "in '...'"). */
  fromText: boolean;
  negated: boolean;
  /** Header-level hints ("DECEPTIVE PRACTICE", "SEX OFFENSE") used only when nothing else is said. */
  weak: boolean;
}

export const QUALIFIERS: ReadonlySet<Concept> = new Set<Concept>([
  'PARTNER',
  'DATING',
  'FAMILY',
  'CHILD',
  'ELDER',
  'ANIMAL',
  'WEAPON',
  'PUBLIC_TARGET',
  'STRANGER',
  'INJURY',
  'ACCIDENT',
]);
