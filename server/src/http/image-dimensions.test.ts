import { describe, expect, it } from 'vitest';
import { imageSize } from './image-dimensions.js';
import { gifOf, jpegOf, pngOf, webpOf } from './image-fixtures.js';

describe('IMAGE-1: the pixel size is read from the header', () => {
  it('reads PNG, JPEG, GIF and the three kinds of WebP', () => {
    expect(imageSize(pngOf(30_000, 30_000), 'image/png')).toEqual({
      width: 30_000,
      height: 30_000,
    });
    expect(imageSize(jpegOf(4032, 3024), 'image/jpeg')).toEqual({ width: 4032, height: 3024 });
    expect(imageSize(gifOf(320, 200), 'image/gif')).toEqual({ width: 320, height: 200 });
    expect(imageSize(webpOf(1600, 1200, 'VP8 '), 'image/webp')).toEqual({
      width: 1600,
      height: 1200,
    });
    expect(imageSize(webpOf(16_000, 9, 'VP8L'), 'image/webp')).toEqual({
      width: 16_000,
      height: 9,
    });
    expect(imageSize(webpOf(20_000, 20_000, 'VP8X'), 'image/webp')).toEqual({
      width: 20_000,
      height: 20_000,
    });
  });

  it('counts a GIF frame that is larger than the screen it declares', () => {
    const sneaky = gifOf(1, 1, { width: 60_000, height: 60_000 });
    expect(imageSize(sneaky, 'image/gif')).toEqual({ width: 60_000, height: 60_000 });
  });

  it('gives no size for a header that is cut short or malformed', () => {
    expect(imageSize(pngOf(10, 10).subarray(0, 20), 'image/png')).toBeNull();
    expect(imageSize(jpegOf(10, 10).subarray(0, 24), 'image/jpeg')).toBeNull();
    expect(imageSize(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2]), 'image/jpeg')).toBeNull();
    expect(imageSize(gifOf(10, 10).subarray(0, 22), 'image/gif')).toBeNull();
    expect(imageSize(webpOf(10, 10, 'VP8 ').subarray(0, 27), 'image/webp')).toBeNull();
  });
});
