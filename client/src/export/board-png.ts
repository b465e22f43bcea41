import type { DownloadedFile } from './export-api';

/** The longest side of the PNG, px: sharp on a projector, small enough for e-mail. */
const MAX_SIDE = 4096;

/**
 * A PNG of the board: the server's SVG painted onto a canvas in the browser.
 * The SVG holds no external references or foreignObject, so the canvas is
 * not tainted and can be read back.
 */
export async function svgToPng(svg: DownloadedFile): Promise<DownloadedFile> {
  const url = URL.createObjectURL(svg.blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const width = image.naturalWidth || 1600;
    const height = image.naturalHeight || 1200;
    const scale = Math.min(2, MAX_SIDE / Math.max(width, height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((png) => (png ? resolve(png) : reject(new Error('no PNG'))), 'image/png'),
    );
    return { blob, filename: svg.filename.replace(/\.svg$/i, '') + '.png' };
  } finally {
    URL.revokeObjectURL(url);
  }
}
