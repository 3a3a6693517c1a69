import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('components/handout/handout.css', 'utf8');
const printBlock = css.slice(css.indexOf('@media print'));

describe('handout.css', () => {
  it('hides the handout on screen until it is previewed', () => {
    expect(css).toMatch(/\.vsp-handout-region\s*\{\s*display:\s*none;/);
    expect(css).toMatch(/\.vsp-handout-region--shown\s*\{[^}]*display:\s*block;/);
  });

  it('in print, hides everything in the panel except the handout region, and shows that region', () => {
    expect(printBlock).not.toBe('');
    expect(printBlock).toMatch(/\.vsp-app > \*:not\(\.vsp-main\),\s*\.vsp-main > \*:not\(\.vsp-handout-region\)\s*\{\s*display:\s*none !important;/);
    expect(printBlock).toMatch(/\.vsp-handout-region,[^{]*\{\s*display:\s*block !important;/);
  });

  it('prints black on white at 12pt, with page margins, unbroken sections and link addresses', () => {
    expect(printBlock).toMatch(/@page\s*\{\s*margin:/);
    expect(printBlock).toContain('font-size: 12pt');
    expect(printBlock).toContain('color: #000 !important');
    expect(printBlock).toMatch(/\.vsp-handout-section[^{]*\{\s*break-inside:\s*avoid;/);
    expect(printBlock).toContain("content: ' (' attr(href) ')'");
  });

  it('is imported by the panel stylesheet', () => {
    expect(readFileSync('components/panel.css', 'utf8')).toContain("@import './handout/handout.css';");
  });
});
