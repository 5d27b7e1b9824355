import { extensionOf } from '../core/file-name.ts';
import { PUBLISHABLE } from '../files/file-types.ts';

/**
 * The lower-case extension of `file` when it is an image both the web page
 * and the Chromium-printed PDF show (the raster and SVG types of the one
 * publishable list, files/file-types.ts), else undefined. Everything else
 * (TIFF, HEIC, BMP, EMF from Word) must be saved as PNG or JPEG first.
 */
export function imageType(file: string): string | undefined {
  const ext = extensionOf(file);
  const type = Object.hasOwn(PUBLISHABLE, ext) ? PUBLISHABLE[ext] : undefined;
  return type?.content === 'raster' || type?.content === 'svg' ? ext : undefined;
}
