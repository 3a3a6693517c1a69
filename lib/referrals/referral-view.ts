/**
 * What the panel may show, print or copy about a referral. This is the only way display data
 * leaves lib/referrals, and it never carries a confidential location's street, postcode or
 * coordinates, whatever the directory holds.
 */
import { CATEGORY_LABELS, type CategoryId } from '../taxonomy';
import { describeArea } from './area';
import { languageName } from './languages';
import type { Location, PhoneType, Referral } from './model';
import { dialString } from './phone';
import type { ServiceType } from './service-types';

export interface PhoneView {
  number: string;
  extension?: string;
  type: PhoneType;
  keyword?: string;
  /** For tel:/sms: links. */
  dial?: string;
  description?: string;
}

export interface LocationView {
  name?: string;
  /** Street lines; absent for confidential locations. */
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  confidential: boolean;
}

export interface ReferralView {
  id: string;
  name: string;
  organizationName?: string;
  description?: string;
  url?: string;
  email?: string;
  phones: PhoneView[];
  languages: { code: string; name: string }[];
  interpretationServices?: string;
  hours: string;
  is24x7: boolean;
  serviceArea: string;
  locations: LocationView[];
  categories: { id: CategoryId; label: string }[];
  servesAnyCrime: boolean;
  serviceTypes: ServiceType[];
  sourceUrl?: string;
  dateVerified?: string;
  verificationNote?: string;
  notes?: string;
}

export function toReferralView(referral: Referral): ReferralView {
  return stripUndefined({
    id: referral.id,
    name: referral.name,
    organizationName: referral.organization?.name,
    description: referral.description,
    url: referral.url,
    email: referral.email,
    phones: referral.phones.map((phone) =>
      stripUndefined({
        number: phone.number,
        extension: phone.extension,
        type: phone.type,
        keyword: phone.keyword,
        dial: dialString(phone.number, phone.type === 'text' ? 'text' : 'voice'),
        description: phone.description,
      }),
    ),
    languages: referral.languages.map((code) => ({ code, name: languageName(code) })),
    interpretationServices: referral.interpretationServices,
    hours: referral.is24x7 ? '24/7' : (referral.hoursText ?? 'Hours not listed'),
    is24x7: referral.is24x7,
    serviceArea: describeArea(referral.serviceArea),
    locations: referral.locations.map(toLocationView),
    categories: referral.categories.map((id) => ({ id, label: CATEGORY_LABELS[id].en })),
    servesAnyCrime: referral.servesAnyCrime,
    serviceTypes: referral.serviceTypes,
    sourceUrl: referral.sourceUrl,
    dateVerified: referral.dateVerified,
    verificationNote: referral.verificationNote,
    notes: referral.notes,
  });
}

export function toLocationView(location: Location): LocationView {
  const address = location.address ?? {};
  if (location.confidential) {
    // Town and region only: a street, a full postcode or coordinates can lead someone to a shelter.
    return stripUndefined({ name: location.name, city: address.city, region: address.region, confidential: true });
  }
  const street = [address.address1, address.address2].filter(Boolean).join(', ') || undefined;
  return stripUndefined({
    name: location.name,
    street,
    city: address.city,
    region: address.region,
    postalCode: address.postalCode,
    confidential: false,
  });
}

function stripUndefined<T extends object>(value: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) result[key] = entry;
  return result as T;
}
