import qrcode from 'qrcode-generator';

/** The quiet zone the QR standard asks for around the code, in modules. */
const MARGIN = 4;

export interface QrRun {
  x: number;
  y: number;
  width: number;
}

/** A QR code as runs of dark modules per row (one rect each), inside a square `size` modules wide. */
export function qrRuns(text: string): { size: number; runs: QrRun[] } {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  const runs: QrRun[] = [];
  for (let row = 0; row < count; row++) {
    let start = -1;
    for (let col = 0; col <= count; col++) {
      const dark = col < count && qr.isDark(row, col);
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push({ x: start + MARGIN, y: row + MARGIN, width: col - start });
        start = -1;
      }
    }
  }
  return { size: count + 2 * MARGIN, runs };
}

/** The same code as a standalone SVG file, for printing on posters and flyers. */
export function qrSvgFile(text: string): string {
  const { size, runs } = qrRuns(text);
  const rects = runs.map((r) => `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="1"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 10}" ` +
    `height="${size * 10}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" ` +
    `fill="#ffffff"/><g fill="#000000">${rects}</g></svg>`
  );
}
