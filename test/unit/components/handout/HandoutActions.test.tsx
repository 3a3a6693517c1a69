import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PlatformContext } from '../../../../components/context';
import { HandoutActions, type HandoutActionsProps } from '../../../../components/handout/HandoutActions';
import { createFakePlatform } from '../fake-platform';

function renderActions(props: Partial<HandoutActionsProps> = {}) {
  const { platform } = createFakePlatform();
  const handlers = { onPreviewChange: vi.fn(), onPrint: vi.fn() };
  render(
    <PlatformContext.Provider value={platform}>
      <HandoutActions previewing={false} regionId="region" {...handlers} {...props} />
    </PlatformContext.Provider>,
  );
  return handlers;
}

describe('<HandoutActions>', () => {
  it('toggles the preview and prints on click', () => {
    const { onPreviewChange, onPrint } = renderActions();
    const preview = screen.getByTestId('handout-preview');
    expect(preview.textContent).toBe('Preview handout');
    expect(preview.getAttribute('aria-expanded')).toBe('false');
    expect(preview.getAttribute('aria-controls')).toBe('region');
    fireEvent.click(preview);
    expect(onPreviewChange).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByTestId('handout-print'));
    expect(onPrint).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('handout-print-reason')).toBeNull();
  });

  it('is disabled with the reason when the department turned printing off', () => {
    const { onPrint } = renderActions({ printBlockedBy: 'policy', previewing: true });
    const print = screen.getByTestId('handout-print') as HTMLButtonElement;
    expect(print.disabled).toBe(true);
    fireEvent.click(print);
    expect(onPrint).not.toHaveBeenCalled();
    const reason = screen.getByTestId('handout-print-reason');
    expect(reason.textContent).toBe('Printing is turned off by your department.');
    expect(print.getAttribute('aria-describedby')).toBe(reason.id);
    expect(screen.getByTestId('handout-preview').textContent).toBe('Hide preview');
  });

  it('lists the officer’s warnings', () => {
    renderActions({ warnings: ['one', 'two'] });
    expect([...screen.getByTestId('handout-warnings').querySelectorAll('li')].map((li) => li.textContent)).toEqual(['one', 'two']);
  });
});
