/**
 * Excerpts for the search page, cut from the page's real text only: the
 * hidden expansion terms that follow {@link EXPANSION_MARK} in Pagefind's
 * fragment content are never shown to a reader.
 */

/** Marks where a page's real text ends in Pagefind's `content` (see src/lib/search/html.ts). */
export const EXPANSION_MARK = '⁂⁂⁂';

/** A piece of an excerpt; `mark` pieces are the words that matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

// pagefind.js splits fragment content with this expression; locations count these words.
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

/** The fragment content before the expansion terms. */
export function realText(content: string): string {
  const at = content.indexOf(EXPANSION_MARK);
  return (at === -1 ? content : content.slice(0, at)).trim();
}

/**
 * An excerpt of about `length` words around the densest matches in the real
 * text, or `null` when every match was an expansion term (the caller then
 * shows the document's summary instead).
 */
export function buildExcerpt(
  content: string,
  locations: readonly number[],
  length = 30,
): ExcerptPart[] | null {
  const words = content.split(WORD_SEPARATORS);
  const markAt = words.indexOf(EXPANSION_MARK);
  const end = markAt === -1 ? words.length : markAt;
  const hits = [...new Set(locations)].filter((l) => l >= 0 && l < end).sort((a, b) => a - b);
  const first = hits[0];
  if (first === undefined) return null;
  // Slide a window over the hits and keep the one holding the most.
  let bestStart = first;
  let bestCount = 0;
  for (const h of hits) {
    const count = hits.filter((x) => x >= h && x < h + length).length;
    if (count > bestCount) [bestStart, bestCount] = [h, count];
  }
  const start = Math.max(0, Math.min(bestStart - Math.floor(length / 3), end - length));
  const stop = Math.min(end, start + length);
  const marked = new Set(hits);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean): void => {
    const last = parts.at(-1);
    if (last && last.mark === mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < stop; i++) {
    const word = words[i] ?? '';
    if (marked.has(i)) {
      // Keep trailing punctuation outside the highlight: «tenester.» → «tenester» + «.».
      const m = /^(.*?)([.,;:!?»)]*)$/u.exec(word);
      push(m?.[1] ?? word, true);
      if (m?.[2]) push(m[2], false);
    } else push(word, false);
    if (i < stop - 1) push(' ', false);
  }
  if (stop < end) push(' …', false);
  return parts;
}
