import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { extensionOf } from '../core/file-name.ts';
import { publishableType } from './file-types.ts';
import { contentFits, decodeText, sniff, type ContentKind } from './sniff.ts';
import { svgProblem, type SvgProblem } from './svg-safety.ts';
import type { MessageArgs } from '../i18n/problems.ts';

/** Whether a file may be published from the site's origin, and if not, why. */
export type FileVerdict =
  | { ok: true; ext: string }
  /** The extension is not on the list (or there is none). */
  | { ok: false; problem: 'type'; ext: string }
  /** The bytes are not what the extension says (`HTML` in a `.pdf`). */
  | { ok: false; problem: 'content'; ext: string; found: ContentKind }
  /** An SVG that is not well-formed or not only a drawing. */
  | { ok: false; problem: 'svg'; ext: string; svg: SvgProblem };

// Enough for every signature in sniff.ts, and for markup at the start.
const HEAD = 4096;

/**
 * Judges the file `name` (its extension) with the bytes `bytes`: the type
 * must be publishable and the content must be of that type. Text and SVG
 * are judged whole, binary types by their header.
 */
export function judgeBytes(name: string, bytes: Uint8Array): FileVerdict {
  const type = publishableType(name);
  const ext = type?.ext ?? extensionOf(name);
  if (!type) return { ok: false, problem: 'type', ext };
  if (type.content === 'svg') {
    const text = decodeText(bytes);
    const svg =
      text === undefined
        ? { kind: 'malformed' as const, what: 'binary', line: 1 }
        : svgProblem(text);
    return svg ? { ok: false, problem: 'svg', ext, svg } : { ok: true, ext };
  }
  const found = sniff(bytes);
  return contentFits(type.content, found)
    ? { ok: true, ext }
    : { ok: false, problem: 'content', ext, found };
}

/** Reads as much of the file at `source` as {@link judgeBytes} needs, and judges it. */
export function judgeFile(name: string, source: string): FileVerdict {
  const type = publishableType(name);
  if (!type) return { ok: false, problem: 'type', ext: extensionOf(name) };
  if (type.content === 'svg' || type.content === 'text')
    return judgeBytes(name, readFileSync(source));
  const fd = openSync(source, 'r');
  try {
    const head = Buffer.alloc(HEAD);
    const read = readSync(fd, head, 0, HEAD, 0);
    return judgeBytes(name, head.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** The rule and message arguments (`problem` section of src/lib/i18n/nb.ts) of a refused file written as `value`. */
export function verdictMessage(
  verdict: Exclude<FileVerdict, { ok: true }>,
  value: string,
): { ruleId: 'fil-type' | 'fil-innhald' | 'svg-ugyldig' | 'svg-aktivt'; args: MessageArgs } {
  switch (verdict.problem) {
    case 'type':
      return { ruleId: 'fil-type', args: { value, detail: verdict.ext } };
    case 'content':
      return { ruleId: 'fil-innhald', args: { value, detail: verdict.ext, other: verdict.found } };
    case 'svg':
      return {
        ruleId: verdict.svg.kind === 'malformed' ? 'svg-ugyldig' : 'svg-aktivt',
        args: { value, detail: verdict.svg.what, line: verdict.svg.line },
      };
  }
}

/** The verdict on a file judged by its name alone (no bytes to read: tests, in-memory checks). */
export function judgeName(name: string): FileVerdict {
  const type = publishableType(name);
  return type
    ? { ok: true, ext: type.ext }
    : { ok: false, problem: 'type', ext: extensionOf(name) };
}
