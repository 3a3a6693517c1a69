import qrcode from 'qrcode-generator';

/**
 * QR codes made on the device with qrcode-generator (MIT, no dependencies, no network, no eval),
 * kept behind this file so the library can be swapped without touching the handout. The panel
 * imports it only when the department set a QR address (components/handout/use-qr-encoder.ts);
 * drawing the code is qr-svg.ts, which needs no library.
 */

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
