/**
 * Deterministic HSDS JSON services for benchmarks and load tests: same n and seed, same output.
 * Numbers use the 555-01xx range reserved for fiction; nothing here is a real service.
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Harbor', 'Riverside', 'Cedar', 'Lakeview', 'Summit', 'Pine Valley', 'Bayside', 'Oak Hill', 'Granite', 'Willow'];
const TERMS = [
  'domestic violence shelter', 'domestic violence hotline', 'sexual assault counseling', 'crime victim compensation',
  'legal aid', 'child abuse', 'child advocacy center', 'elder abuse', 'human trafficking', 'stalking', 'identity theft',
  'homicide survivors', 'victim services', 'food pantry', 'transitional housing', 'forensic exam', 'court advocacy',
  'hate crime', 'restorative justice', 'drunk driving',
];
const LANGUAGES = ['en', 'es', 'vi', 'zh', 'ko', 'tl', 'ru', 'ar', 'so', 'hmn'];
const TIME_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix'];
const DAY_SETS = ['MO,TU,WE,TH,FR', 'MO,TU,WE,TH,FR,SA', 'TU,TH', 'SA,SU'];

export function generateServices(n: number, seed = 1): unknown[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const services: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const place = pick(PLACES);
    const term = pick(TERMS);
    const second = pick(TERMS);
    const county = `${pick(PLACES)} County`;
    const national = random() < 0.01;
    const is24x7 = random() < 0.15;
    const overnight = !is24x7 && random() < 0.1;
    const timezone = pick(TIME_ZONES);
    const suffix = String(i % 100).padStart(2, '0');
    const languages = ['en', ...(random() < 0.5 ? [pick(LANGUAGES)] : [])];
    services.push({
      id: `bench-${seed}-${i}`,
      name: `${place} ${term.replace(/\b\w/g, (c) => c.toUpperCase())} ${i}`,
      description: `Fictional ${term} service for benchmarks.`,
      url: `https://example.org/services/${i}`,
      status: 'active',
      assured_date: `202${Math.floor(random() * 6)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      timezone,
      organization: { id: `org-${i % 2000}`, name: `${place} Community Services ${i % 2000}`, website: 'https://example.org' },
      phones: [
        { id: `ph-${i}`, number: `503-555-01${suffix}`, type: is24x7 ? 'hotline' : 'voice', languages: languages.map((code) => ({ code })) },
        ...(random() < 0.2 ? [{ id: `tx-${i}`, number: '555010', type: 'text' }] : []),
      ],
      languages: languages.map((code) => ({ code })),
      schedules: is24x7
        ? [{ opens_at: '00:00', closes_at: '24:00', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU' }]
        : overnight
          ? [{ opens_at: '22:00', closes_at: '02:00', freq: 'WEEKLY', byday: pick(DAY_SETS) }]
          : [{ opens_at: '09:00', closes_at: '17:00', freq: 'WEEKLY', byday: pick(DAY_SETS) }],
      service_areas: national ? [{ name: 'National' }] : [{ name: county }, { name: `97${String(200 + (i % 300))}` }],
      service_at_locations: [
        {
          id: `sal-${i}`,
          location: {
            id: `loc-${i}`,
            name: `${place} office`,
            latitude: 45 + random() * 2,
            longitude: -123 + random() * 2,
            confidential: term.includes('shelter'),
            addresses: [{ address_1: `${100 + i} Example St`, city: place, state_province: 'OR', postal_code: '97201', country: 'US' }],
          },
        },
      ],
      attributes: [
        { taxonomy_term: { name: term, taxonomy: 'bench' } },
        { taxonomy_term: { name: second, taxonomy: 'bench' } },
      ],
    });
  }
  return services;
}
