import qrcode from 'qrcode-generator';

/**
 * QR codes made on the device with qrcode-generator (MIT, no dependencies, no network, no eval),
 * kept behind this file so the library can be swapped without touching the handout.
 */

/** Blank modules around the code that scanners need; the QR standard asks for four. */
export const QR_QUIET_ZONE = 4;

/**
 * The code's modules, row by row (true = dark). Medium error correction survives a creased or
 * smudged printout. Throws a RangeError when the text is too long for any QR version.
 */
export function qrMatrix(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  // The library's byte mode keeps only the low 8 bits of each UTF-16 unit; feeding it the UTF-8
  // bytes one per character encodes any text correctly without changing the library's globals.
  code.addData(utf8AsByteString(text), 'Byte');
  try {
    code.make();
  } catch (error) {
    throw new RangeError(`Too long for a QR code (${text.length} characters): ${String(error)}`);
  }
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

function utf8AsByteString(text: string): string {
  let bytes = '';
  for (const byte of new TextEncoder().encode(text)) bytes += String.fromCharCode(byte);
  return bytes;
}

/**
 * An SVG path of the dark modules in module units, offset by the quiet zone, so the caller's
 * viewBox is `0 0 size+2q size+2q`. Each horizontal run is one rectangle: a path a few times
 * shorter than one square per module, which keeps the preview DOM small.
 */
export function qrSvgPath(matrix: readonly (readonly boolean[])[], quietZone = QR_QUIET_ZONE): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      const run = x - start;
      parts.push(`M${start + quietZone} ${y + quietZone}h${run}v1h-${run}z`);
    }
  });
  return parts.join('');
}

/** The side of the square viewBox for a matrix drawn by qrSvgPath. */
export function qrViewSize(matrix: readonly (readonly boolean[])[], quietZone = QR_QUIET_ZONE): number {
  return matrix.length + 2 * quietZone;
}
