import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

/** The bookmark items of a PDF in document order (depth-first), with their depth. */
function outlineItems(doc: PDFDocument): { item: PDFDict; depth: number }[] {
  const items: { item: PDFDict; depth: number }[] = [];
  const walk = (parent: PDFDict | undefined, depth: number): void => {
    let item = parent?.lookupMaybe(PDFName.of('First'), PDFDict);
    while (item) {
      items.push({ item, depth });
      walk(item, depth + 1);
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict), 0);
  return items;
}

/** One bookmark of a PDF: its title, depth (0 = top level) and 1-based target page. */
export interface OutlineEntry {
  title: string;
  depth: number;
  /** 1-based page number, or undefined when the bookmark has no explicit page destination. */
  page: number | undefined;
}

/**
 * Reads the bookmarks of a PDF in document order (depth-first). Chromium
 * writes explicit `/Dest [pageRef /XYZ x y z]` destinations, which is what
 * gives each heading its page.
 */
export async function readOutline(pdf: Uint8Array): Promise<OutlineEntry[]> {
  return outlineEntries(await PDFDocument.load(pdf, { updateMetadata: false }));
}

/** The bookmarks of a loaded PDF, as {@link readOutline} reads them. */
export function outlineEntries(doc: PDFDocument): OutlineEntry[] {
  const pageIndex = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  return outlineItems(doc).map(({ item, depth }) => {
    const title = item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString);
    const target = item.lookupMaybe(PDFName.of('Dest'), PDFArray)?.get(0);
    return {
      title: title?.decodeText() ?? '',
      depth,
      page: target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined,
    };
  });
}

/**
 * The page (1-based) of every named destination of a PDF. Chromium writes
 * one for each element an internal link points at (`<a href="#id">`, as the
 * TOC's entries do), tagged or not, so an untagged print, cheaper than a
 * tagged one, tells where every TOC heading landed.
 */
export async function readDestinationPages(pdf: Uint8Array): Promise<Record<string, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageIndex = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const pages: Record<string, number> = {};
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const dest = doc.context.lookup(value);
    const target = (dest instanceof PDFDict ? dest.lookup(PDFName.of('D')) : dest) as unknown;
    const ref = target instanceof PDFArray ? target.get(0) : undefined;
    const page = ref instanceof PDFRef ? pageIndex.get(ref.toString()) : undefined;
    if (page !== undefined) pages[name.decodeText()] = page;
  }
  return pages;
}

/**
 * A comparison key for heading text: letters and digits only. Chromium builds
 * bookmark titles from the laid-out lines, so a title may lose the space at
 * a line break or gain a hyphen where the heading was hyphenated.
 */
function textKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Pairs headings (document order) with bookmarks (document order) and
 * returns the page of each heading id. Chromium makes one bookmark per
 * heading, so equal counts pair by order; otherwise each heading takes the
 * next bookmark whose text contains its text.
 */
export function headingPages(
  headings: readonly { id: string; text: string }[],
  outline: readonly OutlineEntry[],
): Record<string, number> {
  const pages: Record<string, number> = {};
  const byOrder = headings.length === outline.length;
  let cursor = 0;
  for (const [i, heading] of headings.entries()) {
    let index = i;
    if (!byOrder) {
      const key = textKey(heading.text);
      index = outline.findIndex(
        (entry, j) => j >= cursor && key !== '' && textKey(entry.title).includes(key),
      );
      if (index === -1) continue;
      cursor = index + 1;
    }
    const page = outline[index]?.page;
    if (heading.id && page !== undefined) pages[heading.id] = page;
  }
  return pages;
}

/**
 * Gives the bookmarks the headings' own text. Chromium builds bookmark titles
 * from the laid-out lines: they carry soft hyphens, lose the space at a line
 * break, and a heading broken over two lines can even repeat its first part.
 * `titles` are the page's headings in document order; when their number
 * differs from the bookmarks', nothing is changed. Returns whether it did.
 */
export function retitleOutline(doc: PDFDocument, titles: readonly string[]): boolean {
  const items = outlineItems(doc);
  if (items.length !== titles.length) return false;
  items.forEach(({ item }, index) => {
    const text = (titles[index] ?? '')
      .replace(/\u00ad/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    item.set(PDFName.of('Title'), PDFHexString.fromText(text));
  });
  return true;
}
