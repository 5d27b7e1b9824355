/**
 * Runs inside the print page (serialised by Playwright) after fitTables:
 * keeps the lead-in of a landscape table on the table's landscape page. A
 * table on the named page `wide` starts a new page, a forced break that
 * `break-after: avoid` on the heading cannot prevent, so without this the
 * heading (and a sentence such as «Tabellen nedanfor viser …:») is left
 * alone at the bottom of the portrait page before. Must stay
 * self-contained: no imports or helpers from outside the function body.
 */

/** Options of keepLeadWithWideTables. */
export interface LeadOptions {
  /** A paragraph right before the table moves along when it has at most this many characters. */
  maxIntroChars: number;
}

/**
 * Wraps each landscape table (`.pdf-wide`, set by fitTables) together with
 * the headings directly before it, and a short paragraph between them and
 * the table, in one `div.pdf-wide`, so they print on the same landscape
 * page. The paragraph moves only if a heading precedes it or it ends with
 * a colon (it introduces the table). The table's own wrappers (the
 * `.table-scroll` region around it) count as the table. A div is not a
 * structure element, so the tagged PDF keeps its order and tags. Returns
 * how many tables got their lead-in.
 */
export function keepLeadWithWideTables(options: LeadOptions): number {
  const isHeading = (el: Element | null): el is HTMLElement =>
    el !== null && /^H[2-6]$/.test(el.tagName);
  let moved = 0;
  for (const box of Array.from(document.querySelectorAll<HTMLElement>('main .pdf-wide'))) {
    // The outermost wrapper that holds nothing but this table.
    let block: HTMLElement = box;
    while (
      block.parentElement &&
      block.parentElement.tagName === 'DIV' &&
      block.parentElement.children.length === 1
    ) {
      block = block.parentElement;
    }
    const lead: Element[] = [];
    let previous = block.previousElementSibling;
    if (
      previous?.tagName === 'P' &&
      (previous.textContent ?? '').trim().length <= options.maxIntroChars &&
      (isHeading(previous.previousElementSibling) ||
        (previous.textContent ?? '').trim().endsWith(':'))
    ) {
      lead.unshift(previous);
      previous = previous.previousElementSibling;
    }
    while (isHeading(previous)) {
      lead.unshift(previous);
      previous = previous.previousElementSibling;
    }
    if (lead.length === 0 || block.parentElement?.classList.contains('pdf-wide')) continue;
    const section = document.createElement('div');
    section.className = 'pdf-wide pdf-wide-section';
    block.replaceWith(section);
    section.append(...lead, block);
    moved += 1;
  }
  return moved;
}
