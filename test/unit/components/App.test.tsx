import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../../components/App';
import { createFakePlatform } from './fake-platform';

describe('<App>', () => {
  it('shows which page it reads, politely announced', () => {
    const fake = createFakePlatform();
    render(<App platform={fake.platform} />);
    expect(screen.getByTestId('page-status').textContent).toContain('Looking for the page');
    act(() => fake.setPage({ kind: 'reading', tabId: 3, page: { title: 'Incident Report 2026-004417', url: 'https://rms.harbor.example/reports/1' } }));
    expect(screen.getByTestId('page-title').textContent).toBe('Reading Incident Report 2026-004417');
    expect(screen.getByTestId('page-host').textContent).toBe('rms.harbor.example');
    const status = screen.getByTestId('page-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
  });

  it('renders page text as text, never as markup', () => {
    const fake = createFakePlatform();
    const { container } = render(<App platform={fake.platform} />);
    act(() => fake.setPage({ kind: 'reading', tabId: 3, page: { title: '<img src=x onerror=alert(1)>', url: 'not a url' } }));
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('page-title').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(screen.getByTestId('page-host').textContent).toBe('');
  });

  it('names an untitled page', () => {
    const fake = createFakePlatform();
    render(<App platform={fake.platform} />);
    act(() => fake.setPage({ kind: 'reading', tabId: 3, page: { title: '', url: 'https://rms/' } }));
    expect(screen.getByTestId('page-title').textContent).toBe('Reading Untitled page');
  });

  it('pops out on request, but not from a panel that is already popped out', () => {
    const fake = createFakePlatform();
    render(<App platform={fake.platform} />);
    fireEvent.click(screen.getByTestId('pop-out'));
    expect(fake.platform.popOut).toHaveBeenCalledOnce();
  });

  it('has no pop-out button when pinned to a tab', () => {
    const fake = createFakePlatform({ pinned: true });
    render(<App platform={fake.platform} />);
    expect(screen.queryByTestId('pop-out')).toBeNull();
  });

  it('explains a page it may not read, with the shortcut, and reports a refused read', async () => {
    const fake = createFakePlatform({ readResult: false });
    render(<App platform={fake.platform} />);
    act(() => fake.setPage({ kind: 'unavailable', tabId: 3, reason: 'not-permitted' }));
    expect(screen.getByTestId('page-status').textContent).toContain("not one of your department's RMS sites");
    await waitFor(() => expect(document.body.textContent).toContain('press Alt+Shift+V'));
    fireEvent.click(screen.getByTestId('read-this-page'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('could not read this page'));
  });

  it('says when the tab closed or is a browser page, with no read button', () => {
    const fake = createFakePlatform();
    render(<App platform={fake.platform} />);
    act(() => fake.setPage({ kind: 'unavailable', reason: 'closed' }));
    expect(screen.getByTestId('page-status').textContent).toContain('has been closed');
    act(() => fake.setPage({ kind: 'unavailable', tabId: 1, reason: 'restricted' }));
    expect(screen.getByTestId('page-status').textContent).toContain('does not read browser pages');
    expect(screen.queryByTestId('read-this-page')).toBeNull();
  });

  it('speaks Spanish when the officer does', () => {
    const fake = createFakePlatform({ language: 'es' });
    render(<App platform={fake.platform} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Servicios a víctimas');
    expect(document.querySelector('.vsp-app')!.getAttribute('lang')).toBe('es');
  });

  it('keeps two panels apart and stops watching when unmounted', () => {
    const a = createFakePlatform();
    const b = createFakePlatform();
    const first = render(<App platform={a.platform} />);
    render(<App platform={b.platform} />);
    act(() => a.setPage({ kind: 'reading', tabId: 1, page: { title: 'A', url: 'https://a/' } }));
    expect(screen.getAllByTestId('page-title').map((node) => node.textContent)).toEqual(['Reading A']);
    first.unmount();
    expect(a.listenerCount()).toBe(0);
    expect(b.listenerCount()).toBe(1);
  });
});
