/**
 * Runs inside the print page (serialised by Playwright) after fitTables and
 * keepLeadWithWideTables: guesses the page each TOC heading will print on
 * from the page's own layout (the print media type, at the width of the
 * text block), without printing. The page is cut into pieces no break may
 * fall inside (a line of text, a table row, anything `break-inside: avoid`),
 * then paginated as Chromium does: a piece that overflows the page starts
 * the next one; no break right after a heading (`break-after: avoid`), none
 * leaving fewer than `orphans`/`widows` lines of a paragraph on either side
 * (except that, like Chromium, it leaves fewer than `widows` lines rather
 * than move a heading along with the paragraph after it), none before a
 * table's first two or last row, and a table's header row repeated on each
 * page it continues on.
 * Only a guess: printDocument prints with these numbers and checks them on
 * the bookmarks of that very print, printing again when one is wrong, so the
 * guess decides how often a document is printed, never what the TOC says.
 * Undefined (print a draft instead) where the guess is known to be poor: a
 * landscape page (`.pdf-wide`) in the document. Must stay self-contained.
 */

/** What the guess measures against. */
export interface EstimateOptions {
  /** TOC anchors to guess the pages of. */
  anchors: string[];
  /** Height of the text block of a portrait page, CSS px. */
  pageHeightPx: number;
}

/** Guessed page of each anchor; undefined when the document cannot be guessed. */
export function estimateTocPages(options: EstimateOptions): Record<string, number> | undefined {
  if (document.querySelector('.pdf-wide')) return undefined;
  /** One piece no break may fall inside, in document order (coordinates of the continuous layout). */
  interface Piece {
    top: number;
    bottom: number;
    /** A heading: no break right after it. */
    heading?: boolean;
    /** The paragraph it is a line of, its line index and its lines' count, orphans, widows. */
    lines?: { of: Element; index: number; count: number; orphans: number; widows: number };
    /** A table row: its index in its tbody, the row count, the height of its table's header. */
    row?: { index: number; count: number; header: number };
    /** Ids of the anchors that start at this piece. */
    ids: string[];
    /** A forced break before it (`break-before: page`): where its page starts. */
    forced?: number;
  }
  const pieces: Piece[] = [];
  // A forced break waiting for the next piece: the top of its page.
  let forced: number | undefined;
  let unknown = false;
  const push = (piece: Piece): void => {
    if (forced !== undefined) piece.forced = Math.min(forced, piece.top);
    forced = undefined;
    pieces.push(piece);
  };
  const wanted = new Set(options.anchors);
  const scroll = window.scrollY;
  const box = (el: Element): { top: number; bottom: number } => {
    const r = el.getBoundingClientRect();
    return { top: r.top + scroll, bottom: r.bottom + scroll };
  };
  const idsIn = (el: Element): string[] => {
    const ids: string[] = [];
    if (el.id && wanted.has(el.id)) ids.push(el.id);
    for (const inner of Array.from(el.querySelectorAll('[id]')))
      if (wanted.has(inner.id)) ids.push(inner.id);
    return ids;
  };
  const isBlock = (el: Element): boolean => {
    const display = getComputedStyle(el).display;
    return display !== 'inline' && display !== 'none' && display !== 'contents';
  };
  const lineBoxes = (el: Element): { top: number; bottom: number }[] => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = Array.from(range.getClientRects()).filter((r) => r.height > 0);
    const lines: { top: number; bottom: number }[] = [];
    for (const r of rects) {
      const top = r.top + scroll;
      const bottom = r.bottom + scroll;
      const last = lines.at(-1);
      // Rects of one line overlap vertically; a new line starts below the last one's middle.
      if (last && top < (last.top + last.bottom) / 2) {
        last.top = Math.min(last.top, top);
        last.bottom = Math.max(last.bottom, bottom);
      } else lines.push({ top, bottom });
    }
    return lines;
  };
  const walk = (el: Element): void => {
    const style = getComputedStyle(el);
    if (style.display === 'none') return;
    // Another page size, or blank pages to reach a left or right one: not guessed.
    if (
      style.page !== 'auto' ||
      /left|right|recto|verso/.test(style.breakBefore + style.breakAfter)
    )
      unknown = true;
    if (/page|always/.test(style.breakBefore))
      forced = el.getBoundingClientRect().top + scroll - parseFloat(style.marginTop || '0');
    pieceOf(el, style);
    if (/page|always/.test(style.breakAfter))
      forced = el.getBoundingClientRect().bottom + scroll + parseFloat(style.marginBottom || '0');
  };
  const pieceOf = (el: Element, style: CSSStyleDeclaration): void => {
    const tag = el.tagName;
    if (/^H[1-6]$/.test(tag)) {
      push({ ...box(el), heading: true, ids: idsIn(el) });
      return;
    }
    if (tag === 'TR') {
      const section = el.parentElement as HTMLTableSectionElement;
      const table = section.parentElement as HTMLTableElement;
      if (section.tagName === 'THEAD') {
        push({ ...box(el), ids: idsIn(el) });
        return;
      }
      const rows = Array.from(section.rows);
      const header = table.tHead ? box(table.tHead) : undefined;
      push({
        ...box(el),
        row: {
          index: rows.indexOf(el as HTMLTableRowElement),
          count: rows.length,
          header: header ? header.bottom - header.top : 0,
        },
        ids: idsIn(el),
      });
      return;
    }
    if (style.breakInside === 'avoid' || tag === 'IMG' || tag === 'svg' || tag === 'FIGURE') {
      push({ ...box(el), ids: idsIn(el) });
      return;
    }
    // Inline content beside blocks sits in anonymous blocks: left out of the guess.
    const children = Array.from(el.children).filter(isBlock);
    if (children.length === 0) {
      if (style.display.includes('table')) {
        push({ ...box(el), ids: idsIn(el) });
        return;
      }
      const lines = lineBoxes(el);
      const outer = box(el);
      const ids = idsIn(el);
      lines.forEach((line, index) => {
        push({
          // A line's box reaches the next line's (the leading belongs to it).
          top: index === 0 ? outer.top : line.top,
          bottom: index === lines.length - 1 ? Math.max(line.bottom, outer.bottom) : line.bottom,
          lines: {
            of: el,
            index,
            count: lines.length,
            orphans: Number(style.orphans) || 2,
            widows: Number(style.widows) || 2,
          },
          ids: index === 0 ? ids : [],
        });
      });
      if (lines.length === 0) push({ ...outer, ids });
      return;
    }
    for (const child of children) walk(child);
  };
  walk(document.body);
  if (unknown) return undefined;

  // Paginate: page `page` holds the pieces from its start up to where the next one breaks.
  const pages: Record<string, number> = {};
  let page = 1;
  let start = pieces[0]?.top ?? 0;
  const breakAllowedBefore = (i: number): boolean => {
    const piece = pieces[i] as Piece;
    const before = pieces[i - 1];
    if (!before) return false;
    if (before.heading) return false;
    const lines = piece.lines;
    if (lines && before.lines?.of === lines.of) {
      if (lines.index < lines.orphans || lines.count - lines.index < lines.widows) return false;
    }
    const row = piece.row;
    if (row && (row.index <= 1 || row.index === row.count - 1)) return false;
    return true;
  };
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i] as Piece;
    if (piece.forced !== undefined && i > 0) {
      page += 1;
      start = piece.forced;
    } else if (piece.bottom - start > options.pageHeightPx + 0.5 && i > 0) {
      // Break before the latest piece at or before i that allows it, on this page.
      let at = i;
      while (at > 0 && !breakAllowedBefore(at)) at -= 1;
      // Chromium leaves fewer than `widows` lines of a paragraph for the next
      // page rather than move the heading before the paragraph along.
      const lines = piece.lines;
      if (
        lines &&
        lines.index >= lines.orphans &&
        at <= i - lines.index &&
        pieces[i - lines.index - 1]?.heading
      )
        at = i;
      const first = pieces[at] as Piece;
      if (at === 0 || first.top <= start) {
        // Nothing allows a break on this page: Chromium breaks at i anyway.
        at = i;
      }
      const breakAt = pieces[at] as Piece;
      page += 1;
      // Undo the pages already given to the pieces moved along.
      for (let j = at; j < i; j += 1) for (const id of (pieces[j] as Piece).ids) pages[id] = page;
      // A continued table repeats its header on the new page.
      const header = breakAt.row && breakAt.row.index > 0 ? breakAt.row.header : 0;
      // The margin above a page's first piece is dropped: `top` is its border edge.
      start = breakAt.top - header;
    }
    for (const id of piece.ids) pages[id] ??= page;
  }
  return pages;
}
