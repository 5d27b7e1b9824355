import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, walk } from '../core/tree-walk.ts';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import type { Malform } from '../core/types.ts';
import { KNOWN_ABBREVIATIONS, DOTTED_ABBREVIATIONS } from './abbreviations.ts';
import { LANGUAGE_RULES, LIMITS } from './language-rules.ts';
import { documentMalform } from './malform.ts';
import { blockText, placer, WORD } from './text-spans.ts';

/** Options of remark-klarsprak. */
export interface Options {
  /** Målform for documents that do not say (default `'nb'`). */
  malform?: Malform;
}

/** Link texts that say nothing about where the link goes (Språkrådet, WCAG 2.4.4). */
const VAGUE_LINKS = new Set(
  'her|klikk her|trykk her|klikk|lenke|lenka|lenken|link|denne lenka|denne lenken|les mer|les meir|mer|meir|mer info|meir info|se her|sjå her|les mer her|les meir her'.split(
    '|',
  ),
);

/**
 * Klarspråk warnings after Språkrådet's advice, each at its line: sentences
 * over ~30 words (`setning-lang`, with the count), paragraphs over ~150 words
 * (`avsnitt-langt`), abbreviations used before they are explained
 * (`forkorting`; well-known ones need no explaining, abbreviations.ts), and
 * link texts such as «her» or «les meir» (`lenketekst`). Quotes are someone
 * else's words and are not checked; code and raw HTML are not text.
 */
export default function remarkKlarsprak(options: Options = {}) {
  return function (tree: Root, file: VFile): undefined {
    const malform = documentMalform(file, options.malform ?? 'nb');
    const source = String(file.value ?? '');
    const place = placer(file);
    const warn = (ruleId: string, reason: string, offset: number): void => {
      file.message(reason, { place: place(offset), ruleId, source: 'planverk' });
    };
    const seen = new Set<string>();
    walk(tree, null, (node) => {
      if (node.type === 'blockquote' || node.type === 'code' || node.type === 'html') return SKIP;
      if (node.type === 'link') {
        const text = toString(node)
          .trim()
          .toLowerCase()
          .replace(/[.:!…]+$/, '');
        if (VAGUE_LINKS.has(text))
          warn(
            LANGUAGE_RULES.linkText,
            t(malform, 'language.linkText', toString(node).trim()),
            node.position?.start.offset ?? 0,
          );
        return undefined;
      }
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell')
        return undefined;
      const { text, offsets } = blockText(node, source);
      const at = (index: number): number => offsets[index] ?? node.position?.start.offset ?? 0;
      for (const found of unexplained(text, seen)) {
        warn(
          LANGUAGE_RULES.abbreviation,
          t(malform, 'language.abbreviation', found.abbr),
          at(found.index),
        );
      }
      if (node.type !== 'paragraph') return undefined;
      for (const s of sentences(text)) {
        if (s.words > LIMITS.sentenceWords)
          warn(
            LANGUAGE_RULES.sentenceLong,
            t(malform, 'language.sentenceLong', s.words, LIMITS.sentenceWords),
            at(s.start),
          );
      }
      const words = text.match(WORD)?.length ?? 0;
      if (words > LIMITS.paragraphWords)
        warn(
          LANGUAGE_RULES.paragraphLong,
          t(malform, 'language.paragraphLong', words, LIMITS.paragraphWords),
          at(0),
        );
      return undefined;
    });
  };
}

/** Capitals of 2–6 letters, alone or before a hyphen («NAV-kontoret») or a genitive s. */
const ABBREVIATION = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})(?:s|'s|')?(?![\p{L}\p{N}])/gu;
const ROMAN = /^[IVXLCDM]+$/;

/**
 * The abbreviations of `text` met for the first time (recorded in `seen`)
 * and not explained there: an explanation is the abbreviation in brackets
 * after the full name, «plan- og bygningslova (PBL)», or the full name in
 * brackets or after a dash right after it, «PBL (plan- og bygningslova)».
 */
function unexplained(text: string, seen: Set<string>): { abbr: string; index: number }[] {
  const found: { abbr: string; index: number }[] = [];
  for (const match of text.matchAll(ABBREVIATION)) {
    const abbr = match[1] as string;
    if (seen.has(abbr) || ROMAN.test(abbr) || KNOWN_ABBREVIATIONS.has(abbr)) continue;
    seen.add(abbr);
    // The characters next to it, spaces skipped (no copies of the paragraph's rest).
    const before = text[skipSpaces(text, match.index - 1, -1)] ?? '';
    const after = text[skipSpaces(text, match.index + match[0].length, 1)] ?? '';
    const explained = before === '(' || /^[(–:-]$/.test(after);
    if (!explained) found.push({ abbr, index: match.index });
  }
  return found;
}

/** The sentences of a paragraph: where each starts and how many words it has. */
function sentences(text: string): { start: number; words: number }[] {
  const result: { start: number; words: number }[] = [];
  let start = 0;
  // A full stop, ! or ? then space then a capital, a digit or a quote mark
  // ends a sentence, unless the word before is an abbreviation («bl.a.», «kap.»).
  const end = /[.!?…]+["»)]?\s+(?=[\p{Lu}\p{N}«"])/gu;
  for (const match of text.matchAll(end)) {
    // The word before the full stop: the run of non-spaces ending at it.
    const word = text
      .slice(skipSpaces(text, match.index, -1, true) + 1, match.index + 1)
      .toLowerCase();
    if (DOTTED_ABBREVIATIONS.has(word) || /^\p{L}\.$/u.test(word)) continue;
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return result;

  function push(from: number, to: number): void {
    const words = text.slice(from, to).match(WORD)?.length ?? 0;
    if (words > 0) result.push({ start: skipSpaces(text, from, 1), words });
  }
}

const SPACE = /\s/;

/**
 * From `index`, stepping by `step` (1 or -1), the first index whose character
 * is not a space (with `invert`: is a space), or where the text ends (-1 or
 * its length): what trimStart, trimEnd and `/(\S+)$/` find, without copying.
 */
function skipSpaces(text: string, index: number, step: 1 | -1, invert = false): number {
  let i = index;
  while (i >= 0 && i < text.length && SPACE.test(text[i] as string) !== invert) i += step;
  return i;
}
