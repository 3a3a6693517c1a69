import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MAX_TESTER_LINES } from '../../../../components/options/ClassifyTester';
import { choose, renderOptions, typeInto } from './render-options';

function test(lines: string) {
  typeInto(screen.getByTestId('tester-input'), lines);
  fireEvent.click(screen.getByTestId('tester-run'));
}

const rows = () => screen.getAllByTestId('tester-row');

describe('<ClassifyTester> on the options page', () => {
  it('shows a department mapping winning over the built-in rule, and a no-victim line as none', () => {
    renderOptions({ admin: { mappings: [{ match: 'XYZ-77', kind: 'pattern', category: 'elder-abuse-neglect' }] } });
    test('XYZ-77 ASSAULT\nWELFARE CHECK\n\n  BATTERY  \n');
    expect(rows().map((row) => row.getAttribute('data-first-category'))).toEqual(['elder-abuse-neglect', 'none', 'adult-physical-assault']);

    const [mapped, none, builtIn] = rows() as [HTMLElement, HTMLElement, HTMLElement];
    const cells = (row: HTMLElement) => [...row.children].map((cell) => cell.textContent);
    expect(cells(mapped)[0]).toBe('XYZ-77 ASSAULT');
    expect(cells(mapped)[1]).toBe('Elder abuse or neglectAdult physical assault');
    expect(within(mapped).getAllByRole('listitem')[0]!.textContent).toBe('Elder abuse or neglect');
    expect(cells(mapped)[2]).toContain("department mapping: pattern 'XYZ-77'");
    expect(cells(mapped)[3]).toBe('Department mapping');
    expect(cells(none)[1]).toBe('none');
    expect(cells(none)[3]).toBe('Built-in rules');
    expect(cells(builtIn)[3]).toBe('Built-in rules');
    expect(screen.getByTestId('tester-summary').textContent).toBe('Lines tested: 3. Recognised: 2. No victimization: 1. Decided by a department mapping: 1.');
  });

  it('follows a mapping added after the test was run', async () => {
    const { fake } = renderOptions();
    test('XYZ-77 ASSAULT');
    expect(rows()[0]!.getAttribute('data-first-category')).toBe('adult-physical-assault');
    typeInto(screen.getByTestId('mapping-match'), 'XYZ-77');
    choose(screen.getByTestId('mapping-kind'), 'pattern');
    choose(screen.getByTestId('mapping-category'), 'elder-abuse-neglect');
    fireEvent.click(screen.getByTestId('mapping-add'));
    await waitFor(() => expect(fake.admin().options.mappings).toHaveLength(1));
    await waitFor(() => expect(rows()[0]!.getAttribute('data-first-category')).toBe('elder-abuse-neglect'));
  });

  it('renders <b> in a pasted line as text, never as markup', () => {
    const { view } = renderOptions();
    test('<b>ASSAULT</b>\n<img src=x onerror=alert(1)>');
    expect(view.container.querySelector('[data-testid=tester-results] b, [data-testid=tester-results] img')).toBeNull();
    expect(rows()[0]!.querySelector('th')!.textContent).toBe('<b>ASSAULT</b>');
    expect(rows()[1]!.querySelector('th')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it(`tests at most ${MAX_TESTER_LINES} lines and says so`, () => {
    renderOptions();
    test(Array.from({ length: MAX_TESTER_LINES + 5 }, (_, i) => `LINE ${i}`).join('\n'));
    expect(rows()).toHaveLength(MAX_TESTER_LINES);
    expect(screen.getByTestId('tester-cut').textContent).toBe(`Only the first ${MAX_TESTER_LINES} of ${MAX_TESTER_LINES + 5} lines were tested.`);
  });

  it('asks for a line when nothing was pasted', () => {
    renderOptions();
    test('  \n ');
    expect(screen.getByTestId('tester-summary').textContent).toBe('Paste at least one line to test.');
    expect(screen.queryByTestId('tester-results')).toBeNull();
  });
});
