import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { BuildStep } from '../output/step.ts';

/** The icon browsers use (`<link rel="icon">`), under public/; replace it to rebrand a site. */
export const FAVICON_SVG = 'favicon.svg';

/** Pixel sizes inside favicon.ico: tabs, taskbars and high-DPI tabs. */
const ICO_SIZES = [16, 32, 48] as const;

/**
 * An ICO file holding PNG renderings of the SVG: the fallback for
 * `/favicon.ico`, which browsers without SVG icons and feed readers request
 * whatever the page links. ICO entries may hold PNG data (Windows Vista and later).
 */
export function icoFromSvg(svg: string | Buffer, sizes: readonly number[] = ICO_SIZES): Buffer {
  const pngs = sizes.map((size) =>
    new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng(),
  );
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach((png, i) => {
    const entry = 6 + 16 * i;
    const size = sizes[i] ?? 0;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // width (0 means 256)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1); // height
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs]);
}

/** Reads public/favicon.svg and returns it as favicon.ico (the dev server serves this too). */
export async function faviconIco(root: string): Promise<Buffer> {
  const file = path.join(root, 'public', FAVICON_SVG);
  try {
    return icoFromSvg(await readFile(file));
  } catch (error) {
    throw new Error(`favicon: cannot turn ${file} into favicon.ico`, { cause: error });
  }
}

/** Writes favicon.ico into the staged output, drawn from the same SVG as the linked icon. */
export const faviconStep: BuildStep = {
  name: 'favicon',
  async run(context) {
    await writeFile(path.join(context.outDir, 'favicon.ico'), await faviconIco(context.root));
  },
};
