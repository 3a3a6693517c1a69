import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderOptions } from './render-options';

function choose(input: HTMLElement, text: string) {
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'script.json', { type: 'application/json' })] });
  fireEvent.change(input);
}

describe('rights script import', () => {
  it('adds a valid department script to the local settings', async () => {
    const { fake } = renderOptions({ settings: {} });
    const script = { ...JSON.parse(readFileSync('public/content/scripts/US-TX.en.json', 'utf8')), id: 'harbor-tx-en', reviewStatus: { status: 'reviewed', by: 'County Attorney', on: '2026-11-20' } };
    choose(screen.getByTestId('script-file'), JSON.stringify(script));
    await waitFor(() => expect(screen.getByTestId('script-import-status').textContent).toContain('Added harbor-tx-en for US-TX (en)'));
    expect(fake.platform.updateSettings).toHaveBeenCalledWith({ scripts: [script] });
    await waitFor(() => expect(screen.getByTestId('department-scripts').textContent).toContain('harbor-tx-en'));
  });

  it('lists every problem by path and stores nothing', async () => {
    const { fake } = renderOptions({ settings: {} });
    choose(screen.getByTestId('script-file'), JSON.stringify({ id: 'Bad Id', jurisdiction: 'Texas', sections: [] }));
    const errors = await screen.findByTestId('script-import-errors');
    expect(errors.textContent).toMatch(/jurisdiction: jurisdiction must look like/);
    expect(errors.textContent).toMatch(/id: /);
    choose(screen.getByTestId('script-file'), '{not json');
    await waitFor(() => expect(screen.getByTestId('script-import-errors').textContent).toContain('not JSON'));
    expect(fake.platform.updateSettings).not.toHaveBeenCalled();
  });
});
