import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { faviconIco, icoFromSvg } from '../../../src/lib/site/favicon.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The entries of an ICO file: size and the PNG each points at. */
function readIco(ico: Buffer): { width: number; height: number; png: Buffer }[] {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const bytes = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    return {
      width: ico.readUInt8(entry),
      height: ico.readUInt8(entry + 1),
      png: ico.subarray(offset, offset + bytes),
    };
  });
}

describe('favicon.ico', () => {
  it('holds a 16, 32 and 48 px PNG drawn from public/favicon.svg', async () => {
    const entries = readIco(await faviconIco(ROOT));
    expect(entries.map((e) => [e.width, e.height])).toEqual([
      [16, 16],
      [32, 32],
      [48, 48],
    ]);
    for (const { png, width } of entries) {
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      // The PNG's IHDR width, big-endian at byte 16.
      expect(png.readUInt32BE(16)).toBe(width);
    }
  });

  it('draws the SVG it is given (the accent colour shows in the pixels)', async () => {
    const svg = await readFile(path.join(ROOT, 'public/favicon.svg'), 'utf8');
    const red = icoFromSvg(svg.replaceAll('#1d4f7c', '#ff0000'), [16]);
    expect(red.equals(icoFromSvg(svg, [16]))).toBe(false);
  });

  it('says which file it could not read', async () => {
    await expect(faviconIco('/nowhere')).rejects.toThrow(
      'favicon: cannot turn /nowhere/public/favicon.svg into favicon.ico',
    );
  });
});
