import { describe, expect, it } from 'vitest';
import { importHsdsCsv } from '../../../lib/referrals/import-hsds-csv';

const files = {
  'services.csv': 'id,organization_id,name,description,url,status,assured_date,victimization_categories,service_types,timezone\r\n' +
    'S1,O1,Riverside Crisis Line,24 hour line,https://example.org/rcl,active,2026-01-10,domestic violence;stalking,hotline,America/Chicago\r\n' +
    'S2,O1,Riverside Legal Clinic,"Protective orders, custody",https://example.org/legal,active,2025-12-01,,,America/Chicago\r\n',
  'organizations.csv': 'id,name,website\nO1,Riverside Services,https://example.org\n',
  'phones.csv': 'id,service_id,number,extension,type\nP1,S1,312-555-0100,,hotline\nP2,S2,312-555-0199,7,voice\n',
  'schedules.csv': 'id,service_id,opens_at,closes_at,byday,freq\nC1,S1,00:00,24:00,"MO,TU,WE,TH,FR,SA,SU",WEEKLY\nC2,S2,09:00,17:00,"MO,WE",WEEKLY\n',
  'service_areas.csv': 'id,service_id,name\nA1,S1,Riverside County\nA2,S2,IL\n',
  'languages.csv': 'id,service_id,phone_id,code\nL1,S1,,en\nL2,S1,,pl\nL3,,P1,es\n',
  'locations.csv': 'id,name,latitude,longitude,address_1,city,state_province,postal_code,confidential\nLOC1,Clinic,41.88,-87.63,1 Court Plaza,Riverside,IL,60601,false\n',
  'service_at_locations.csv': 'id,service_id,location_id\nSL1,S2,LOC1\n',
  'taxonomy_terms.csv': 'id,name,taxonomy\nT1,legal aid,Open Eligibility\nT2,restraining orders,Open Eligibility\n',
  'attributes.csv': 'id,link_id,taxonomy_term_id\nAT1,S2,T1\nAT2,S2,T2\n',
};

describe('HSDS tabular CSV import', () => {
  it('assembles the related files into referrals', () => {
    const preview = importHsdsCsv(files);
    expect(preview.invalid).toEqual([]);
    expect(preview.valid).toHaveLength(2);
    const [line, clinic] = preview.valid;
    expect(line).toMatchObject({
      categories: ['domestic-family-violence', 'stalking-harassment'],
      serviceTypes: ['hotline'],
      is24x7: true,
      languages: ['en', 'pl'],
      phones: [{ number: '312-555-0100', type: 'hotline', languages: ['es'] }],
      serviceArea: { counties: ['Riverside County'] },
      organization: { name: 'Riverside Services' },
    });
    expect(clinic).toMatchObject({
      serviceTypes: ['legal-aid-protective-orders'],
      phones: [{ number: '312-555-0199', extension: '7' }],
      serviceArea: { states: ['IL'] },
      locations: [{ id: 'LOC1', latitude: 41.88, address: { address1: '1 Court Plaza', postalCode: '60601' } }],
      schedules: [{ byday: 'MO,WE' }],
    });
  });

  it('points a bad nested value at its own file and row', () => {
    const preview = importHsdsCsv({ ...files, 'phones.csv': 'id,service_id,number,type\nP1,S1,312-555-0100,hotline\nP2,S2,555-12,voice\n' });
    expect(preview.valid.map((r) => r.id)).toEqual(['S1']);
    expect(preview.invalid[0]).toMatchObject({ file: 'services.csv', row: 3, name: 'Riverside Legal Clinic' });
    expect(preview.invalid[0]!.errors[0]).toMatchObject({ file: 'phones.csv', row: 3, message: "'555-12' is not a phone number" });
  });

  it('reports rows that reference a missing service, and broken rows in related files', () => {
    const preview = importHsdsCsv({
      ...files,
      'service_areas.csv': 'id,service_id,name\nA1,S1,Riverside County\nA9,S9,Nowhere County\n',
      'schedules.csv': 'id,service_id,opens_at,closes_at,byday\nC1,S1,00:00,24:00,"MO,TU\n',
    });
    expect(preview.warnings.some((w) => w.file === 'service_areas.csv' && w.row === 3 && /S9/.test(w.message))).toBe(true);
    expect(preview.invalid.some((r) => r.file === 'schedules.csv' && /never closed/.test(r.errors[0]!.message))).toBe(true);
  });

  it('needs services.csv', () => {
    expect(importHsdsCsv({ 'phones.csv': 'id\n' }).fatal).toMatch(/services.csv is missing/);
  });
});
