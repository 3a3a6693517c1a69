import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ReferralImport } from '../../../../components/options/ReferralImport';
import { previewFiles } from '../../../../components/options/referral-files';
import { commitImport, emptyDirectory, importTemplateCsv } from '../../../../lib/referrals';
import { createFakePlatform } from '../fake-platform';
import { renderOptions } from './render-options';

const HEADER = 'name,categories,service types,phone,text line,website,languages,hours,24/7,service area counties,service area ZIPs,time zone,notes,last verified';
const GOOD = 'Harbor Safe Haven,domestic violence,hotline,(503) 555-0142,,,English,24/7,yes,,,America/Los_Angeles,,2026-10-01';
const BAD = 'Broken Line,domestic violence,hotline,555-12,,,English,24/7,yes,,,America/Los_Angeles,,2026-10-01';
const OLD = 'Old Line,domestic violence,hotline,(503) 555-0143,,,English,24/7,yes,,,America/Los_Angeles,,2020-01-01';

function choose(input: HTMLElement, files: File[]) {
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  fireEvent.change(input);
}

function directoryFrom(rows: string[]) {
  const committed = commitImport(emptyDirectory(), importTemplateCsv([HEADER, ...rows].join('\n'), { name: 'old.csv' }), new Date('2026-01-05T00:00:00Z'));
  if (!committed.ok) throw new Error(committed.error);
  return committed.directory;
}

describe('referral import', () => {
  it('chooses the importer from the files', () => {
    expect(previewFiles([{ name: 'x.json', text: '[]' }]).source.kind).toBe('hsds-json');
    expect(previewFiles([{ name: 'mine.csv', text: `${HEADER}\n${GOOD}` }]).source.kind).toBe('template-csv');
    expect(previewFiles([{ name: 'a.csv', text: '' }, { name: 'b.csv', text: '' }]).fatal).toMatch(/services\.csv/);
    expect(previewFiles([{ name: 'a.csv', text: '' }, { name: 'b.json', text: '' }]).fatal).toMatch(/\.json/);
    // An HSDS services table saved under another name is still read as HSDS.
    expect(previewFiles([{ name: 'export.csv', text: 'id,organization_id,name\ns1,o1,Haven' }]).source.kind).toBe('hsds-csv');
  });

  it('reads an HSDS tabular export chosen as several files together', async () => {
    const { fake } = renderOptions({ settings: {} });
    const services = 'id,organization_id,name,description,status\ns1,o1,Harbor Safe Haven,domestic violence shelter,active';
    const phones = 'id,service_id,number,type\np1,s1,(503) 555-0142,voice';
    const taxonomy = 'id,name,taxonomy\nt1,domestic violence shelter,local';
    choose(screen.getByTestId('import-file'), [new File([services], 'services.csv'), new File([phones], 'phones.csv'), new File([taxonomy], 'notes.csv')]);
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toMatch(/services can be imported/);
    expect(screen.getByTestId('import-warnings').textContent).toContain('notes.csv');
    expect(fake.page.saveDirectory).not.toHaveBeenCalled();
  });

  it('previews valid and invalid rows with the row and the reason, imports only on confirm, and keeps the bad rows listed', async () => {
    const { fake } = renderOptions({ settings: {} });
    choose(screen.getByTestId('import-file'), [new File([`${HEADER}\n${GOOD}\n${BAD}`], 'dept.csv', { type: 'text/csv' })]);
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toContain('1 services can be imported; 1 rows have problems');
    expect(screen.getByTestId('import-invalid').textContent).toBe("Row 3, phone: '555-12' is not a phone number (Broken Line)");
    expect(preview.textContent).toContain('Nothing has changed yet');
    expect(fake.page.saveDirectory).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('import-confirm'));
    await waitFor(() => expect(screen.getByTestId('import-message').textContent).toContain('Imported 1 services'));
    expect(fake.page.saveDirectory).toHaveBeenCalledOnce();
    expect(fake.page.saveDirectory.mock.calls[0]![0].referrals.map((referral) => referral.name)).toEqual(['Harbor Safe Haven']);
    await waitFor(() => expect(screen.getByTestId('directory-summary').textContent).toContain('1 services'));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(screen.getByTestId('import-skipped').textContent).toContain('1 rows were not imported');
    expect(screen.getByTestId('import-skipped-rows').textContent).toContain("Row 3, phone: '555-12' is not a phone number");
  });

  it('names JSON problems by position in the list', async () => {
    renderOptions({ settings: {} });
    const json = JSON.stringify([{ id: 'a', name: 'Only Name', phones: [{ number: '1' }] }]);
    choose(screen.getByTestId('import-file'), [new File([json], 'dept.json')]);
    await screen.findByTestId('import-preview');
    expect(screen.getByTestId('import-invalid').textContent).toMatch(/^Service 1, phones\[0\]\.number: '1' is not a phone number/);
    expect(screen.getByTestId<HTMLButtonElement>('import-confirm').disabled).toBe(true);
  });

  it('keeps the previous directory when saving fails, and says so', async () => {
    const previous = directoryFrom([GOOD, OLD]);
    const { fake } = renderOptions({ settings: {}, directory: previous });
    fake.page.saveDirectory.mockRejectedValueOnce(new Error('QuotaExceededError'));
    choose(screen.getByTestId('import-file'), [new File([`${HEADER}\n${GOOD}`], 'dept.csv')]);
    fireEvent.click(await screen.findByTestId('import-confirm'));
    await waitFor(() => expect(screen.getByTestId('import-message').textContent).toContain('previous directory is unchanged'));
    expect(screen.getByTestId('import-message').className).toContain('vsp-error');
    expect(screen.getByTestId('directory-summary').textContent).toContain('2 services');
    // The preview stays, so trying again needs no new file choice.
    expect(screen.getByTestId('import-confirm')).toBeTruthy();
  });

  it('refuses a file with nothing valid and keeps the directory', async () => {
    const { fake } = renderOptions({ settings: {}, directory: directoryFrom([GOOD]) });
    choose(screen.getByTestId('import-file'), [new File(['not,a,template\n1,2,3'], 'dept.csv')]);
    const preview = await screen.findByTestId('import-preview');
    expect(preview.querySelector('[role=alert]')).toBeTruthy();
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect(fake.page.saveDirectory).not.toHaveBeenCalled();
  });

  it('shows the current directory and names listings not verified in 12 months', async () => {
    renderOptions({ settings: {}, directory: directoryFrom([GOOD, OLD]) });
    await waitFor(() => expect(screen.getByTestId('directory-summary').textContent).toContain('Current directory: 2 services, imported 2026-01-05 from old.csv'));
    const stale = screen.getByTestId('stale-listings');
    expect(stale.textContent).toContain('1 listings not verified');
    expect(stale.textContent).toContain('Old Line (last verified 2020-01-01)');
    expect(stale.textContent).not.toContain('Harbor Safe Haven');
  });

  it('says the directory is managed by policy and turns import off', async () => {
    renderOptions({ settings: { referralDirectory: { directoryUrl: 'https://dept.example/directory.json' } }, locked: ['referralDirectory'] });
    expect((await screen.findByTestId('referral-import-managed')).textContent).toContain('policy manages this directory');
    expect(screen.getByTestId<HTMLInputElement>('import-file').disabled).toBe(true);
    expect(screen.getByTestId('referral-import').textContent).toContain('https://dept.example/directory.json');
  });

  it('links the template where the host serves it, and takes its platform as a prop', () => {
    const fake = createFakePlatform();
    render(<ReferralImport platform={fake.platform} locked={false} templateUrl="chrome-extension://abc/content/referrals/template.csv" />);
    expect(screen.getByTestId('import-template').getAttribute('href')).toBe('chrome-extension://abc/content/referrals/template.csv');
    expect(screen.getByTestId('directory-summary').textContent).toContain('No local directory yet');
  });
});
