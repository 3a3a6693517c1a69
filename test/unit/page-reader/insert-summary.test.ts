import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertSummary } from '../../../lib/page-reader/insert-summary';
import { page } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('insertSummary', () => {
  it('appends after the officer’s own narrative and fires the events a framework saves on', () => {
    const doc = page('<label for="n">Narrative</label><textarea id="n">Victim states she was pushed.</textarea><input id="other">');
    const other = doc.getElementById('other') as HTMLInputElement;
    other.focus();
    const field = doc.getElementById('n') as HTMLTextAreaElement;
    const events: string[] = [];
    field.addEventListener('input', () => events.push('input'));
    field.addEventListener('change', () => events.push('change'));

    expect(insertSummary(doc, 'VICTIM SERVICES\nRights read 14:02')).toBe('inserted');
    expect(field.value).toBe('Victim states she was pushed.\n\nVICTIM SERVICES\nRights read 14:02');
    expect(events).toEqual(['input', 'change']);
    // Focus stays where the officer left it.
    expect(doc.activeElement).toBe(other);
  });

  it('uses the site rule’s narrative selector before any heuristic', () => {
    const doc = page('<label>Narrative<textarea id="a"></textarea></label><textarea id="b" class="rms-notes"></textarea>');
    insertSummary(doc, 'summary', { narrativeSelector: '.rms-notes' });
    expect((doc.getElementById('b') as HTMLTextAreaElement).value).toBe('summary');
    expect((doc.getElementById('a') as HTMLTextAreaElement).value).toBe('');
  });

  it('writes plain text into a contenteditable narrative, never markup', () => {
    const doc = page('<label id="l">Narrative</label><div id="n" contenteditable="true" aria-labelledby="l"></div>');
    const field = doc.getElementById('n')!;
    const listener = vi.fn();
    field.addEventListener('input', listener);
    expect(insertSummary(doc, '<img src=x onerror=alert(1)>\nline two')).toBe('inserted');
    expect(field.querySelector('img')).toBeNull();
    expect(field.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(field.querySelectorAll('br')).toHaveLength(1);
    expect(listener).toHaveBeenCalledOnce();
  });

  it('says so when the page has no narrative field, and changes nothing', () => {
    const doc = page('<label for="x">Offense</label><input id="x" value="Burglary">');
    expect(insertSummary(doc, 'summary')).toBe('no-field');
    expect((doc.getElementById('x') as HTMLInputElement).value).toBe('Burglary');
  });
});
