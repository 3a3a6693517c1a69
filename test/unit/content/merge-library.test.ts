import { describe, expect, it } from 'vitest';
import { mergeLibraries } from '../../../lib/content/merge-library';
import { selectScript } from '../../../lib/content/select-script';
import { script, section } from './fixtures';

describe('mergeLibraries', () => {
  it('lets a department script replace the bundled one for the same jurisdiction and language', () => {
    const bundled = [script('US-TX', 'en', [section('bundled', 'base')]), script('US-TX', 'es', [section('bundled', 'base')])];
    const own = { ...script('US-TX', 'en', [section('department', 'base')]), id: 'dept-tx-en' };
    const { library, replaced } = mergeLibraries(bundled, [own]);
    expect(replaced).toEqual(['us-tx-en']);
    expect(library).toHaveLength(2);
    const r = selectScript(library, { jurisdiction: 'US-TX', categories: [], language: 'en' });
    expect(r.script?.id).toBe('dept-tx-en');
    expect(selectScript(library, { jurisdiction: 'US-TX', categories: [], language: 'es' }).script?.id).toBe('us-tx-es');
  });
});
