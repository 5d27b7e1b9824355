/**
 * Page geometry shared by the stylesheet (src/styles/print-pdf.css must use
 * the same margins) and the table-fitting script, which measures tables at
 * the width they will have on paper.
 */

/** CSS pixels per millimetre (96 dpi). */
const PX_PER_MM = 96 / 25.4;

/** Left plus right page margin in millimetres (`@page { margin: … 20mm … 20mm }`). */
const SIDE_MARGINS_MM = 40;

/** Top plus bottom page margin in millimetres (`@page { margin: 22mm … 20mm … }`). */
const TOP_BOTTOM_MARGINS_MM = 42;

/** Height of the text block on an A4 portrait page, in CSS pixels (not rounded: it paginates). */
export const PORTRAIT_CONTENT_HEIGHT_PX = (297 - TOP_BOTTOM_MARGINS_MM) * PX_PER_MM;

/** Width of the text block on an A4 portrait page, in CSS pixels. */
export const PORTRAIT_CONTENT_PX = Math.floor((210 - SIDE_MARGINS_MM) * PX_PER_MM);

/** Width of the text block on an A4 landscape page, in CSS pixels. */
export const LANDSCAPE_CONTENT_PX = Math.floor((297 - SIDE_MARGINS_MM) * PX_PER_MM);

/**
 * Options for Playwright's `page.pdf`. `tagged` gives the structure tree,
 * `/Lang` and, with `outline`, the bookmarks (stack.md); `preferCSSPageSize`
 * lets the stylesheet's named landscape page win over `format`.
 */
export const PDF_OPTIONS = {
  format: 'A4',
  tagged: true,
  outline: true,
  printBackground: true,
  preferCSSPageSize: true,
} as const;
