import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { commitImport, emptyDirectory, importTemplateCsv } from '../../../../lib/referrals';
import { readingPage, renderPanel } from '../script/render-panel';

const CSV = [
  'name,categories,service types,phone,text line,website,languages,hours,24/7,service area counties,service area ZIPs,time zone,notes,last verified',
  'Harbor Safe Haven,domestic violence,hotline; emergency shelter,(503) 555-0142,,https://example.org/haven,English; Spanish,24/7,yes,,,America/Los_Angeles,,2026-10-01',
  'Cedar Food Bank,,food,(503) 555-0150,,,English,Mo-Fr 09:00-17:00,no,,,America/Los_Angeles,,2026-10-01',
].join('\n');

function departmentDirectory() {
  const committed = commitImport(emptyDirectory(), importTemplateCsv(CSV, { name: 'dept.csv' }), new Date('2026-11-20T00:00:00Z'));
  if (!committed.ok) throw new Error(committed.error);
  return committed.directory;
}

const names = () => [...document.querySelectorAll('[data-testid=referral] .vsp-referral-name')].map((node) => node.textContent);

describe('referrals card', () => {
  it('offers the local DV shelter and the national DV hotline for a DV report, and never a food bank unasked', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, directory: departmentDirectory() });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-7')));
    await waitFor(() => expect(names()).toContain('Harbor Safe Haven'));
    expect(names()).toContain('National Domestic Violence Hotline');
    expect(names()).not.toContain('Cedar Food Bank');
    const haven = document.querySelector('[data-referral-id] a[href^="tel:"]') as HTMLAnchorElement;
    expect(haven.getAttribute('href')).toMatch(/^tel:\+?1?\d+/);
  });

  it('records "give to victim" with the service’s name and number, and shows when', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, directory: departmentDirectory() });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-8')));
    await waitFor(() => expect(names()).toContain('Harbor Safe Haven'));
    const item = [...document.querySelectorAll('[data-testid=referral]')].find((node) => node.textContent?.includes('Harbor Safe Haven'))!;
    const give = item.querySelector('[data-testid=give-referral]') as HTMLButtonElement;
    await waitFor(() => expect(give.disabled).toBe(false));
    fireEvent.click(give);
    await waitFor(() => expect(item.querySelector('[data-testid=referral-given]')).toBeTruthy());
    const incident = await (await fake.platform.openIncidentStore()).getIncident('26-8');
    expect(incident!.entries.at(-1)).toMatchObject({ itemId: 'referral-given', details: { name: 'Harbor Safe Haven', phone: '(503) 555-0142' } });
    // And the checklist lists it under "Referrals given".
    await waitFor(() => expect(document.querySelector('[data-item-id=referral-given]')!.textContent).toContain('Harbor Safe Haven'));
  });

  it('filters by name and says when nothing matches', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, directory: departmentDirectory() });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-9')));
    await waitFor(() => expect(names().length).toBeGreaterThan(1));
    fireEvent.input(screen.getByTestId('referral-search'), { target: { value: 'haven' } });
    await waitFor(() => expect(names()).toEqual(['Harbor Safe Haven']));
    fireEvent.input(screen.getByTestId('referral-search'), { target: { value: 'zzz' } });
    await waitFor(() => expect(screen.getByTestId('referral-none')).toBeTruthy());
  });
});
