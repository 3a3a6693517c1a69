/**
 * Words that departments and HSDS taxonomies (Open Eligibility, 211 LA / AIRS-style term names)
 * use for crimes and services, mapped to our category ids and service types. Longer phrases win:
 * "child sexual abuse" is matched before "sexual abuse", and its words are then used up.
 */
import { CATEGORY_IDS, type CategoryId, isCategoryId } from '../taxonomy';
import { foldText } from './text';
import { SERVICE_TYPES, type ServiceType, isServiceType } from './service-types';

interface Meaning {
  categories?: CategoryId[];
  anyCrime?: boolean;
  serviceTypes?: ServiceType[];
}

const CHILD_ABUSE: CategoryId[] = ['child-physical-abuse-neglect', 'child-sexual-abuse'];
const TRAFFICKING: CategoryId[] = ['human-trafficking-labor', 'human-trafficking-sex'];

const PHRASES: Record<string, Meaning> = {
  // crimes
  'domestic violence': { categories: ['domestic-family-violence'] },
  'domestic abuse': { categories: ['domestic-family-violence'] },
  'family violence': { categories: ['domestic-family-violence'] },
  'intimate partner violence': { categories: ['domestic-family-violence'] },
  'intimate partner abuse': { categories: ['domestic-family-violence'] },
  ipv: { categories: ['domestic-family-violence'] },
  dv: { categories: ['domestic-family-violence'] },
  'spouse abuse': { categories: ['domestic-family-violence'] },
  'battered women': { categories: ['domestic-family-violence'] },
  'honour based abuse': { categories: ['domestic-family-violence'] },
  'honor based abuse': { categories: ['domestic-family-violence'] },
  'forced marriage': { categories: ['domestic-family-violence'] },
  'dating violence': { categories: ['teen-dating'] },
  'dating abuse': { categories: ['teen-dating'] },
  'teen dating': { categories: ['teen-dating'] },
  'sexual assault': { categories: ['adult-sexual-assault'] },
  'sexual violence': { categories: ['adult-sexual-assault'] },
  'sexual abuse': { categories: ['adult-sexual-assault'] },
  rape: { categories: ['adult-sexual-assault'] },
  'adult survivors of child sexual abuse': { categories: ['adult-survivor-child-sexual-abuse'] },
  'adult survivor of child sexual abuse': { categories: ['adult-survivor-child-sexual-abuse'] },
  'child abuse': { categories: CHILD_ABUSE },
  'child maltreatment': { categories: CHILD_ABUSE },
  'child sexual abuse': { categories: ['child-sexual-abuse'] },
  'child neglect': { categories: ['child-physical-abuse-neglect'] },
  'child physical abuse': { categories: ['child-physical-abuse-neglect'] },
  'child pornography': { categories: ['child-pornography'] },
  'child sexual abuse material': { categories: ['child-pornography'] },
  csam: { categories: ['child-pornography'] },
  'online child exploitation': { categories: ['child-pornography'] },
  'missing children': { categories: ['kidnapping-noncustodial', 'kidnapping-custodial'] },
  'missing child': { categories: ['kidnapping-noncustodial', 'kidnapping-custodial'] },
  'elder abuse': { categories: ['elder-abuse-neglect'] },
  'elder neglect': { categories: ['elder-abuse-neglect'] },
  'elder financial exploitation': { categories: ['elder-abuse-neglect', 'identity-theft-fraud'] },
  'human trafficking': { categories: TRAFFICKING },
  trafficking: { categories: TRAFFICKING },
  'modern slavery': { categories: TRAFFICKING },
  'sex trafficking': { categories: ['human-trafficking-sex'] },
  'labor trafficking': { categories: ['human-trafficking-labor'] },
  'labour trafficking': { categories: ['human-trafficking-labor'] },
  'labour exploitation': { categories: ['human-trafficking-labor'] },
  stalking: { categories: ['stalking-harassment'] },
  harassment: { categories: ['stalking-harassment'] },
  'identity theft': { categories: ['identity-theft-fraud'], serviceTypes: ['identity-theft-online-harm'] },
  fraud: { categories: ['identity-theft-fraud'] },
  scams: { categories: ['identity-theft-fraud'] },
  scam: { categories: ['identity-theft-fraud'] },
  'financial crime': { categories: ['identity-theft-fraud'] },
  'cyber crime': { categories: ['identity-theft-fraud'], serviceTypes: ['identity-theft-online-harm'] },
  cybercrime: { categories: ['identity-theft-fraud'], serviceTypes: ['identity-theft-online-harm'] },
  homicide: { categories: ['homicide-survivors'] },
  murder: { categories: ['homicide-survivors'] },
  'survivors of homicide': { categories: ['homicide-survivors'] },
  'homicide survivors': { categories: ['homicide-survivors'] },
  'hate crime': { categories: ['hate-crime'] },
  'hate crimes': { categories: ['hate-crime'] },
  'bias crime': { categories: ['hate-crime'] },
  dui: { categories: ['dui-dwi'] },
  dwi: { categories: ['dui-dwi'] },
  'drunk driving': { categories: ['dui-dwi'] },
  'impaired driving': { categories: ['dui-dwi'] },
  'hit and run': { categories: ['other-vehicular'] },
  'vehicular crime': { categories: ['other-vehicular'] },
  robbery: { categories: ['robbery'] },
  burglary: { categories: ['burglary'] },
  arson: { categories: ['arson'] },
  bullying: { categories: ['bullying'] },
  cyberbullying: { categories: ['bullying'] },
  assault: { categories: ['adult-physical-assault'] },
  'physical assault': { categories: ['adult-physical-assault'] },
  kidnapping: { categories: ['kidnapping-noncustodial'] },
  abduction: { categories: ['kidnapping-noncustodial'] },
  'parental abduction': { categories: ['kidnapping-custodial'] },
  'custodial interference': { categories: ['kidnapping-custodial'] },
  terrorism: { categories: ['terrorism'] },
  'mass violence': { categories: ['mass-violence'] },
  'mass shooting': { categories: ['mass-violence'] },
  // general victim services
  'crime victims': { anyCrime: true },
  'crime victim': { anyCrime: true },
  'victims of crime': { anyCrime: true },
  'victim services': { anyCrime: true },
  'victim assistance': { anyCrime: true },
  'any crime': { anyCrime: true },
  'all crimes': { anyCrime: true },
  // services
  hotline: { serviceTypes: ['hotline'] },
  hotlines: { serviceTypes: ['hotline'] },
  helpline: { serviceTypes: ['hotline'] },
  'crisis line': { serviceTypes: ['hotline'] },
  'crisis hotline': { serviceTypes: ['hotline'] },
  'crisis intervention': { serviceTypes: ['hotline'] },
  'warm line': { serviceTypes: ['hotline'] },
  shelter: { serviceTypes: ['emergency-shelter'] },
  'emergency shelter': { serviceTypes: ['emergency-shelter'] },
  refuge: { serviceTypes: ['emergency-shelter'] },
  'safe house': { serviceTypes: ['emergency-shelter'] },
  'domestic violence shelter': { categories: ['domestic-family-violence'], serviceTypes: ['emergency-shelter'] },
  lodging: { serviceTypes: ['lodging'] },
  housing: { serviceTypes: ['lodging'] },
  'transitional housing': { serviceTypes: ['lodging'] },
  'hotel voucher': { serviceTypes: ['lodging'] },
  'motel voucher': { serviceTypes: ['lodging'] },
  'basic needs': { serviceTypes: ['basic-needs'] },
  food: { serviceTypes: ['basic-needs'] },
  'food pantry': { serviceTypes: ['basic-needs'] },
  clothing: { serviceTypes: ['basic-needs'] },
  transportation: { serviceTypes: ['basic-needs'] },
  transport: { serviceTypes: ['basic-needs'] },
  medical: { serviceTypes: ['medical-forensic'] },
  'medical forensic': { serviceTypes: ['medical-forensic'] },
  'forensic exam': { serviceTypes: ['medical-forensic'] },
  'forensic examination': { serviceTypes: ['medical-forensic'] },
  'forensic exams': { serviceTypes: ['medical-forensic'] },
  'sexual assault nurse examiner': { categories: ['adult-sexual-assault'], serviceTypes: ['medical-forensic'] },
  sane: { serviceTypes: ['medical-forensic'] },
  'sexual assault referral centre': { categories: ['adult-sexual-assault'], serviceTypes: ['medical-forensic'] },
  sarc: { categories: ['adult-sexual-assault'], serviceTypes: ['medical-forensic'] },
  counseling: { serviceTypes: ['counselling-support'] },
  counselling: { serviceTypes: ['counselling-support'] },
  'crisis counseling': { serviceTypes: ['counselling-support'] },
  'support groups': { serviceTypes: ['counselling-support'] },
  'support group': { serviceTypes: ['counselling-support'] },
  support: { serviceTypes: ['counselling-support'] },
  therapy: { serviceTypes: ['counselling-support'] },
  'mental health': { serviceTypes: ['counselling-support'] },
  'emotional support': { serviceTypes: ['counselling-support'] },
  advocacy: { serviceTypes: ['advocacy-court'] },
  advocate: { serviceTypes: ['advocacy-court'] },
  'court advocacy': { serviceTypes: ['advocacy-court'] },
  'court accompaniment': { serviceTypes: ['advocacy-court'] },
  'victim witness': { serviceTypes: ['advocacy-court'] },
  'victim witness assistance': { anyCrime: true, serviceTypes: ['advocacy-court'] },
  compensation: { serviceTypes: ['compensation'] },
  'victim compensation': { anyCrime: true, serviceTypes: ['compensation'] },
  'crime victim compensation': { anyCrime: true, serviceTypes: ['compensation'] },
  restitution: { serviceTypes: ['compensation'] },
  'legal aid': { serviceTypes: ['legal-aid-protective-orders'] },
  'legal services': { serviceTypes: ['legal-aid-protective-orders'] },
  'legal assistance': { serviceTypes: ['legal-aid-protective-orders'] },
  'protective order': { serviceTypes: ['legal-aid-protective-orders'] },
  'protective orders': { serviceTypes: ['legal-aid-protective-orders'] },
  'restraining order': { serviceTypes: ['legal-aid-protective-orders'] },
  'restraining orders': { serviceTypes: ['legal-aid-protective-orders'] },
  'immigration legal services': { serviceTypes: ['legal-aid-protective-orders'] },
  'child advocacy center': { categories: CHILD_ABUSE, serviceTypes: ['child-advocacy-centre'] },
  'child advocacy centre': { categories: CHILD_ABUSE, serviceTypes: ['child-advocacy-centre'] },
  cac: { categories: CHILD_ABUSE, serviceTypes: ['child-advocacy-centre'] },
  'adult protective services': { categories: ['elder-abuse-neglect'], serviceTypes: ['elder-protective-services'] },
  aps: { categories: ['elder-abuse-neglect'], serviceTypes: ['elder-protective-services'] },
  'elder protective services': { categories: ['elder-abuse-neglect'], serviceTypes: ['elder-protective-services'] },
  'online harm': { serviceTypes: ['identity-theft-online-harm'] },
  sextortion: { categories: ['child-pornography'], serviceTypes: ['identity-theft-online-harm'] },
  'image based abuse': { categories: ['stalking-harassment'], serviceTypes: ['identity-theft-online-harm'] },
  'restorative justice': { serviceTypes: ['restorative-justice'] },
  'victim offender mediation': { serviceTypes: ['restorative-justice'] },
  'victim offender dialogue': { serviceTypes: ['restorative-justice'] },
};

const PHRASES_LONGEST_FIRST = Object.keys(PHRASES).sort((a, b) => b.length - a.length);

export interface TermMeaning {
  categories: CategoryId[];
  anyCrime: boolean;
  serviceTypes: ServiceType[];
}

/**
 * Everything a free-text term means. Ids ("domestic-family-violence", "emergency-shelter") are
 * recognised as themselves.
 */
export function interpretTerm(term: string): TermMeaning {
  const result: TermMeaning = { categories: [], anyCrime: false, serviceTypes: [] };
  const trimmed = term.trim().toLowerCase();
  if (isCategoryId(trimmed)) return { ...result, categories: [trimmed] };
  if (isServiceType(trimmed)) return { ...result, serviceTypes: [trimmed] };
  let text = ` ${foldText(term)} `;
  for (const phrase of PHRASES_LONGEST_FIRST) {
    const needle = ` ${phrase} `;
    if (!text.includes(needle)) continue;
    const meaning = PHRASES[phrase]!;
    result.categories.push(...(meaning.categories ?? []));
    result.serviceTypes.push(...(meaning.serviceTypes ?? []));
    result.anyCrime ||= meaning.anyCrime ?? false;
    text = text.split(needle).join('  ');
  }
  result.categories = unique(result.categories);
  result.serviceTypes = unique(result.serviceTypes);
  return result;
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export const KNOWN_CATEGORY_HINT = `use a category id (${CATEGORY_IDS.length} exist, e.g. domestic-family-violence) or words like "domestic violence", "sexual assault", "elder abuse", or "any crime"`;
export const KNOWN_SERVICE_TYPE_HINT = `use one of: ${SERVICE_TYPES.join(', ')}`;
