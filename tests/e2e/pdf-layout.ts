/**
 * Where text lands on each page of a PDF, read with pdfjs-dist: the
 * typesetting tests ask which page a table row, a heading or the text after
 * it is on, and how far down. Positions are in PDF points from the top.
 */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of text on a page. */
export interface PlacedText {
  text: string;
  /** 1-based page number. */
  page: number;
  x: number;
  /** Distance of the baseline from the top of the page. */
  top: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  /** Advance width of the run, and the width of its page. */
  width: number;
  pageWidth: number;
}

/** Every non-blank text run of the PDF (a file or its bytes), page by page, top to bottom. */
export async function placedText(file: string | Uint8Array): Promise<PlacedText[]> {
  const data = new Uint8Array(typeof file === 'string' ? await readFile(file) : file);
  const task = getDocument({ data, useSystemFonts: false });
  const pdf = await task.promise;
  const placed: PlacedText[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const height = page.view[3] ?? 0;
      const pageWidth = page.view[2] ?? 0;
      const content = await page.getTextContent();
      const runs: PlacedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , , d = 0, e = 0, f = 0] = item.transform as number[];
        runs.push({
          text: item.str,
          page: n,
          x: e,
          top: height - f,
          size: Math.abs(d),
          width: item.width,
          pageWidth,
        });
      }
      runs.sort((a, b) => a.top - b.top || a.x - b.x);
      placed.push(...runs);
    }
  } finally {
    await task.destroy();
  }
  return placed;
}

/** The runs of `placed` grouped into lines (same page, baselines within 1 pt). */
export function lines(placed: readonly PlacedText[]): PlacedText[] {
  const out: PlacedText[] = [];
  for (const run of placed) {
    const last = out.at(-1);
    if (last && last.page === run.page && Math.abs(last.top - run.top) < 1) {
      last.text += ` ${run.text}`;
    } else out.push({ ...run });
  }
  return out;
}
