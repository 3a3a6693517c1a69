import { describe, expect, it, vi } from 'vitest';
import { pointAtField } from '../../../lib/page-reader/point-at-field';

function page() {
  document.body.innerHTML = `
    <label for="inc">Nature</label><input id="inc" name="nature" value="415DV">
    <button id="save">Save</button>`;
}

describe('pointAtField', () => {
  it('outlines what is under the pointer and takes the click without the page seeing it', () => {
    page();
    const pageClick = vi.fn();
    document.getElementById('save')!.addEventListener('click', pageClick);
    const onPick = vi.fn();
    pointAtField(document, { onPick, onCancel: vi.fn() });
    const input = document.getElementById('inc')! as HTMLInputElement;
    input.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    expect(input.style.outline).toContain('3px');
    input.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(onPick).toHaveBeenCalledWith({ selector: expect.any(String), sample: '415DV' });
    expect(document.querySelector(onPick.mock.calls[0]![0].selector)).toBe(input);
    expect(input.style.outline).toBe('');
    // Stopped after the pick: the page works normally again.
    document.getElementById('save')!.click();
    expect(pageClick).toHaveBeenCalledOnce();
  });

  it('maps a click on a label to its field, and swallows it', () => {
    page();
    const onPick = vi.fn();
    pointAtField(document, { onPick, onCancel: vi.fn() });
    const label = document.querySelector('label')!;
    const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    label.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(document.querySelector(onPick.mock.calls[0]![0].selector)).toBe(document.getElementById('inc'));
  });

  it('cancels on Escape and restores the page', () => {
    page();
    const onCancel = vi.fn();
    const onPick = vi.fn();
    pointAtField(document, { onPick, onCancel });
    const input = document.getElementById('inc')!;
    input.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(input.style.outline).toBe('');
    input.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(onPick).not.toHaveBeenCalled();
  });

  it('picks the focused field with Enter (keyboard only)', () => {
    page();
    const onPick = vi.fn();
    pointAtField(document, { onPick, onCancel: vi.fn() });
    document.getElementById('inc')!.focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ sample: '415DV' }));
  });
});
