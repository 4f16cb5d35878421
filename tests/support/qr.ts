import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';

/** Draws an SVG QR code on a canvas in the page and decodes the pixels here; null if unreadable. */
export async function decodeQrSvg(svg: Locator, size = 400): Promise<string | null> {
  const pixels = await svg.evaluate(async (node, size) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(node.outerHTML)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, size, size);
    return Array.from(ctx.getImageData(0, 0, size, size).data);
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data ?? null;
}
