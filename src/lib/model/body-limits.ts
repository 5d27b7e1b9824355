/**
 * What the checker does with a body beyond the limits of body-nesting.ts
 * and body-paragraphs.ts:
 * one finding at the spot, and an empty tree in place of the parse, so no
 * later step (headings, summary, rendering) recurses into it.
 */
import type { Root } from 'mdast';
import type { Finding } from './finding.ts';
import { findDeepNesting, MAX_NESTING, type NestingProblem } from './body-nesting.ts';
import { findLongParagraph, MAX_PARAGRAPH_LINES, type LongParagraph } from './body-paragraphs.ts';
import { BODY_FIELD } from './text-hygiene.ts';

/** The tree checks use for a body that is refused. */
export const EMPTY_BODY: Root = { type: 'root', children: [] };

/** The finding for a body nested too deep; `bodyLine` is the file line where the body starts. */
export function deepNestingFinding(deep: NestingProblem, bodyLine: number): Finding {
  return {
    ruleId: 'brodtekst-for-djup',
    pos: { line: bodyLine + deep.line - 1, column: deep.column },
    field: BODY_FIELD,
    args: { count: MAX_NESTING },
  };
}

/** The finding for a paragraph with too many lines; `bodyLine` is the file line where the body starts. */
export function longParagraphFinding(long: LongParagraph, bodyLine: number): Finding {
  return {
    ruleId: 'brodtekst-langt-avsnitt',
    pos: { line: bodyLine + long.line - 1, column: long.column },
    field: BODY_FIELD,
    args: { count: MAX_PARAGRAPH_LINES },
  };
}

/** The finding that refuses a body before it is parsed, if any: nesting first, then paragraph length. */
export function bodyLimitFinding(body: string, bodyLine: number): Finding | undefined {
  const deep = findDeepNesting(body);
  if (deep) return deepNestingFinding(deep, bodyLine);
  const long = findLongParagraph(body);
  return long ? longParagraphFinding(long, bodyLine) : undefined;
}

/** Whether a body is refused (so the renderer must not be run on it). */
export function bodyRefused(body: string): boolean {
  return findDeepNesting(body) !== undefined || findLongParagraph(body) !== undefined;
}

/**
 * A stack overflow while parsing or rendering a body that passed the
 * pre-scan (a form of nesting the estimate did not count), as the same
 * finding at the body's first line instead of a crash.
 */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** The finding for a body whose parse overflowed the stack. */
export function overflowFinding(bodyLine: number): Finding {
  return deepNestingFinding({ line: 1, column: 1, depth: MAX_NESTING + 1 }, bodyLine);
}
