import type { Blockquote, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, walk } from '../core/tree-walk.ts';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import type { Malform } from '../core/types.ts';
import { LANGUAGE_RULES } from './language-rules.ts';
import { documentMalform } from './malform.ts';
import { countMalforms, ownMalform } from './malform-words.ts';
import { blockText, placer, WORD } from './text-spans.ts';

/** Options of remark-malform-check. */
export interface Options {
  /** Målform for documents that do not say (default `'nb'`). */
  malform?: Malform;
}

/** Blocks whose running text is checked. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Warns about words of the other målform in running text (`malform-ord`),
 * with the usual form in the document's målform as the fix. A quote
 * (blockquote) is someone else's words: never checked, and when most of its
 * målform-specific words are of the other målform it gets `lang` (WCAG 3.1.2
 * Language of Parts), which the page keeps and Chromium writes into the
 * PDF's structure tags. A capitalised word inside a sentence is taken for a
 * name («Heile», «Berre») and left alone, and so is text in quotation marks.
 */
export default function remarkMalformCheck(options: Options = {}) {
  return function (tree: Root, file: VFile): undefined {
    const malform = documentMalform(file, options.malform ?? 'nb');
    const source = String(file.value ?? '');
    const place = placer(file);
    walk(tree, null, (node) => {
      if (node.type === 'blockquote') {
        markQuoteLanguage(node, malform);
        return SKIP;
      }
      if (!BLOCKS.has(node.type) || !('children' in node)) return undefined;
      const { text, offsets } = blockText(node, source);
      // The quotes only once a word of the other målform is found (most blocks have none).
      let quoted: [number, number][] | undefined;
      for (const match of text.matchAll(WORD)) {
        const own = ownMalform(match[0]);
        if (!own || own.malform === malform) continue;
        quoted ??= quotedRanges(text);
        if (quoted.some(([from, to]) => match.index >= from && match.index < to)) continue;
        if (/^\p{Lu}/u.test(match[0]) && !sentenceStart(text, match.index)) continue;
        file.message(t(malform, 'language.otherMalform', match[0], own.other), {
          place: place(offsets[match.index] ?? 0),
          ruleId: LANGUAGE_RULES.otherMalform,
          source: 'planverk',
        });
      }
      return SKIP;
    });
  };
}

/** Sets `lang` on a quote written in the other målform (two such words or more, and more than of its own). */
function markQuoteLanguage(node: Blockquote, malform: Malform): void {
  const words = toString(node).match(WORD) ?? [];
  const counts = countMalforms(words);
  const other: Malform = malform === 'nb' ? 'nn' : 'nb';
  if (counts[other] >= 2 && counts[other] > counts[malform]) {
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, lang: other } };
  }
}

/** True when the word at `index` starts the block or a sentence. */
function sentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === '' || /[.!?:«"(–-]$/.test(before);
}

/**
 * Spans inside quotation marks («…», “…”, "…"): a quoted law or a word
 * mentioned as a word («ikkje») keeps the målform it was written in.
 */
function quotedRanges(text: string): [number, number][] {
  return [...text.matchAll(/«[^»]*»|“[^”]*”|"[^"]*"/g)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
}
