import { launchChromium } from '../browser/chromium.ts';
import type { PlanDocument } from '../model/types.ts';
import { finishPrint } from './finish.ts';
import { pdfInfoFor } from './pdf-step.ts';
import { preparePrintPage, printDocument } from './print-document.ts';

/**
 * Prints one document's PDF while the clerk writes (`npm run dev`): the
 * print page `printUrl` (served by the dev server itself) goes through the
 * same printDocument and finishing as the build's PDF step, so the preview
 * is what will be published, only not cached. One Chromium per preview,
 * closed afterwards: previews are rare and a dev server should not keep a
 * browser running.
 */
export async function printPreview(
  doc: PlanDocument,
  printUrl: string,
  baseUrl: string,
): Promise<Uint8Array> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await preparePrintPage(page);
    const info = pdfInfoFor(doc, baseUrl);
    const result = await printDocument(page, printUrl, {
      finish: (pdf, headings) => finishPrint(pdf, info, headings),
    });
    return result.pdf;
  } finally {
    await browser.close();
  }
}
