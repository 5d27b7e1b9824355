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
  // A copy of `table` keeping, of each section's rows, those `keepRow` accepts,
  // and of each kept row the cells `keepCell` accepts; everything else (the
  // caption unless `caption` is false, whitespace between cells) as it is.
  // Built from shallow copies: a deep copy of a 16,000-cell table to throw
  // most of it away costs more than the copy.
  const copyOf = (
    table: HTMLTableElement,
    keepRow: (row: HTMLTableRowElement) => boolean,
    keepCell: (index: number) => boolean,
    caption: boolean,
  ): HTMLTableElement => {
    const copyRow = (row: HTMLTableRowElement): Node => {
      const copy = row.cloneNode(false);
      let index = 0;
      for (const node of Array.from(row.childNodes)) {
        const isCell = node instanceof HTMLTableCellElement;
        if (!isCell || keepCell(index)) copy.appendChild(node.cloneNode(true));
        if (isCell) index += 1;
      }
      return copy;
    };
    const copy = table.cloneNode(false) as HTMLTableElement;
    let captionSeen = false;
    for (const node of Array.from(table.childNodes)) {
      if (node instanceof HTMLTableCaptionElement && !captionSeen) {
        captionSeen = true;
        if (caption) copy.appendChild(node.cloneNode(true));
      } else if (node instanceof HTMLTableSectionElement) {
        const section = node.cloneNode(false);
        for (const child of Array.from(node.childNodes)) {
          if (!(child instanceof HTMLTableRowElement)) section.appendChild(child.cloneNode(true));
          else if (keepRow(child)) section.appendChild(copyRow(child));
        }
        copy.appendChild(section);
      } else if (node instanceof HTMLTableRowElement) {
        if (keepRow(node)) copy.appendChild(copyRow(node));
      } else copy.appendChild(node.cloneNode(true));
    }
    return copy;
  };
  // A few rows that bound a long table's width from below: each section's
  // first row, the header rows, and per column the rows whose cells hold the
  // most text. A table is never narrower than any subset of its rows (its
  // width is its box's or its columns' minimum widths, whichever is more), so
  // when these rows do not fit, the table does not either, and only a size
  // they fit in needs the whole table laid out (a 40 × 400 table took ~1 s
  // per size tried). Undefined for short tables and tables with spans.
  const PROXY_MIN_ROWS = 24;
  const PROXY_PER_COLUMN = 3;
  const widthProxy = (table: HTMLTableElement, spans: boolean): HTMLTableElement | undefined => {
    const rows = Array.from(table.rows);
    if (spans || rows.length < PROXY_MIN_ROWS) return undefined;
    const keep = new Set<HTMLTableRowElement>();
    const longest: { row: HTMLTableRowElement; length: number }[][] = [];
    for (const row of rows) {
      const section = row.parentElement;
      if (section?.tagName === 'THEAD' || row === section?.firstElementChild) keep.add(row);
      Array.from(row.cells).forEach((cell, i) => {
        const length = (cell.textContent ?? '').length;
        const top = (longest[i] ??= []);
        if (top.length < PROXY_PER_COLUMN || length > (top.at(-1)?.length ?? 0)) {
          top.push({ row, length });
          top.sort((a, b) => b.length - a.length);
          if (top.length > PROXY_PER_COLUMN) top.pop();
        }
      });
    }
    for (const top of longest) for (const { row } of top) keep.add(row);
    if (keep.size * 2 > rows.length) return undefined;
    return copyOf(
      table,
      (row) => keep.has(row),
      () => true,
      true,
    );
  };
  // The first of `sizes` the table fits in at `width`, as trying each in turn
  // would find, with the proxy ruling out the sizes its rows already overflow.
  // Leaves the table in the size found, or the last one tried.
  const tryFit = (
    table: HTMLTableElement,
    proxy: HTMLTableElement | undefined,
    sizes: string[],
    width: number,
  ): string | undefined => {
    if (proxy) table.after(proxy);
    try {
      for (const size of sizes) {
        if (proxy) {
          proxy.style.fontSize = size;
          if (!fits(proxy, width)) continue;
        }
        table.style.fontSize = size;
        if (fits(table, width)) return size;
      }
      table.style.fontSize = sizes.at(-1) ?? '';
      return undefined;
    } finally {
      proxy?.remove();
    }
  };
  // A copy of `table` with only column 0 and columns from..to-1 (no spans in Markdown tables).
  const columnGroup = (table: HTMLTableElement, from: number, to: number): HTMLTableElement =>
    copyOf(
      table,
      () => true,
      (i) => i === 0 || (i >= from && i < to),
      from <= 1,
    );

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
    const proxy = widthProxy(table, spans);
    if (columns <= options.landscapeColumns) {
      box.style.width = `${options.portraitPx}px`;
      const size = tryFit(table, proxy, portraitSizes, options.portraitPx);
      box.style.width = '';
      if (size !== undefined) {
        if (size !== portraitSizes[0]) result.smaller += 1;
        continue;
      }
    }
    box.classList.add('pdf-wide');
    result.landscape += 1;
    box.style.width = `${options.landscapePx}px`;
    if (tryFit(table, proxy, landscapeSizes, options.landscapePx) === undefined) {
      if (spans || columns < 3) {
        table.classList.add('pdf-wrap');
        result.wrapped += 1;
      } else {
        // Split into groups of as many columns as fit beside the first one.
        // The whole table leaves the box first: laid out again in the split
        // size beside each group measured, it would only be thrown away.
        table.style.fontSize = splitSize;
        table.remove();
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
        for (const group of groups) group.classList.add('pdf-table-part');
        result.split += 1;
      }
    }
    box.style.width = '';
  }
  return result;
}
