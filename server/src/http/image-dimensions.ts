import type { ImageMimeType } from '@moteplass/shared';

/**
 * The pixel size an image declares, read from its header without decoding
 * it (IMAGE-1). A 40 KB PNG can declare 30000 × 30000 pixels: 3.6 GB of
 * RGBA in every browser that shows the board. Every reader here walks the
 * bytes once, forwards, with bounds checks; nothing recurses.
 */
export interface ImageSize {
  width: number;
  height: number;
}

/**
 * What an uploaded image may declare (docs/configuration.md): 16 megapixels
 * (64 MiB as RGBA, a 4096 × 4096 photo or a 12-megapixel phone camera's),
 * and no side longer than the largest canvas browsers reliably draw.
 */
export const IMAGE_PIXEL_LIMITS = { maxPixels: 16 * 1024 * 1024, maxSide: 16_384 } as const;

/** Null when the header is cut short or malformed (no size can be trusted). */
export function imageSize(bytes: Uint8Array, type: ImageMimeType): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    switch (type) {
      case 'image/png':
        return pngSize(bytes, view);
      case 'image/jpeg':
        return jpegSize(view);
      case 'image/gif':
        return gifSize(view);
      case 'image/webp':
        return webpSize(bytes, view);
    }
  } catch (error) {
    // A read past the end (DataView throws RangeError): the header is cut short.
    if (error instanceof RangeError) return null;
    throw error;
  }
}

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

/** The first chunk must be IHDR: width and height, big-endian, at 16 and 20. */
function pngSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  if (ascii(bytes, 12, 4) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Walks the markers up to the first start-of-frame (SOF0–SOF15 except DHT,
 * JPG and DAC), whose height and width are the image's; a scan (SOS) before
 * any SOF has no size.
 */
function jpegSize(view: DataView): ImageSize | null {
  let at = 2;
  for (;;) {
    if (view.getUint8(at) !== 0xff) return null;
    const marker = view.getUint8(at + 1);
    // Fill bytes and markers without a length (TEM, RSTn).
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = view.getUint16(at + 2);
    if (length < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    at += 2 + length;
  }
}

/**
 * The logical screen, and every frame's extent within it: some decoders
 * grow the canvas to a frame that is larger than the screen it declares.
 */
function gifSize(view: DataView): ImageSize | null {
  let width = view.getUint16(6, true);
  let height = view.getUint16(8, true);
  const screenFlags = view.getUint8(10);
  let at = 13 + (screenFlags & 0x80 ? 3 * 2 ** ((screenFlags & 0x07) + 1) : 0);
  const skipSubBlocks = () => {
    for (let size = view.getUint8(at); size !== 0; size = view.getUint8(at)) at += size + 1;
    at += 1;
  };
  for (;;) {
    const block = view.getUint8(at);
    if (block === 0x3b) return { width, height };
    if (block === 0x21) {
      at += 2;
      skipSubBlocks();
    } else if (block === 0x2c) {
      width = Math.max(width, view.getUint16(at + 1, true) + view.getUint16(at + 5, true));
      height = Math.max(height, view.getUint16(at + 3, true) + view.getUint16(at + 7, true));
      const flags = view.getUint8(at + 9);
      at += 10 + (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0) + 1;
      skipSubBlocks();
    } else {
      return null;
    }
    // A file cut after its frames (no trailer) is shown by browsers: what was read counts.
    if (at >= view.byteLength) return { width, height };
  }
}

/** The first chunk says the size: VP8 (lossy), VP8L (lossless) or VP8X (extended: canvas). */
function webpSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8 ') {
    // Frame tag (3 bytes) and start code 9d 01 2a, then 14-bit sizes.
    if (view.getUint8(23) !== 0x9d || view.getUint8(24) !== 0x01 || view.getUint8(25) !== 0x2a) {
      return null;
    }
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (view.getUint8(20) !== 0x2f) return null;
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const uint24 = (at: number) => view.getUint16(at, true) + (view.getUint8(at + 2) << 16);
    return { width: uint24(24) + 1, height: uint24(27) + 1 };
  }
  return null;
}
