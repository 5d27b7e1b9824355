/**
 * What a long document page needs beyond its body: the footnotes split off
 * so they can stand last (after the handlingsplan and the attachments), and
 * the number of headings from which the page gets a table of contents.
 */

/** From this many headings a document gets a table of contents (and the «Til innhald» link). */
export const TOC_MIN_HEADINGS = 4;

/** A body split into its text and its footnotes section (empty when it has none). */
export interface SplitBody {
  body: string;
  footnotes: string;
}

/**
 * The opening of the section remark-rehype writes for GFM footnotes, as the
 * sanitised HTML spells it. A clerk's raw HTML cannot produce it: the
 * sanitiser allows no <section> or data-footnotes from the source.
 */
const FOOTNOTES_OPEN = '<section data-footnotes';

/**
 * Splits the footnotes section off the end of a rendered body. Only a
 * section that is the very last thing in the body is taken: anything else
 * leaves the body whole, so no text can be lost or moved out of order.
 */
export function splitFootnotes(html: string): SplitBody {
  const at = html.lastIndexOf(FOOTNOTES_OPEN);
  if (at < 0) return { body: html, footnotes: '' };
  const tail = html.slice(at);
  // The footnotes section holds no nested <section>, so its end is the first close.
  const close = tail.indexOf('</section>');
  if (close < 0 || tail.slice(close + '</section>'.length).trim() !== '') {
    return { body: html, footnotes: '' };
  }
  return { body: html.slice(0, at).trimEnd(), footnotes: tail.trim() };
}
