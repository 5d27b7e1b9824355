/**
 * Chromium has no `target-counter()`, so table-of-contents page numbers are
 * found by printing: the bookmarks of a printed PDF point at the page of
 * every heading. These functions run in the print page (serialised by
 * Playwright) and must stay self-contained.
 */

/** A heading of the print page, in document order. */
export interface PageHeading {
  id: string;
  text: string;
}

/** Lists every h1–h6 of the page in document order (the order of Chromium's bookmarks). */
export function listPageHeadings(): PageHeading[] {
  return Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => ({
    id: h.id,
    text: h.textContent ?? '',
  }));
}

/** Writes page numbers into the TOC cells `[data-toc-page="<anchor>"]`; returns how many it filled. */
export function writeTocPages(pages: Record<string, number>): number {
  let filled = 0;
  for (const cell of Array.from(document.querySelectorAll<HTMLElement>('[data-toc-page]'))) {
    const page = pages[cell.dataset['tocPage'] ?? ''];
    cell.textContent = page === undefined ? '' : String(page);
    if (page !== undefined) filled += 1;
  }
  return filled;
}

/** Lists the anchors the TOC wants page numbers for. */
export function listTocAnchors(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-toc-page]')).map(
    (cell) => cell.dataset['tocPage'] ?? '',
  );
}
