// A number as Norwegian tables write it: an optional `kr`, a sign (ASCII
// hyphen, Unicode minus, en dash, plus), digits grouped by spaces (ordinary,
// no-break, narrow no-break) or dots, or plain digits, optional decimals
// after a comma or dot, then an optional `,-`, `%`, `‰`, `kr`, `mill.`.
const GROUPED_SPACE = String.raw`\d{1,3}(?:[ \u00A0\u202F]\d{3})+`;
const GROUPED_DOT = String.raw`\d{1,3}(?:\.\d{3})+(?![.,]?\d)`;
const NUMBER = new RegExp(
  String.raw`^(?:kr\.?\s*|nok\s*)?[-+\u2212\u2013]?\s?(?:${GROUPED_SPACE}|${GROUPED_DOT}|\d+)` +
    String.raw`(?:[.,]\d+)?(?:,-)?\s?(?:%|‰|kr\.?|mill\.?|mrd\.?)?$`,
  'iu',
);

// What a table writes where there is no number: a dash, or nothing.
const PLACEHOLDER = /^[-\u2212\u2013\u2014]?$/u;

/** Whether a cell's text is a number (`1 234`, `-31 314`, `107,2`, `12,2 %`, `kr 57 060`, `−5`). */
export function isNumericText(text: string): boolean {
  return NUMBER.test(text.trim());
}

/** Whether a cell's text is a placeholder for «no number» (empty, `-`, `–`, `—`). */
export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/**
 * Whether a column is numeric: at least one body cell holds a number and
 * every other body cell is a number or a placeholder. Header cells are not
 * passed in: they hold words.
 */
export function isNumericColumn(cells: readonly string[]): boolean {
  let numbers = 0;
  for (const cell of cells) {
    if (isNumericText(cell)) numbers += 1;
    else if (!isPlaceholderText(cell)) return false;
  }
  return numbers > 0;
}

/**
 * Joins digit groups (`16 087 178` → `16 087 178` with U+202F NARROW NO-BREAK
 * SPACE) and binds a unit or `kr` to its number with U+00A0, so a number
 * never breaks across lines in a narrow cell (stack.md «Typesetting pitfalls»).
 */
export function keepNumbersTogether(text: string): string {
  return text
    .replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u202F')
    .replace(/(\d) (?=%|‰|kr\b|mill\.|mrd\.)/giu, '$1\u00A0')
    .replace(/\b(kr\.?) (?=[-\u2212\u2013]?\d)/giu, '$1\u00A0');
}
