/**
 * Runs inside the print page (serialised by Playwright): makes every table
 * fit the width it will have on paper. A table keeps the normal table type
 * when it fits; otherwise it gets smaller type, then a landscape page (the
 * named page `wide` in print-pdf.css), and as a last resort cells that may
 * wrap anywhere. Nothing is ever clipped. Must stay self-contained: no
 * imports or helpers from outside the function body.
 */

/** What the page measures against. */
export interface FitOptions {
  /** Text block width of a portrait page, CSS px. */
  portraitPx: number;
  /** Text block width of a landscape page, CSS px. */
  landscapePx: number;
  /** Tables with more columns than this go to a landscape page directly. */
  landscapeColumns: number;
}

/** Counts of what the fitting did, for the log and the tests. */
export interface FitResult {
  tables: number;
  smaller: number;
  landscape: number;
  wrapped: number;
}

/** Fits every table in the document; returns what it changed. */
export function fitTables(options: FitOptions): FitResult {
  const result: FitResult = { tables: 0, smaller: 0, landscape: 0, wrapped: 0 };
  const portraitSizes = ['9pt', '8pt', '7pt'];
  const landscapeSizes = ['9pt', '8pt', '7pt', '6pt', '5pt'];
  for (const table of Array.from(document.querySelectorAll<HTMLTableElement>('main table'))) {
    result.tables += 1;
    // Measure inside a box of the paper width; a box we add never changes the
    // tagged structure (a div is not a structure element in the PDF).
    let box = table.parentElement;
    if (!box || !box.classList.contains('pdf-table')) {
      const wrapper = document.createElement('div');
      wrapper.className = 'pdf-table';
      table.replaceWith(wrapper);
      wrapper.append(table);
      box = wrapper;
    }
    let columns = 0;
    for (const row of Array.from(table.rows)) {
      let count = 0;
      for (const cell of Array.from(row.cells)) count += cell.colSpan;
      columns = Math.max(columns, count);
    }
    let fitted = false;
    if (columns <= options.landscapeColumns) {
      box.style.width = `${options.portraitPx}px`;
      for (const size of portraitSizes) {
        table.style.fontSize = size;
        if (table.getBoundingClientRect().width <= options.portraitPx + 0.5) {
          fitted = true;
          if (size !== portraitSizes[0]) result.smaller += 1;
          break;
        }
      }
    }
    if (!fitted) {
      box.classList.add('pdf-wide');
      result.landscape += 1;
      box.style.width = `${options.landscapePx}px`;
      for (const size of landscapeSizes) {
        table.style.fontSize = size;
        if (table.getBoundingClientRect().width <= options.landscapePx + 0.5) {
          fitted = true;
          break;
        }
      }
      if (!fitted) {
        table.classList.add('pdf-wrap');
        result.wrapped += 1;
      }
      // A heading right before a landscape table moves onto its page, so it
      // is never left alone at the bottom of the portrait page before.
      const previous = box.previousElementSibling;
      if (previous && /^H[2-6]$/.test(previous.tagName)) box.prepend(previous);
    }
    box.style.width = '';
  }
  return result;
}
