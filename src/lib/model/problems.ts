import { t } from '../i18n/index.ts';
import { visible } from '../core/unsafe-chars.ts';
import type { Malform } from './types.ts';

/** How bad a problem is: errors stop the build and fail `npm run check`. */
export type Severity = 'error' | 'warning';

/**
 * One thing wrong in the content, attached to its place in the source file.
 * `message` is written for the clerk in the document's målform and says both
 * what is wrong and how to fix it.
 */
export interface Problem {
  /** Path of the file relative to the project root, POSIX separators. */
  file: string;
  /** 1-based line of the offending key or value (1 when the whole file is meant). */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /**
   * Dotted path as the clerk wrote it, with 0-based list indexes, e.g.
   * `handlingsplan[2].satsingsområde`. Absent for problems with the whole file.
   */
  field?: string;
  /** Stable rule id, e.g. `dato-ugyldig`; tests and tooling key on it. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** The suggested replacement (a key, a value or an id), when there is one. */
  fix?: string;
  /** Målform of `message`. */
  malform: Malform;
}

/** Thrown by build steps that must stop on content problems; keeps them all. */
export class ContentError extends Error {
  override name = 'ContentError';
  /** Every problem found, not only the first. */
  readonly problems: Problem[];

  constructor(problems: Problem[], options?: { cause?: unknown }) {
    super(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`, options);
    this.problems = problems;
  }
}

/** Orders problems by file, then line, then column, so output is stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/**
 * Human output in the style of compilers and linters, grouped by file:
 * `content/x.md:12:3  error  dato: «…» er ikkje … [dato-ugyldig]`, then a
 * count line. The count line is in `malform` (the site's, so it matches the
 * checker's summary line), or else that of the first problem.
 */
export function formatProblems(problems: readonly Problem[], malform?: Malform): string {
  if (problems.length === 0) return '';
  const sorted = sortProblems(problems);
  const lines: string[] = [];
  let current: string | undefined;
  for (const p of sorted) {
    if (p.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(p.file);
      current = p.file;
    }
    const where = `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
    // A clerk's ESC or bidi override quoted in a message must not drive the terminal.
    const what = visible(p.field ? `${p.field}: ${p.message}` : p.message);
    lines.push(`  ${where}  ${p.severity}  ${what}  [${p.ruleId}]`);
  }
  lines.push('', countLine(sorted, malform ?? sorted[0]?.malform ?? 'nb'));
  return lines.join('\n');
}

function countLine(problems: readonly Problem[], malform: Malform): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const files = new Set(problems.map((p) => p.file)).size;
  return t(malform, 'check.count', errors, problems.length - errors, files);
}
