import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { previewFiles } from '../../../../components/options/referral-files';
import { renderOptions } from './render-options';

const HEADER = 'name,categories,service types,phone,text line,website,languages,hours,24/7,service area counties,service area ZIPs,time zone,notes,last verified';
const GOOD = 'Harbor Safe Haven,domestic violence,hotline,(503) 555-0142,,,English,24/7,yes,,,America/Los_Angeles,,2026-10-01';
const BAD = 'Broken Line,domestic violence,hotline,555-12,,,English,24/7,yes,,,America/Los_Angeles,,2026-10-01';

function choose(input: HTMLElement, files: File[]) {
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  fireEvent.change(input);
}

describe('referral import', () => {
  it('chooses the importer from the files', () => {
    expect(previewFiles([{ name: 'x.json', text: '[]' }]).source.kind).toBe('hsds-json');
    expect(previewFiles([{ name: 'mine.csv', text: `${HEADER}\n${GOOD}` }]).source.kind).toBe('template-csv');
    expect(previewFiles([{ name: 'a.csv', text: '' }, { name: 'b.csv', text: '' }]).fatal).toMatch(/services\.csv/);
  });

  it('previews valid and invalid rows with the row and the reason, and imports only on confirm', async () => {
    const { fake } = renderOptions({ settings: {} });
    choose(screen.getByTestId('import-file'), [new File([`${HEADER}\n${GOOD}\n${BAD}`], 'dept.csv', { type: 'text/csv' })]);
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toContain('1 services can be imported; 1 rows have problems');
    expect(screen.getByTestId('import-invalid').textContent).toMatch(/Row 3.*phone.*555-12/);
    expect(fake.page.saveDirectory).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('import-confirm'));
    await waitFor(() => expect(screen.getByTestId('import-message').textContent).toContain('Imported 1 services'));
    expect(fake.page.saveDirectory).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.getByTestId('directory-summary').textContent).toContain('1 services'));
  });

  it('keeps the previous directory when saving fails, and says so', async () => {
    const { fake } = renderOptions({ settings: {} });
    fake.page.saveDirectory.mockRejectedValueOnce(new Error('QuotaExceededError'));
    choose(screen.getByTestId('import-file'), [new File([`${HEADER}\n${GOOD}`], 'dept.csv')]);
    fireEvent.click(await screen.findByTestId('import-confirm'));
    await waitFor(() => expect(screen.getByTestId('import-message').textContent).toContain('previous directory is unchanged'));
  });
});
