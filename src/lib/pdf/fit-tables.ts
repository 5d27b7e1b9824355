/**
 * Runs inside the print page (serialised by Playwright): makes every table
 * fit the width it will have on paper. A table keeps the normal table type
 * when it fits; otherwise it gets smaller type, then a landscape page (the
 * named page `wide` in print-pdf.css); a table too wide even for that is
 * split into column groups, each repeating the first column, so every cell
 * stays whole and legible. Nothing is ever clipped. Must stay
 * self-contained: no imports or helpers from outside the function body.
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
  /** Tables split into column groups. */
  split: number;
  /** Tables whose cells had to wrap anywhere (a column alone too wide). */
  wrapped: number;
}

/** Fits every table in the document; returns what it changed. */
export function fitTables(options: FitOptions): FitResult {
  const result: FitResult = { tables: 0, smaller: 0, landscape: 0, split: 0, wrapped: 0 };
  const portraitSizes = ['9pt', '8pt', '7pt'];
  const landscapeSizes = ['9pt', '8pt', '7pt', '6pt'];
  const splitSize = '7pt';
  const fits = (table: HTMLTableElement, width: number): boolean =>
    table.getBoundingClientRect().width <= width + 0.5;
  const tryFit = (table: HTMLTableElement, sizes: string[], width: number): string | undefined => {
    for (const size of sizes) {
      table.style.fontSize = size;
      if (fits(table, width)) return size;
    }
    return undefined;
  };
  // A copy of `table` with only column 0 and columns from..to-1 (no spans in Markdown tables).
  const columnGroup = (table: HTMLTableElement, from: number, to: number): HTMLTableElement => {
    const copy = table.cloneNode(true) as HTMLTableElement;
    if (from > 1) copy.caption?.remove();
    for (const row of Array.from(copy.rows)) {
      Array.from(row.cells).forEach((cell, i) => {
        if (i !== 0 && (i < from || i >= to)) cell.remove();
      });
    }
    return copy;
  };

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
    let spans = false;
    for (const row of Array.from(table.rows)) {
      let count = 0;
      for (const cell of Array.from(row.cells)) {
        count += cell.colSpan;
        if (cell.colSpan > 1 || cell.rowSpan > 1) spans = true;
      }
      columns = Math.max(columns, count);
    }
    if (columns <= options.landscapeColumns) {
      box.style.width = `${options.portraitPx}px`;
      const size = tryFit(table, portraitSizes, options.portraitPx);
      box.style.width = '';
      if (size !== undefined) {
        if (size !== portraitSizes[0]) result.smaller += 1;
        continue;
      }
    }
    box.classList.add('pdf-wide');
    result.landscape += 1;
    box.style.width = `${options.landscapePx}px`;
    if (tryFit(table, landscapeSizes, options.landscapePx) === undefined) {
      if (spans || columns < 3) {
        table.classList.add('pdf-wrap');
        result.wrapped += 1;
      } else {
        // Split into groups of as many columns as fit beside the first one.
        table.style.fontSize = splitSize;
        const groups: HTMLTableElement[] = [];
        let from = 1;
        while (from < columns) {
          let to = columns;
          let group = columnGroup(table, from, to);
          box.append(group);
          while (to - from > 1 && !fits(group, options.landscapePx)) {
            to =
              from +
              Math.max(
                1,
                Math.floor(
                  (to - from) * (options.landscapePx / group.getBoundingClientRect().width),
                ),
              );
            group.remove();
            group = columnGroup(table, from, to);
            box.append(group);
          }
          if (!fits(group, options.landscapePx)) group.classList.add('pdf-wrap');
          groups.push(group);
          from = to;
        }
        table.remove();
        for (const group of groups) group.classList.add('pdf-table-part');
        result.split += 1;
      }
    }
    box.style.width = '';
  }
  return result;
}
