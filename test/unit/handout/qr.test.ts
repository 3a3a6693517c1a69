import { describe, expect, it } from 'vitest';
import { qrMatrix } from '../../../lib/handout/qr';
import { qrSvgPath, qrViewSize } from '../../../lib/handout/qr-svg';

/** The 7×7 finder pattern: dark ring, light ring, dark 3×3 centre. */
function isFinder(matrix: boolean[][], top: number, left: number): boolean {
  for (let y = 0; y < 7; y++) {
    for (let x = 0; x < 7; x++) {
      const ring = Math.max(Math.abs(y - 3), Math.abs(x - 3));
      if (matrix[top + y]![left + x] !== (ring !== 2)) return false;
    }
  }
  return true;
}

describe('qrMatrix', () => {
  it('picks the smallest version that fits (size = 17 + 4 × version) at medium error correction', () => {
    expect(qrMatrix('A').length).toBe(21); // version 1
    expect(qrMatrix('https://harbor.example/victims').length).toBe(29); // 30 bytes: version 3
    expect(qrMatrix('x'.repeat(100)).length).toBe(41); // version 6
  });

  it('is square, deterministic, and has finder, separator and timing patterns where a scanner looks', () => {
    const matrix = qrMatrix('https://harbor.example/victims');
    const size = matrix.length;
    expect(qrMatrix('https://harbor.example/victims')).toEqual(matrix);
    for (const row of matrix) expect(row.length).toBe(size);
    expect(isFinder(matrix, 0, 0)).toBe(true);
    expect(isFinder(matrix, 0, size - 7)).toBe(true);
    expect(isFinder(matrix, size - 7, 0)).toBe(true);
    expect(isFinder(matrix, size - 7, size - 7)).toBe(false);
    for (let i = 0; i < 8; i++) {
      expect(matrix[7]![i]).toBe(false); // separator below the top-left finder
      expect(matrix[i]![7]).toBe(false);
    }
    for (let i = 8; i < size - 8; i++) {
      expect(matrix[6]![i]).toBe(i % 2 === 0); // timing patterns alternate
      expect(matrix[i]![6]).toBe(i % 2 === 0);
    }
    expect(matrix[size - 8]![8]).toBe(true); // the always-dark module
  });

  it('encodes text as UTF-8, so accented letters do not collapse into other characters', () => {
    // The library alone keeps the low byte of each character: "ā" (U+0101) would equal "\x01".
    expect(qrMatrix('ā')).not.toEqual(qrMatrix('\u0001'));
    expect(qrMatrix('https://example.org/víctimas')).not.toEqual(qrMatrix('https://example.org/vctimas'));
  });

  it('refuses text too long for any QR version with a RangeError', () => {
    expect(() => qrMatrix('x'.repeat(3000))).toThrow(RangeError);
  });
});

describe('qrSvgPath', () => {
  it('draws one rectangle per horizontal run of dark modules, offset by the quiet zone', () => {
    expect(qrSvgPath([[true, false], [false, true]], 0)).toBe('M0 0h1v1h-1zM1 1h1v1h-1z');
    expect(qrSvgPath([[true, true, false, true]], 0)).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
    expect(qrSvgPath([[false, true]])).toBe('M5 4h1v1h-1z');
    expect(qrSvgPath([[false]])).toBe('');
  });

  it('covers exactly the dark modules of a real code', () => {
    const matrix = qrMatrix('https://harbor.example/victims');
    const dark = matrix.flat().filter(Boolean).length;
    const area = [...qrSvgPath(matrix).matchAll(/h(\d+)v1/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(area).toBe(dark);
    expect(qrViewSize(matrix)).toBe(matrix.length + 8);
  });
});
