import type { Finding } from './finding.ts';
import { toProblem } from './finding.ts';
import type { Problem } from './problems.ts';
import type { Malform } from './types.ts';

/** Folder under content/ whose `.yaml`/`.yml` files are status updates (see src/lib/status). */
const STATUS_FILE = /^statusoppdateringar\/.+\.ya?ml$/i;

/**
 * Warns about every file under content/ that no document uses: not Markdown,
 * not a status update, not a `vedlegg` and not linked from a body. Such a
 * file is never published, which the clerk who put it there rarely intends
 * (a stray `.docx`, an attachment whose `vedlegg` line was forgotten).
 */
export function unusedFiles(
  others: readonly string[],
  used: ReadonlySet<string>,
  contentDir: string,
  malform: Malform,
): Problem[] {
  const finding: Finding = {
    ruleId: 'fil-ubrukt',
    pos: { line: 1, column: 1 },
    severity: 'warning',
  };
  return others
    .filter((path) => !STATUS_FILE.test(path) && !used.has(path.normalize('NFC')))
    .map((path) => toProblem(finding, `${contentDir}/${path}`, malform));
}
