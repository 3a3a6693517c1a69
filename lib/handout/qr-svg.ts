/** Blank modules around the code that scanners need; the QR standard asks for four. */
export const QR_QUIET_ZONE = 4;

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
