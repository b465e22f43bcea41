/**
 * Test support: the smallest byte strings whose headers declare a given
 * pixel size, for each image type we take. Enough for the header reader
 * (image-dimensions.ts) and for storing; not decodable pictures.
 */
export function pngOf(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 6, 0, 0, 0], 16);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

/** SOI, an APP0 (JFIF) segment to walk past, then SOF0 with the size. */
export function jpegOf(width: number, height: number): Buffer {
  const app0 = Buffer.from([
    0xff,
    0xe0,
    0,
    16,
    ...Buffer.from('JFIF\0'),
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
  ]);
  const sof = Buffer.alloc(19);
  sof.set([0xff, 0xc0, 0, 17, 8]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof]);
}

/** A logical screen and one frame (`frame` defaults to the screen), then the trailer. */
export function gifOf(
  width: number,
  height: number,
  frame: { width: number; height: number } = { width, height },
): Buffer {
  const screen = Buffer.alloc(13);
  screen.write('GIF89a', 0, 'latin1');
  screen.writeUInt16LE(width, 6);
  screen.writeUInt16LE(height, 8);
  const descriptor = Buffer.alloc(10);
  descriptor[0] = 0x2c;
  descriptor.writeUInt16LE(frame.width, 5);
  descriptor.writeUInt16LE(frame.height, 7);
  const comment = Buffer.from([0x21, 0xfe, 3, 0x61, 0x62, 0x63, 0]);
  // LZW minimum code size, one data sub-block, end of sub-blocks, trailer.
  return Buffer.concat([screen, comment, descriptor, Buffer.from([2, 2, 0x4c, 0x01, 0, 0x3b])]);
}

export function webpOf(width: number, height: number, kind: 'VP8 ' | 'VP8L' | 'VP8X'): Buffer {
  const body = Buffer.alloc(32);
  body.write('RIFF', 0, 'latin1');
  body.writeUInt32LE(24, 4);
  body.write('WEBP', 8, 'latin1');
  body.write(kind, 12, 'latin1');
  body.writeUInt32LE(12, 16);
  if (kind === 'VP8 ') {
    body.set([0x9d, 0x01, 0x2a], 23);
    body.writeUInt16LE(width, 26);
    body.writeUInt16LE(height, 28);
  } else if (kind === 'VP8L') {
    body[20] = 0x2f;
    body.writeUInt32LE(((width - 1) | ((height - 1) << 14)) >>> 0, 21);
  } else {
    body.writeUIntLE(width - 1, 24, 3);
    body.writeUIntLE(height - 1, 27, 3);
  }
  return body;
}
