import { waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPanelStores } from '../../../../components/panel-stores';
import { createFakePlatform } from '../fake-platform';
import { readingPage } from '../script/render-panel';

afterEach(() => vi.useRealTimers());

function started(settings: Record<string, unknown>) {
  const fake = createFakePlatform({ settings });
  const stores = createPanelStores(fake.platform);
  const stop = stores.start();
  return { fake, store: stores.referrals, stop };
}

describe('referral store', () => {
  it('loads the national lines for the jurisdiction’s country and follows a change of country', async () => {
    const { fake, store, stop } = started({ jurisdiction: 'US-CA' });
    fake.setPage(readingPage('DOM VIOL - BATTERY', '31-1'));
    await waitFor(() => expect(store.loading.value).toBe(false));
    expect(store.matches.value.map((match) => match.id)).toContain('us-national-domestic-violence-hotline');
    fake.setSettings({ jurisdiction: 'GB-ENG' });
    await waitFor(() => expect(fake.page.fetchContent).toHaveBeenCalledWith('content/referrals/national-gb.json'));
    await waitFor(() => expect(store.matches.value.some((match) => match.id.startsWith('gb-'))).toBe(true));
    expect(store.matches.value.some((match) => match.id.startsWith('us-'))).toBe(false);
    stop();
  });

  it('has no national lines (and stops loading) for a country it has none for', async () => {
    const { fake, store, stop } = started({ jurisdiction: 'CA-ON' });
    fake.setPage(readingPage('DOM VIOL - BATTERY', '31-2'));
    await waitFor(() => expect(store.loading.value).toBe(false));
    expect(store.matches.value).toEqual([]);
    expect(fake.page.fetchContent).not.toHaveBeenCalledWith(expect.stringContaining('content/referrals/'));
    stop();
  });

  it('moves its clock on every minute, so "open now" stays true', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-11-22T11:00:00Z'));
    const { store, stop } = started({ jurisdiction: 'US-CA' });
    const before = store.now.value.getTime();
    vi.advanceTimersByTime(60_000);
    expect(store.now.value.getTime()).toBe(before + 60_000);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(store.now.value.getTime()).toBe(before + 60_000);
  });

  it('does not refetch for other settings, and reports national lines that fail to load', async () => {
    const { fake, store, stop } = started({ jurisdiction: 'US-CA' });
    await waitFor(() => expect(store.loading.value).toBe(false));
    const calls = fake.page.fetchContent.mock.calls.filter(([path]) => path.startsWith('content/referrals/')).length;
    fake.setSettings({ jurisdiction: 'US-NY' });
    expect(fake.page.fetchContent.mock.calls.filter(([path]) => path.startsWith('content/referrals/')).length).toBe(calls);
    const real = fake.page.fetchContent.getMockImplementation()!;
    fake.page.fetchContent.mockImplementation(async (path: string) => (path.includes('national-gb') ? Promise.reject(new Error('offline')) : real(path)));
    fake.setSettings({ jurisdiction: 'GB-ENG' });
    await waitFor(() => expect(store.problem.value).toBe('The national lines could not be loaded (offline). Local services are still listed.'));
    expect(store.loading.value).toBe(false);
    stop();
  });

  it('filters by name and resets nothing else', () => {
    const { store, stop } = started({ jurisdiction: 'US-CA' });
    store.setFilters({ name: 'haven' });
    store.setFilters({ onlyOpenNow: true });
    expect(store.filters.value).toEqual({ onlyLanguage: false, onlyOpenNow: true, category: null, name: 'haven' });
    stop();
  });
});
