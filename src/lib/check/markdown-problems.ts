import type { VFileMessage } from 'vfile-message';
import type { Problem } from '../model/problems.ts';
import type { PlanDocument } from '../model/types.ts';

/**
 * Turns the Markdown pipeline's vfile messages into problems attached to the
 * line in the source file (the pipeline counts lines from the body's start).
 * Removed HTML and unsafe links are warnings (the content is already made
 * safe, but the clerk should remove what was dropped); fatal messages, such
 * as a missing image or a link to a document that does not exist, are
 * errors that stop the build.
 */
export function markdownProblems(doc: PlanDocument, messages: readonly VFileMessage[]): Problem[] {
  return messages.map((m) => ({
    file: doc.sourcePath,
    line: (m.line ?? 1) + doc.bodyLine - 1,
    ...(m.column ? { column: m.column } : {}),
    ruleId: (m.ruleId ?? 'markdown').replace(/^planverk:/, ''),
    severity: m.fatal ? 'error' : 'warning',
    message: m.reason,
    malform: doc.malform,
  }));
}
