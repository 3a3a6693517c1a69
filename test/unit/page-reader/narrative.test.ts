import { afterEach, describe, expect, it } from 'vitest';
import { findNarrativeField } from '../../../lib/page-reader';
import { page } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

const found = (html: string, narrativeSelector?: string) => findNarrativeField(page(html), narrativeSelector ? { narrativeSelector } : undefined);

describe('findNarrativeField', () => {
  it('finds the textarea by its label, preferring a narrative over comment boxes', () => {
    expect(found('<label for="a">Comments</label><textarea id="a"></textarea><label for="n">Narrative</label><textarea id="n"></textarea>')?.id).toBe('n');
    expect(found('<label for="a">Comments</label><textarea id="a"></textarea>')?.id).toBe('a');
    expect(found('<table><tr><td>Synopsis:</td><td><textarea id="s"></textarea></td></tr></table>')?.id).toBe('s');
    for (const label of ['Details', 'Remarks', 'Summary', 'Case Narrative']) {
      expect(found(`<div><span>${label}</span><textarea id="x"></textarea></div>`)?.id, label).toBe('x');
    }
  });

  it('finds a contenteditable editor labelled by aria', () => {
    expect(found('<div id="e" contenteditable="true" role="textbox" aria-label="Narrative"></div>')?.id).toBe('e');
    expect(found('<span id="l">Report narrative</span><div id="e" contenteditable aria-labelledby="l"></div>')?.id).toBe('e');
  });

  it('skips disabled, read-only and hidden fields', () => {
    expect(found('<label for="a">Narrative</label><textarea id="a" disabled></textarea>')).toBeNull();
    expect(found('<label for="a">Narrative</label><textarea id="a" readonly></textarea>')).toBeNull();
    expect(found('<div hidden><label for="a">Narrative</label><textarea id="a"></textarea></div>')).toBeNull();
  });

  it('uses the site rule first, and ignores an invalid one', () => {
    const html = '<label for="a">Narrative</label><textarea id="a"></textarea><div id="editor"><div contenteditable="true" id="inner"></div></div>';
    expect(found(html, '#editor')?.id).toBe('inner');
    expect(found(html, '[[bad')?.id).toBe('a');
  });

  it('falls back to a field named like a narrative, then to nothing', () => {
    expect(found('<textarea name="ctl00$Main$txtSynopsis" id="s"></textarea>')?.id).toBe('s');
    expect(found('<textarea id="other"></textarea><h2>Summary</h2>')).toBeNull();
  });

  it('is not fooled by headings or menus named like a narrative', () => {
    expect(found('<nav><a href="#">Narrative</a></nav><h3>Summary</h3><textarea id="t"></textarea>')).toBeNull();
  });
});
