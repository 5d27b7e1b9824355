import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PDFName, PDFString, type PDFDocument } from 'pdf-lib';

const require = createRequire(import.meta.url);

/**
 * The sRGB IEC 61966-2.1 profile (the ICC's «sRGB2014», © International
 * Color Consortium, freely redistributable) as pdfkit ships it; pdfkit is a
 * dependency only for this file, so the profile comes from a maintained
 * package instead of a copy in this repository.
 */
// The package exports no data files; its entry point sits in js/, next to data/.
const SRGB_PROFILE = path.join(
  path.dirname(require.resolve('pdfkit')),
  'data',
  'sRGB_IEC61966_2_1.icc',
);

let profile: Promise<Uint8Array> | undefined;

/** The ICC profile bytes, read once per process. */
export function srgbProfile(): Promise<Uint8Array> {
  profile ??= readFile(SRGB_PROFILE);
  return profile;
}

/** The OutputConditionIdentifier written into the OutputIntent. */
export const SRGB_CONDITION = 'sRGB IEC61966-2.1';

/**
 * Adds the PDF/A OutputIntent (ISO 19005-2 §6.2.3): Chromium paints in
 * DeviceRGB, which PDF/A accepts only with an RGB output intent that embeds
 * its ICC profile.
 */
export async function addOutputIntent(doc: PDFDocument): Promise<void> {
  const icc = doc.context.flateStream(await srgbProfile(), { N: 3 });
  const intent = doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(SRGB_CONDITION),
    Info: PDFString.of(SRGB_CONDITION),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: doc.context.register(icc),
  });
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([intent]));
}
