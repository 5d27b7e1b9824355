import type { BuildStep } from '../output/step.ts';
import { pdfManifestField } from '../pdf/manifest-field.ts';
import { pdfStep } from '../pdf/pdf-step.ts';
import { openDataManifestField, openDataStep } from '../data/step.ts';
import { sitemapStep } from '../data/sitemap.ts';
import { socialCardManifestField, socialCardsStep } from '../social/step.ts';
import { searchStep } from '../search/pagefind-step.ts';
import { copyAttachmentsStep } from '../site/copy-files.ts';
import { faviconStep } from '../site/favicon.ts';
import { securityHeadersStep } from './headers.ts';
import { manifestStep, type ManifestField } from '../output/manifest.ts';

/**
 * Fields later steps add to each `data/dokument.json` row, read from the
 * staged output (e.g. `pdf: { url, bytes }` once PDFs are printed, `bilde`
 * once social cards exist). Add yours here.
 */
export const MANIFEST_FIELDS: ManifestField[] = [
  openDataManifestField,
  pdfManifestField,
  socialCardManifestField,
];

/**
 * The post-build steps, in order, run by scripts/build.ts over the staged
 * output after Astro has written the pages. Insert new steps (social cards,
 * PDFs, the Pagefind index) before `manifest`, which reports what they made.
 * A step that throws stops the build and the previous dist/ stays as it was.
 */
export const BUILD_STEPS: BuildStep[] = [
  copyAttachmentsStep,
  faviconStep,
  pdfStep,
  socialCardsStep,
  openDataStep,
  manifestStep(MANIFEST_FIELDS),
  sitemapStep,
  // After every step that writes pages, before the index is made of them.
  securityHeadersStep,
  // Last: indexes the HTML as the steps above left it (src/lib/search).
  searchStep,
];
