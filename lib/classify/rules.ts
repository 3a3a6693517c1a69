import type { CategoryId } from '../taxonomy';
import { QUALIFIERS, type Concept, type Signal } from './concepts';
import { explain } from './why';

/**
 * Turns recognised concepts into ranked categories. The precedence rules, in short:
 * - a stated victim type (child, elder/dependent adult, partner/family) outranks the harm it
 *   qualifies: DV battery is domestic violence first, assault second;
 * - a child victim turns a sexual offence into child sexual abuse, and abuse/neglect/assault
 *   into child physical abuse/neglect;
 * - specific categories beat "other", which is only for crimes with a victim that fit nothing else;
 * - header-level hints ("DECEPTIVE PRACTICE", "SEX OFFENSE") count only when nothing else is said;
 * - alarms, casing, offender registration and false reports are never a victimization.
 */

export interface RankedCategory {
  id: CategoryId;
  confidence: number;
  why: string;
}

/** Tie-break order: where confidence is equal, the category needing faster action comes first. */
const PRIORITY: readonly CategoryId[] = [
  'mass-violence',
  'homicide-survivors',
  'human-trafficking-sex',
  'human-trafficking-labor',
  'adult-survivor-child-sexual-abuse',
  'child-sexual-abuse',
  'child-pornography',
  'teen-dating',
  'child-physical-abuse-neglect',
  'elder-abuse-neglect',
  'domestic-family-violence',
  'kidnapping-custodial',
  'kidnapping-noncustodial',
  'adult-sexual-assault',
  'hate-crime',
  'stalking-harassment',
  'terrorism',
  'robbery',
  'adult-physical-assault',
  'dui-dwi',
  'other-vehicular',
  'burglary',
  'arson',
  'identity-theft-fraud',
  'bullying',
  'other',
];

const HARMS: readonly Concept[] = [
  'ASSAULT',
  'VIOLENCE',
  'SEXUAL',
  'EXPOSURE',
  'VOYEUR',
  'IMAGE_ABUSE',
  'THREAT',
  'HARASS',
  'STALKING',
  'INTIMIDATION',
  'ABUSE',
  'NEGLECT',
  'HOMICIDE',
  'KIDNAP',
  'INJURY',
  'DISPUTE',
  'ORDER_VIOLATION',
  'INCEST',
];

const TEN_CODE_PREFIX = '10-16';

class Facts {
  private readonly present = new Map<Concept, Signal[]>();
  private readonly negatedConcepts = new Set<Concept>();
  constructor(signals: readonly Signal[]) {
    const strongBase = signals.some((s) => !s.negated && !s.weak && !QUALIFIERS.has(s.concept));
    for (const s of signals) {
      if (s.negated) {
        this.negatedConcepts.add(s.concept);
        continue;
      }
      // Header-level hints give way to anything specific; the victim they name still counts.
      if (s.weak && strongBase && !QUALIFIERS.has(s.concept)) continue;
      const list = this.present.get(s.concept);
      if (list) list.push(s);
      else this.present.set(s.concept, [s]);
    }
  }

  has(...concepts: Concept[]): boolean {
    return concepts.some((c) => this.present.has(c));
  }

  negated(concept: Concept): boolean {
    return this.negatedConcepts.has(concept) && !this.present.has(concept);
  }

  evidence(...concepts: Concept[]): Signal[] {
    const out: Signal[] = [];
    for (const c of concepts) out.push(...(this.present.get(c) ?? []));
    return out;
  }

  isEmpty(): boolean {
    return this.present.size === 0;
  }
}

class Ranking {
  private readonly entries = new Map<CategoryId, { confidence: number; signals: Signal[] }>();

  add(id: CategoryId, confidence: number, signals: readonly Signal[]): void {
    const current = this.entries.get(id);
    if (!current) {
      this.entries.set(id, { confidence, signals: [...signals] });
      return;
    }
    current.confidence = Math.max(current.confidence, confidence);
    for (const s of signals) if (!current.signals.includes(s)) current.signals.push(s);
  }

  cap(id: CategoryId, max: number): void {
    const current = this.entries.get(id);
    if (current) current.confidence = Math.min(current.confidence, max);
  }

  has(...ids: CategoryId[]): boolean {
    return ids.some((id) => this.entries.has(id));
  }

  get size(): number {
    return this.entries.size;
  }

  result(original: string, weakFactor: (signals: Signal[]) => number): RankedCategory[] {
    const out: RankedCategory[] = [];
    for (const [id, e] of this.entries) {
      const confidence = Math.round(Math.min(1, Math.max(0, e.confidence * weakFactor(e.signals))) * 100) / 100;
      out.push({ id, confidence, why: explain(e.signals, original) });
    }
    out.sort((a, b) => b.confidence - a.confidence || PRIORITY.indexOf(a.id) - PRIORITY.indexOf(b.id));
    return out;
  }
}

export function rank(signals: readonly Signal[], original: string): RankedCategory[] {
  const f = new Facts(signals);
  if (f.isEmpty()) return [];
  // Alarms, casing calls, registration and false reports carry no victim, whatever else they say.
  if (f.has('SUPPRESS') && !f.has('DOMESTIC')) return [];

  const r = new Ranking();
  const child = f.has('CHILD');
  const elder = f.has('ELDER', 'ELDER_ABUSE');
  const animal = f.has('ANIMAL', 'ANIMAL_HARM');
  // Indecency on a licensed premise is a licensing offence unless more is said.
  const licensingOnly = f.has('EXPOSURE') && !f.has('SEXUAL', 'VOYEUR') && f.has('REGULATORY');
  const sexualActs = f.has('SEXUAL', 'VOYEUR') || (f.has('EXPOSURE') && !licensingOnly);
  const harm = f.has(...HARMS);
  const intimate = f.has('DOMESTIC') || (f.has('PARTNER', 'FAMILY', 'DATING') && harm);
  const homicide = f.has('HOMICIDE') && !f.has('JUSTIFIABLE');

  if (f.has('MASS_VIOLENCE')) r.add('mass-violence', 0.95, f.evidence('MASS_VIOLENCE'));
  if (homicide) r.add('homicide-survivors', 0.95, f.evidence('HOMICIDE'));

  trafficking(f, r, child);
  childSexual(f, r, child, sexualActs, animal);
  if (sexualActs && !child && !animal) adultSexual(f, r, intimate, elder);
  if (f.has('IMAGE_ABUSE') && !child) {
    r.add('stalking-harassment', 0.85, f.evidence('IMAGE_ABUSE'));
    r.add('adult-sexual-assault', 0.75, f.evidence('IMAGE_ABUSE'));
  }
  childPhysical(f, r, child);
  if (elder) elderAbuse(f, r, sexualActs);
  domestic(f, r, intimate, child);
  kidnapping(f, r, child);
  threats(f, r);
  if (f.has('HATE')) r.add('hate-crime', 0.95, f.evidence('HATE'));
  property(f, r, sexualActs);
  vehicles(f, r);
  assault(f, r, sexualActs);
  if (f.has('BULLYING')) r.add('bullying', 0.9, f.evidence('BULLYING'));
  other(f, r, sexualActs, animal);

  return r.result(original, (signals) => (signals.length > 0 && signals.every((s) => s.weak) ? 0.75 : 1));
}

function trafficking(f: Facts, r: Ranking, child: boolean): void {
  const sex = f.has('TRAFFICKING_SEX');
  const labor = f.has('TRAFFICKING_LABOR');
  // "Methamphetamine trafficking" and "wildlife trafficking" are not human trafficking.
  const unspecified = f.has('TRAFFICKING') && !f.has('CONTRABAND') && !sex && !labor;
  if (sex) r.add('human-trafficking-sex', 0.95, f.evidence('TRAFFICKING_SEX', 'CHILD'));
  if (labor) r.add('human-trafficking-labor', 0.95, f.evidence('TRAFFICKING_LABOR'));
  if (unspecified) {
    if (f.has('PROSTITUTION', 'PIMPING', 'SEXUAL')) {
      r.add('human-trafficking-sex', 0.93, f.evidence('TRAFFICKING', 'PROSTITUTION', 'PIMPING', 'SEXUAL'));
    } else {
      r.add('human-trafficking-sex', 0.85, f.evidence('TRAFFICKING'));
      r.add('human-trafficking-labor', 0.8, f.evidence('TRAFFICKING'));
    }
  }
  if (f.has('PIMPING')) r.add('human-trafficking-sex', child ? 0.9 : 0.78, f.evidence('PIMPING', 'CHILD'));
  // Prostitution of a minor is commercial sexual exploitation, whatever the statute calls it.
  if (f.has('PROSTITUTION') && child) r.add('human-trafficking-sex', 0.9, f.evidence('PROSTITUTION', 'CHILD'));
  if (child && (f.has('PIMPING', 'PROSTITUTION', 'TRAFFICKING_SEX') || unspecified)) {
    r.add('child-sexual-abuse', 0.75, f.evidence('PIMPING', 'PROSTITUTION', 'TRAFFICKING_SEX', 'TRAFFICKING', 'CHILD'));
  }
}

function childSexual(f: Facts, r: Ranking, child: boolean, sexualActs: boolean, animal: boolean): void {
  if (f.has('CHILD_PORN')) r.add('child-pornography', 0.95, f.evidence('CHILD_PORN'));
  // Obscene matter *given to* a child is abuse of that child; otherwise it depicts one.
  if (f.has('OBSCENE') && child && !f.has('HARMFUL_TO_CHILD')) r.add('child-pornography', 0.9, f.evidence('OBSCENE', 'CHILD'));
  if (f.has('IMAGE_ABUSE') && child) r.add('child-pornography', 0.92, f.evidence('IMAGE_ABUSE', 'CHILD'));
  if (f.has('SEX_EXPLOIT_CHILD')) {
    r.add('child-sexual-abuse', 0.9, f.evidence('SEX_EXPLOIT_CHILD'));
    r.add('child-pornography', 0.85, f.evidence('SEX_EXPLOIT_CHILD'));
  }
  if (f.has('HARMFUL_TO_CHILD') && child) {
    r.add('child-sexual-abuse', 0.88, f.evidence('HARMFUL_TO_CHILD', 'CHILD'));
    r.add('child-pornography', 0.6, f.evidence('HARMFUL_TO_CHILD', 'CHILD'));
  }
  if (sexualActs && child && !animal) {
    const ev = f.evidence('SEXUAL', 'EXPOSURE', 'VOYEUR', 'CHILD');
    if (f.has('ADULT_SURVIVOR')) {
      r.add('adult-survivor-child-sexual-abuse', 0.93, [...f.evidence('ADULT_SURVIVOR'), ...ev]);
      r.add('child-sexual-abuse', 0.8, ev);
    } else {
      r.add('child-sexual-abuse', 0.93, ev);
    }
  }
  if (f.has('INCEST')) {
    r.add('child-sexual-abuse', 0.88, f.evidence('INCEST', 'CHILD'));
    r.add('domestic-family-violence', 0.75, f.evidence('INCEST'));
    if (!child) r.add('adult-sexual-assault', 0.6, f.evidence('INCEST'));
  }
  if (f.has('LURING') && child) r.add('child-sexual-abuse', 0.6, f.evidence('LURING', 'CHILD'));
}

function adultSexual(f: Facts, r: Ranking, intimate: boolean, elder: boolean): void {
  const confidence = f.has('SEXUAL') ? 0.9 : f.has('EXPOSURE') ? 0.85 : 0.8;
  const ev = f.evidence('SEXUAL', 'EXPOSURE', 'VOYEUR');
  // "Historical sexual abuse" without a stated age is usually abuse in childhood: offer both.
  if (f.has('ADULT_SURVIVOR')) r.add('adult-survivor-child-sexual-abuse', 0.65, [...f.evidence('ADULT_SURVIVOR'), ...ev]);
  // Spousal rape is domestic violence first; a dependent adult's abuse by a caretaker is elder abuse first.
  r.add('adult-sexual-assault', intimate || elder ? Math.min(confidence, 0.85) : confidence, ev);
  if (f.has('VOYEUR')) r.add('stalking-harassment', 0.65, f.evidence('VOYEUR'));
}

function childPhysical(f: Facts, r: Ranking, child: boolean): void {
  if (!child) return;
  const sexualAbuseOfChild = r.has('child-sexual-abuse', 'child-pornography');
  if (f.has('NEGLECT')) r.add('child-physical-abuse-neglect', 0.93, f.evidence('NEGLECT', 'CHILD'));
  // "Sexual abuse" of a child is already child sexual abuse; physical abuse is a separate finding.
  if (f.has('ABUSE', 'ASSAULT') && !sexualAbuseOfChild) {
    r.add('child-physical-abuse-neglect', 0.93, f.evidence('ABUSE', 'ASSAULT', 'CHILD'));
  }
  if (f.has('CHILD_OFFENSE') && !r.has('child-physical-abuse-neglect') && !sexualAbuseOfChild && !f.has('REGULATORY', 'CONTRABAND')) {
    r.add('child-physical-abuse-neglect', 0.65, f.evidence('CHILD_OFFENSE'));
  }
}

function elderAbuse(f: Facts, r: Ranking, sexualActs: boolean): void {
  if (f.has('ELDER_ABUSE')) {
    r.add('elder-abuse-neglect', 0.95, f.evidence('ELDER_ABUSE'));
    return;
  }
  const harms: Concept[] = ['ABUSE', 'NEGLECT', 'ASSAULT', 'FRAUD', 'THEFT', 'EXTORTION', 'INJURY', 'VIOLENCE'];
  if (f.has(...harms) || sexualActs) {
    r.add('elder-abuse-neglect', 0.93, f.evidence('ELDER', ...harms, 'SEXUAL', 'EXPOSURE'));
  }
}

function domestic(f: Facts, r: Ranking, intimate: boolean, child: boolean): void {
  const dvNegated = f.negated('DOMESTIC');
  const qualifiers: Concept[] = ['DOMESTIC', 'PARTNER', 'FAMILY', 'DATING'];
  if (intimate) {
    const domesticEv = f.evidence('DOMESTIC');
    const onlyTenCode = domesticEv.length > 0 && domesticEv.every((s) => s.evidence.startsWith(TEN_CODE_PREFIX));
    const explicit = f.has('DOMESTIC') && !onlyTenCode;
    const confidence = explicit ? 0.95 : onlyTenCode && !f.has('PARTNER', 'FAMILY', 'DATING') ? 0.6 : 0.92;
    const ev = f.evidence(...qualifiers, ...HARMS);
    if (f.has('DATING') && child) {
      r.add('teen-dating', 0.94, f.evidence('DATING', 'CHILD', ...HARMS));
      r.add('domestic-family-violence', 0.85, ev);
    } else {
      r.add('domestic-family-violence', confidence, ev);
    }
  }
  if (f.has('ORDER_VIOLATION')) {
    const ev = f.evidence('ORDER_VIOLATION');
    if (f.has('STALKING')) {
      r.add('domestic-family-violence', 0.75, ev);
    } else if (dvNegated) {
      r.add('stalking-harassment', 0.8, ev);
    } else {
      r.add('domestic-family-violence', 0.9, [...f.evidence('DOMESTIC'), ...ev]);
      r.add('stalking-harassment', 0.65, ev);
    }
  }
  // A child, elder, homicide or trafficking finding is the more specific service need.
  if (r.has('child-sexual-abuse', 'child-pornography', 'child-physical-abuse-neglect', 'elder-abuse-neglect', 'homicide-survivors', 'human-trafficking-sex', 'human-trafficking-labor')) {
    r.cap('domestic-family-violence', 0.75);
  }
  if (f.has('DISCLOSE_LOCATION')) r.add('stalking-harassment', 0.7, f.evidence('DISCLOSE_LOCATION'));
}

function kidnapping(f: Facts, r: Ranking, child: boolean): void {
  const stranger = f.has('STRANGER');
  if (f.has('CUSTODY')) {
    const ev = f.evidence('CUSTODY', 'KIDNAP', 'STRANGER');
    r.add('kidnapping-custodial', stranger ? 0.7 : 0.92, ev);
    if (stranger || f.has('KIDNAP')) r.add('kidnapping-noncustodial', stranger ? 0.92 : 0.65, ev);
  } else if (f.has('KIDNAP')) {
    r.add('kidnapping-noncustodial', 0.9, f.evidence('KIDNAP'));
    if (child && !stranger) r.add('kidnapping-custodial', 0.55, f.evidence('KIDNAP', 'CHILD'));
  }
  if (f.has('LURING')) r.add('kidnapping-noncustodial', 0.85, f.evidence('LURING', 'CHILD'));
}

function threats(f: Facts, r: Ranking): void {
  const threat = f.has('THREAT');
  if (threat && f.has('WEAPON')) {
    // Threatening with a weapon is an assault (brandishing); the threat itself follows.
    r.add('adult-physical-assault', 0.9, f.evidence('THREAT', 'WEAPON'));
    r.add('stalking-harassment', 0.8, f.evidence('THREAT'));
  } else if (threat) {
    r.add('stalking-harassment', f.has('TERRORISM') ? 0.9 : 0.88, f.evidence('THREAT'));
  }
  if (f.has('STALKING')) r.add('stalking-harassment', 0.93, f.evidence('STALKING'));
  if (f.has('HARASS')) r.add('stalking-harassment', 0.9, f.evidence('HARASS'));
  if (f.has('INTIMIDATION')) r.add('stalking-harassment', 0.87, f.evidence('INTIMIDATION'));
  if (f.has('BOMB_THREAT')) {
    r.add('stalking-harassment', 0.75, f.evidence('BOMB_THREAT'));
    r.add('terrorism', 0.55, f.evidence('BOMB_THREAT'));
  }
  if (f.has('TERRORISM')) r.add('terrorism', 0.88, f.evidence('TERRORISM'));
  if (f.has('EXTORTION')) {
    // Extortion is a financial crime carried out by threat: money first, the threat second.
    r.add('identity-theft-fraud', 0.9, f.evidence('EXTORTION'));
    if (!r.has('stalking-harassment')) r.add('stalking-harassment', 0.65, f.evidence('EXTORTION'));
  }
}

function property(f: Facts, r: Ranking, sexualActs: boolean): void {
  if (f.has('ROBBERY')) r.add('robbery', 0.93, f.evidence('ROBBERY'));
  if (f.has('BURGLARY')) r.add('burglary', 0.92, f.evidence('BURGLARY'));
  if (f.has('ARSON')) r.add('arson', 0.92, f.evidence('ARSON'));
  // Fraud as the means of a sexual offence or a kidnapping is not the victimization; public
  // systems (public-safety computers) have no individual victim.
  if (f.has('FRAUD') && !sexualActs && !f.has('KIDNAP', 'PUBLIC_TARGET')) {
    r.add('identity-theft-fraud', 0.9, f.evidence('FRAUD', 'ELDER'));
  }
}

function vehicles(f: Facts, r: Ranking): void {
  if (f.has('DUI')) r.add('dui-dwi', 0.93, f.evidence('DUI'));
  if (f.has('VEHICULAR')) r.add('other-vehicular', 0.9, f.evidence('VEHICULAR'));
  // A collision is a victimization when someone is hurt ("NON-INJURY ACCIDENT" is not).
  if (f.has('ACCIDENT') && f.has('INJURY')) r.add('other-vehicular', 0.8, f.evidence('ACCIDENT', 'INJURY'));
}

function assault(f: Facts, r: Ranking, sexualActs: boolean): void {
  // Assault wording inside a sexual offence ("sexual assault", "ASLT:RAPE") is the sexual offence.
  if (sexualActs) return;
  const physical = f.has('ASSAULT');
  const general = !physical && f.has('VIOLENCE');
  if (!physical && !general) return;
  let confidence = physical ? 0.9 : 0.7;
  if (r.has('child-physical-abuse-neglect', 'kidnapping-noncustodial', 'robbery')) confidence = 0.6;
  else if (r.has('domestic-family-violence')) confidence = 0.75;
  else if (r.has('elder-abuse-neglect')) confidence = 0.7;
  else if (r.has('hate-crime')) confidence = 0.8;
  if (r.has('homicide-survivors')) confidence = 0.5;
  r.add('adult-physical-assault', confidence, f.evidence('ASSAULT', 'VIOLENCE', 'INJURY'));
}

function other(f: Facts, r: Ranking, sexualActs: boolean, animal: boolean): void {
  const trespass = f.has('TRESPASS') && !f.has('PUBLIC_TARGET');
  const concepts: Concept[] = ['THEFT', 'DAMAGE', 'ANIMAL_HARM', 'PERSON_CRIME', 'PROPERTY_CRIME', 'EAVESDROP', 'HIV_TRANSMISSION'];
  const found = f.has(...concepts) || trespass || (sexualActs && animal);
  if (!found) return;
  const ev = f.evidence(...concepts, ...(trespass ? (['TRESPASS'] as Concept[]) : []), ...(sexualActs && animal ? (['SEXUAL', 'ANIMAL'] as Concept[]) : []));
  // "Other" is for crimes with a victim that fit no specific category; next to a hate crime it
  // still says what was damaged.
  if (r.size === 0) r.add('other', 0.8, ev);
  else if (r.has('hate-crime') && r.size === 1) r.add('other', 0.6, ev);
}
