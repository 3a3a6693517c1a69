import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../../lib/store';
import { renderOptions } from './render-options';

describe('records tools', () => {
  it('exports monthly counts without case numbers, and deletes everything after one confirmation', async () => {
    const store = createMemoryStore({ crypto, pbkdf2Iterations: 1000 });
    await store.unlock();
    await store.createIncident({ caseNumber: 'CASE-SECRET-1', categories: ['domestic-family-violence'] });
    await store.appendEntry('CASE-SECRET-1', { itemId: 'safety-plan', state: 'done' });
    const { fake } = renderOptions({ settings: {}, store });
    fireEvent.click(screen.getByTestId('export-counts'));
    await waitFor(() => expect(fake.page.saveFile).toHaveBeenCalled());
    const [name, csv, type] = fake.page.saveFile.mock.calls[0]!;
    expect(name).toMatch(/^victim-services-counts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(type).toBe('text/csv');
    expect(csv).toContain('domestic-family-violence');
    expect(csv).not.toContain('CASE-SECRET-1');

    fireEvent.click(screen.getByTestId('delete-everything'));
    fireEvent.click(screen.getByTestId('delete-everything-confirm'));
    await waitFor(() => expect(screen.getByTestId('records-status').textContent).toContain('was deleted'));
    await store.unlock();
    expect((await store.listIncidents()).incidents).toEqual([]);
  });
});
