import qrcode from 'qrcode-generator';

/**
 * QR codes generated on the device (qrcode-generator: MIT, no dependencies, no network), drawn as
 * one SVG path so the handout prints crisply at any size. Medium error correction survives a
 * creased or smudged printout.
 */
export function qrMatrix(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  // Percent-encoded ASCII: the library's default byte encoding is only safe for ASCII.
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/** One `M x y h1 v1 h-1 z` square per dark module, in module units (viewBox = size + quiet zone). */
export function qrSvgPath(matrix: readonly (readonly boolean[])[], quietZone = 4): string {
  const parts: string[] = [];
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + quietZone} ${y + quietZone}h1v1h-1z`);
    }),
  );
  return parts.join('');
}
