import { describe, expect, it } from 'vitest';
import { isAnnounceRequest, makePageReport, MAX_TITLE } from '../../lib/messages/page-report';
import { parsePageReport } from '../../lib/messages/schemas';

describe('page reports', () => {
  it('collapse whitespace and cap a hostile title', () => {
    const report = makePageReport(`  Report\n\n  ${'x'.repeat(5000)}`, 'http://rms/', true);
    expect(report.title.length).toBe(MAX_TITLE);
    expect(report.title.startsWith('Report x')).toBe(true);
    expect(parsePageReport(report)).toEqual(report);
  });

  it('are rejected when malformed', () => {
    expect(parsePageReport({ type: 'vsp:page', title: 1, url: '', top: true })).toBeUndefined();
    expect(parsePageReport({ type: 'other', title: '', url: '', top: true })).toBeUndefined();
    expect(parsePageReport({ type: 'vsp:page', title: 'x'.repeat(MAX_TITLE + 1), url: '', top: true })).toBeUndefined();
    expect(parsePageReport(null)).toBeUndefined();
  });

  it('recognise only the announce request', () => {
    expect(isAnnounceRequest({ type: 'vsp:announce' })).toBe(true);
    expect(isAnnounceRequest({ type: 'vsp:page' })).toBe(false);
    expect(isAnnounceRequest('vsp:announce')).toBe(false);
  });
});
