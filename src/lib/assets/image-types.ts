import { extensionOf } from '../core/file-name.ts';

/**
 * Image types both the web page and the Chromium-printed PDF show, by
 * lower-case extension, with their MIME type. Everything else (TIFF, HEIC,
 * BMP, EMF from Word) must be saved as PNG or JPEG first.
 */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

/** The lower-case extension of `file` when it is an image type we publish, else undefined. */
export function imageType(file: string): string | undefined {
  const ext = extensionOf(file);
  return Object.hasOwn(IMAGE_TYPES, ext) ? ext : undefined;
}
