import { describe, expect, it } from 'vitest';
import { splitCode } from '../../../lib/page-reader/codes';
import { asIdentifier, matchCaseNumberLabel, matchIncidentLabel, matchInlineCaseNumber, matchInlineIncident, matchNarrativeLabel } from '../../../lib/page-reader/labels';

describe('incident labels', () => {
  it('matches whole labels in any case, with colon, asterisks, numbering', () => {
    expect(matchIncidentLabel('* INCIDENT  TYPE :')).toEqual({ label: 'INCIDENT TYPE', isCode: false });
    expect(matchIncidentLabel('3. Nature of Call')).toEqual({ label: '3. Nature of Call', isCode: false });
    expect(matchIncidentLabel('NIBRS Code*')).toEqual({ label: 'NIBRS Code', isCode: true });
    expect(matchIncidentLabel('Statute')?.isCode).toBe(true);
  });

  it('does not match longer phrases, menu items or number labels', () => {
    for (const text of ['Offense Reports', 'Sexual Assault Unit', 'Incident Type Codes', 'Incident', 'Offense #', 'Call Received', 'Type', 'Report Type', 'Crime Reference']) {
      expect(matchIncidentLabel(text), text).toBeNull();
    }
  });

  it('matches inline "Label: value"', () => {
    expect(matchInlineIncident('Nature of Call: 415DV - DISTURBANCE')).toEqual({ label: 'Nature of Call', value: '415DV - DISTURBANCE' });
    expect(matchInlineIncident('Offense reported by caller')).toBeNull();
  });
});

describe('case number labels and values', () => {
  it('matches the usual labels', () => {
    for (const label of ['Case #', 'Case No.', 'Case Number', 'Report No.', 'Report #', 'Incident #', 'Incident Number', 'CAD #', 'Event #', 'Crime reference', 'Occurrence #', 'DR #', 'Agency Case #', 'Case']) {
      expect(matchCaseNumberLabel(`${label}:`), label).toBe(label);
    }
    expect(matchCaseNumberLabel('Case Status')).toBeNull();
    expect(matchCaseNumberLabel('Report Date')).toBeNull();
  });

  it('accepts identifiers only', () => {
    expect(asIdentifier(' 2026-004417 ')).toBe('2026-004417');
    expect(asIdentifier('#26-118734')).toBe('26-118734');
    expect(asIdentifier('R26-0318-0042')).toBe('R26-0318-0042');
    expect(asIdentifier('PENDING')).toBeNull();
    expect(asIdentifier('see the report from 2026 about the incident')).toBeNull();
    expect(asIdentifier('1'.repeat(40))).toBeNull();
  });

  it('reads inline case numbers with a marker', () => {
    expect(matchInlineCaseNumber('Case # 2026-004417')).toEqual({ label: 'Case #', value: '2026-004417' });
    expect(matchInlineCaseNumber('Report No.: 26-11873')).toEqual({ label: 'Report No.', value: '26-11873' });
    expect(matchInlineCaseNumber('Case #2026-1')).toEqual({ label: 'Case #', value: '2026-1' });
    expect(matchInlineCaseNumber('Case 2026 Summary')).toBeNull();
    expect(matchInlineCaseNumber('Case: closed')).toBeNull();
  });
});

describe('narrative labels', () => {
  it('matches narrative-like labels only', () => {
    for (const label of ['Narrative', 'Synopsis', 'Details', 'Remarks', 'Summary', 'Comments', 'Case Narrative', 'Narrative Text']) {
      expect(matchNarrativeLabel(`${label}:`), label).toBe(label);
    }
    expect(matchNarrativeLabel('Summary of Charges Filed Today')).toBeNull();
  });
});

describe('splitCode', () => {
  it.each([
    ['13B - SIMPLE ASSAULT', '13B'],
    ['273.5 PC - CORPORAL INJURY', '273.5 PC'],
    ['PC 273.5 CORPORAL INJURY SPOUSE', 'PC 273.5'],
    ['192(A) PC VOLUNTARY MANSLAUGHTER', '192(A) PC'],
    ['720-5/9-1 First Degree Murder', '720-5/9-1'],
    ['A-15 CHILD ABUSE', 'A-15'],
    ['415DV', '415DV'],
    ['10-16', '10-16'],
    ['HS 11350 POSSESSION', 'HS 11350'],
  ])('%s → %s', (text, code) => {
    expect(splitCode(text)).toBe(code);
  });

  it.each(['DOM VIOL - BATTERY', 'ROBBERY - STRONG ARM', '2ND DEGREE MURDER', 'ASLT-DV', 'SEXUAL ASSAULT'])('%s has no code', (text) => {
    expect(splitCode(text)).toBeUndefined();
  });
});
