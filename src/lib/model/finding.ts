import { problemMessage, type MessageArgs, type RuleId } from '../i18n/problems.ts';
import type { Problem, Severity } from './problems.ts';
import type { Malform } from './types.ts';
import type { Pos } from './yaml-tree.ts';

/**
 * A problem before it is worded: the steps that find problems do not always
 * know the document's målform yet, so they record the rule and its
 * arguments, and {@link toProblem} writes the message.
 */
export interface Finding {
  ruleId: RuleId;
  pos: Pos;
  /** Clerk's dotted path, e.g. `handlingsplan[2].satsingsområde`. */
  field?: string;
  args?: MessageArgs;
  severity?: Severity;
  fix?: string;
}

/** Words a finding as a Problem for `file` in the given målform. */
export function toProblem(finding: Finding, file: string, malform: Malform): Problem {
  const { ruleId, pos, field, args, severity, fix } = finding;
  return {
    file,
    line: pos.line,
    column: pos.column,
    ...(field ? { field } : {}),
    ruleId,
    severity: severity ?? 'error',
    message: problemMessage(ruleId, malform, args),
    ...(fix ? { fix } : {}),
    malform,
  };
}
