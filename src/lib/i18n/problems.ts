/**
 * The problem messages' façade: rule ids and their arguments. The wording is
 * in the dictionaries (nb.ts, nn.ts, sections `problem` and `update`); rule
 * ids are stable and tests snapshot the wording.
 */
import type { Malform } from '../core/types.ts';
import { t } from './index.ts';
import type { Dictionary } from './nb.ts';
import type { MessageArgs, Spelled } from './types.ts';

export type { MessageArgs, Spelled } from './types.ts';

/** Every rule id a content problem may carry. */
export type RuleId = keyof Dictionary['problem'];

/** The rule ids a status update file can break. */
export type StatusRule = keyof Dictionary['update'];

/** The message for a rule in the given målform; vocabulary words are spelled in that målform. */
export function problemMessage(ruleId: RuleId, malform: Malform, args: MessageArgs = {}): string {
  const spell = (w: Spelled | undefined): string =>
    w === undefined ? '' : typeof w === 'string' ? w : w[malform];
  return t(malform, `problem.${ruleId}`, args, spell);
}
