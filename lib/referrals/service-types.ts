import type { CategoryId } from '../taxonomy';

/** What a service does, independent of which crimes it serves. Ids are a stable contract. */
export const SERVICE_TYPES = [
  'hotline',
  'emergency-shelter',
  'lodging',
  'basic-needs',
  'medical-forensic',
  'counselling-support',
  'advocacy-court',
  'compensation',
  'legal-aid-protective-orders',
  'child-advocacy-centre',
  'elder-protective-services',
  'identity-theft-online-harm',
  'restorative-justice',
] as const;

export type ServiceType = (typeof SERVICE_TYPES)[number];

export const SERVICE_TYPE_LABELS: Record<ServiceType, string> = {
  hotline: 'hotline',
  'emergency-shelter': 'emergency shelter',
  lodging: 'lodging',
  'basic-needs': 'clothing, food or transport',
  'medical-forensic': 'medical care and forensic exams',
  'counselling-support': 'counselling and support',
  'advocacy-court': 'advocacy and court support',
  compensation: 'crime victim compensation',
  'legal-aid-protective-orders': 'legal aid and protective orders',
  'child-advocacy-centre': 'child advocacy centre',
  'elder-protective-services': 'elder protective services',
  'identity-theft-online-harm': 'identity theft and online harm',
  'restorative-justice': 'restorative justice',
};

export function isServiceType(value: unknown): value is ServiceType {
  return typeof value === 'string' && (SERVICE_TYPES as readonly string[]).includes(value);
}

/** Needs an officer records in the needs assessment. Ids are a stable contract. */
export const NEED_IDS = [
  'safety-now',
  'medical',
  'housing-lodging',
  'basic-needs',
  'money-compensation',
  'language-interpreter',
  'disability-access',
  'children-dependants',
  'immigration',
  'transport',
  'wants-advocate',
] as const;

export type NeedId = (typeof NEED_IDS)[number];

export const NEED_LABELS: Record<NeedId, string> = {
  'safety-now': 'safety now',
  medical: 'medical care',
  'housing-lodging': 'housing or lodging',
  'basic-needs': 'basic needs',
  'money-compensation': 'money or compensation',
  'language-interpreter': 'an interpreter',
  'disability-access': 'disability access',
  'children-dependants': 'help with children or dependants',
  immigration: 'immigration help',
  transport: 'transport',
  'wants-advocate': 'an advocate',
};

/**
 * Service types that meet a need. Needs met by a property of the service rather than its type
 * (interpreters, TTY, immigration terms) are checked in the matcher.
 */
export const NEED_SERVICE_TYPES: Record<NeedId, readonly ServiceType[]> = {
  'safety-now': ['hotline', 'emergency-shelter'],
  medical: ['medical-forensic'],
  'housing-lodging': ['emergency-shelter', 'lodging'],
  'basic-needs': ['basic-needs'],
  'money-compensation': ['compensation'],
  'language-interpreter': [],
  'disability-access': [],
  'children-dependants': ['child-advocacy-centre'],
  immigration: ['legal-aid-protective-orders'],
  transport: ['basic-needs'],
  'wants-advocate': ['advocacy-court'],
};

/**
 * Categories where the victim may be in danger right now, so a hotline that answers at any hour
 * is the first thing to hand over.
 */
export const URGENT_CATEGORIES: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'domestic-family-violence',
  'adult-sexual-assault',
  'child-sexual-abuse',
  'child-physical-abuse-neglect',
  'human-trafficking-labor',
  'human-trafficking-sex',
  'stalking-harassment',
  'elder-abuse-neglect',
  'teen-dating',
]);
