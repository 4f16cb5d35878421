/**
 * A QR code as SVG markup, drawn from the module matrix of qrcode-generator: one path of
 * unit squares, black on white with the standard four-module quiet zone, scalable to any
 * size (crisp edges), so that it can be shown large on a projector.
 */
import qrcode from 'qrcode-generator';

/** Quiet zone around the code, in modules (the standard asks for four). */
const QUIET = 4;

export interface QrSvg {
  svg: string;
  /** Modules per side, without the quiet zone. */
  modules: number;
}

/** SVG for `text` (error correction M: survives a little glare or a dirty screen). */
export function qrSvg(text: string, label: string): QrSvg {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const size = n + QUIET * 2;
  let d = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (qr.isDark(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
    }
  }
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" ` +
    `aria-label="${escaped}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
  return { svg, modules: n };
}
