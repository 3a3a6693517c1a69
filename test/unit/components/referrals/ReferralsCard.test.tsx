import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DirectorySchema, commitImport, emptyDirectory, importTemplateCsv } from '../../../../lib/referrals';
import { readingPage, renderPanel } from '../script/render-panel';

const CSV = [
  'name,categories,service types,phone,text line,website,languages,hours,24/7,service area counties,service area ZIPs,time zone,notes,last verified',
  'Harbor Safe Haven,domestic violence,hotline; emergency shelter,(503) 555-0142,,https://example.org/haven,English; Spanish,24/7,yes,,,America/Los_Angeles,,2026-10-01',
  'Rose Court Advocates,domestic violence,advocacy,(503) 555-0160,,,English,Mo-Fr 09:00-17:00,no,,,America/Los_Angeles,,2026-10-01',
  'Cedar Food Bank,,food,(503) 555-0150,,,English,Mo-Fr 09:00-17:00,no,,,America/Los_Angeles,,2026-10-01',
].join('\n');

function departmentDirectory() {
  const preview = importTemplateCsv(CSV, { name: 'dept.csv' });
  expect(preview.invalid).toEqual([]);
  const committed = commitImport(emptyDirectory(), preview, new Date('2026-11-20T00:00:00Z'));
  if (!committed.ok) throw new Error(committed.error);
  return committed.directory;
}

const items = () => [...document.querySelectorAll<HTMLElement>('[data-testid=referral]')];
const names = () => items().map((node) => node.querySelector('.vsp-referral-name')!.textContent);
const item = (name: string) => items().find((node) => node.querySelector('.vsp-referral-name')!.textContent === name)!;

afterEach(() => vi.useRealTimers());

describe('referrals card', () => {
  it('puts the local 24/7 DV line first, then the national DV hotline, and never a food bank unasked', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, directory: departmentDirectory() });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-7')));
    await waitFor(() => expect(names()).toContain('Harbor Safe Haven'));
    expect(fake.page.fetchContent).toHaveBeenCalledWith('content/referrals/national-us.json');
    // matchReferrals: urgent crime → 24/7 hotlines for it first; among those, local before national.
    expect(names()[0]).toBe('Harbor Safe Haven');
    expect(names().indexOf('National Domestic Violence Hotline')).toBeGreaterThan(0);
    expect(names().indexOf('National Domestic Violence Hotline')).toBeLessThan(names().indexOf('VictimConnect Resource Center'));
    expect(names()).not.toContain('Cedar Food Bank');
    const hotline = item('National Domestic Violence Hotline');
    expect(hotline.querySelector('[data-testid=referral-hours]')!.textContent).toBe('Open 24/7');
    expect(hotline.querySelector('[data-testid=referral-why]')!.textContent).toContain('Serves');
    const haven = item('Harbor Safe Haven');
    expect(haven.getAttribute('data-referral-id')).toBeTruthy();
    expect(haven.querySelector('a[href^="tel:"]')!.getAttribute('href')).toMatch(/^tel:\+?1?\d+/);
    const site = haven.querySelector('a[target=_blank]')!;
    expect(site.getAttribute('rel')).toBe('noopener noreferrer');
    expect(site.textContent).toBe('example.org');
    expect(screen.getByTestId('directory-age').textContent).toMatch(/3 services/);
  });

  it('copies a number through the platform', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, directory: departmentDirectory() });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-6')));
    await waitFor(() => expect(names()).toContain('Harbor Safe Haven'));
    fireEvent.click(item('Harbor Safe Haven').querySelector('[data-testid=referral-copy]')!);
    await waitFor(() => expect(item('Harbor Safe Haven').querySelector('[data-testid=referral-copy]')!.textContent).toBe('Copied'));
    expect(fake.platform.copyText).toHaveBeenCalledWith('(503) 555-0142');
  });

  it('records "give to victim" with the service’s name and number, and shows when', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, directory: departmentDirectory() });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-8')));
    await waitFor(() => expect(names()).toContain('Harbor Safe Haven'));
    const give = item('Harbor Safe Haven').querySelector<HTMLButtonElement>('[data-testid=give-referral]')!;
    await waitFor(() => expect(give.disabled).toBe(false));
    fireEvent.click(give);
    await waitFor(() => expect(item('Harbor Safe Haven').querySelector('[data-testid=referral-given]')!.textContent).toMatch(/^Given at \d\d:\d\d/));
    const incident = await (await fake.platform.openIncidentStore()).getIncident('26-8');
    expect(incident!.entries.at(-1)).toMatchObject({
      itemId: 'referral-given',
      state: 'done',
      details: { referralId: item('Harbor Safe Haven').getAttribute('data-referral-id'), name: 'Harbor Safe Haven', referralType: 'hotline', phone: '(503) 555-0142', website: 'https://example.org/haven' },
    });
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

  it('hides services closed now when "open now only" is on, and says when they open', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T11:00:00Z')); // Sunday 03:00 in Los Angeles
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, directory: departmentDirectory() });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-10')));
    await waitFor(() => expect(names()).toContain('Rose Court Advocates'));
    expect(item('Rose Court Advocates').querySelector('[data-testid=referral-hours]')!.textContent).toMatch(/^Closed · opens \d\d:\d\d/);
    fireEvent.click(screen.getByTestId('referral-open-now'));
    await waitFor(() => expect(names()).not.toContain('Rose Court Advocates'));
    expect(names()).toContain('National Domestic Violence Hotline');
  });

  it('keeps only services that speak the victim’s language when asked', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, directory: departmentDirectory() });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-11')));
    await waitFor(() => expect(names()).toContain('Rose Court Advocates'));
    // The victim's language is chosen on the rights script card; Rose Court lists English only.
    fireEvent.change(await screen.findByTestId('victim-language'), { target: { value: 'es' } });
    await waitFor(() => expect(item('Rose Court Advocates').querySelector('[data-testid=referral-why]')!.textContent).toMatch(/not listed/));
    fireEvent.click(screen.getByTestId('referral-only-language'));
    await waitFor(() => expect(names()).not.toContain('Rose Court Advocates'));
    expect(names()).toContain('Harbor Safe Haven');
  });

  it('offers one chip per recognised category and narrows to it', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, directory: departmentDirectory() });
    act(() => fake.setPage(readingPage('DOMESTIC VIOLENCE; RAPE', '26-12')));
    await waitFor(() => expect(document.querySelectorAll('[data-testid=incident-category]').length).toBeGreaterThan(1));
    const categories = [...document.querySelectorAll('[data-testid=incident-category]')].map((node) => node.getAttribute('data-category'));
    await waitFor(() => expect(names()).toContain('National Sexual Assault Hotline (RAINN)'));
    const chips = screen.getAllByTestId('referral-chip');
    expect(chips.map((chip) => chip.getAttribute('data-category'))).toEqual(['', ...categories]);
    const dv = chips.find((chip) => chip.getAttribute('data-category') === 'domestic-family-violence')!;
    fireEvent.click(dv);
    expect(dv.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(names()).not.toContain('National Sexual Assault Hotline (RAINN)'));
    expect(names()).toContain('Harbor Safe Haven');
  });

  it('uses the needs recorded in the checklist: a food bank appears once basic needs are ticked', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, directory: departmentDirectory() });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-14')));
    await waitFor(() => expect(names()).toContain('Harbor Safe Haven'));
    expect(names()).not.toContain('Cedar Food Bank');
    const need = await waitFor(() => {
      const box = document.querySelector<HTMLInputElement>('[data-need=basic-needs]');
      expect(box?.disabled).toBe(false);
      return box!;
    });
    fireEvent.click(need);
    await waitFor(() => expect(names()).toContain('Cedar Food Bank'));
    expect(item('Cedar Food Bank').querySelector('[data-testid=referral-why]')!.textContent).toContain('Meets 1 recorded need');
  });

  it('never shows a shelter’s street address', async () => {
    const directory = DirectorySchema.parse({
      importedAt: '2026-11-22T00:00:00.000Z',
      source: { kind: 'hsds-json', name: 'dept.json' },
      referrals: [
        {
          id: 'safe-house',
          name: 'Lantern Safe House',
          categories: ['domestic-family-violence'],
          serviceTypes: ['emergency-shelter'],
          is24x7: true,
          phones: [{ number: '(503) 555-0199', type: 'hotline' }],
          locations: [{ id: 'l1', confidential: true, address: { address1: '12 Hidden Lane', city: 'Portland', postalCode: '97201' } }],
        },
      ],
    });
    const { fake } = renderPanel({ settings: { jurisdiction: 'US-CA' }, directory });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-15')));
    await waitFor(() => expect(names()).toContain('Lantern Safe House'));
    expect(screen.getByTestId('referrals').textContent).not.toMatch(/Hidden Lane|97201/);
    expect(screen.getByTestId('directory-age').textContent).toMatch(/1 services/);
  });

  it('says there is no department directory yet, and still lists national lines', async () => {
    const { fake } = renderPanel({ settings: { jurisdiction: 'GB-ENG' } });
    act(() => fake.setPage(readingPage('DOM VIOL - BATTERY', '26-13')));
    await waitFor(() => expect(names().length).toBeGreaterThan(0));
    expect(fake.page.fetchContent).toHaveBeenCalledWith('content/referrals/national-gb.json');
    expect(screen.getByTestId('directory-age').textContent).toContain('national lines only');
  });
});
