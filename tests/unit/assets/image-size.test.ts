import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../src/lib/assets/image-size.ts';

const png = readFileSync(
  new URL(
    '../../fixtures/markdown/bilete-og-figurar/content/felles/kommunevapen.png',
    import.meta.url,
  ),
);

describe('imageSize', () => {
  it('reads PNG, GIF, JPEG and WebP headers', () => {
    expect(imageSize(png, 'png')).toEqual({ width: 240, height: 140 });
    const gif = Buffer.from('GIF89a\x40\x01\xf0\x00', 'latin1');
    expect(imageSize(gif, 'gif')).toEqual({ width: 320, height: 240 });
    // SOI, an APP0 segment of 16 bytes, then SOF0 with height 480 and width 640.
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      Buffer.alloc(14),
      Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03]),
    ]);
    expect(imageSize(jpeg, 'jpeg')).toEqual({ width: 640, height: 480 });
    const vp8x = Buffer.concat([
      Buffer.from('RIFF\0\0\0\0WEBPVP8X', 'latin1'),
      Buffer.alloc(8),
      Buffer.from([0x3f, 0x01, 0x00, 0xc7, 0x00, 0x00]),
    ]);
    expect(imageSize(vp8x, 'webp')).toEqual({ width: 320, height: 200 });
  });

  it('reads an SVG’s width and height, else its viewBox', () => {
    const svg = (attrs: string) => Buffer.from(`<?xml version="1.0"?>\n<svg ${attrs}></svg>`);
    expect(imageSize(svg('width="300px" height="150"'), 'svg')).toEqual({
      width: 300,
      height: 150,
    });
    expect(imageSize(svg('width="10cm" viewBox="0 0 640 360"'), 'svg')).toEqual({
      width: 640,
      height: 360,
    });
    expect(imageSize(svg('width="100%"'), 'svg')).toBeUndefined();
  });

  it('gives up on truncated or foreign bytes instead of throwing', () => {
    expect(imageSize(png.subarray(0, 18), 'png')).toBeUndefined();
    expect(imageSize(Buffer.from('not an image'), 'jpg')).toBeUndefined();
    expect(imageSize(png, 'webp')).toBeUndefined();
  });
});
