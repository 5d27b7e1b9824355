/**
 * The one cross-field rule of `status`: `lagt fram` belongs to the types
 * nobody adopts (orientering, notat); the other types are `vedtatt` when
 * adopted. (`vedtatt` on an orientering or notat is accepted and read as
 * `lagt fram`, see core/doc-status.ts.)
 */
import type { z } from 'zod';
import { statusesFor } from '../core/doc-status.ts';
import type { Finding } from './finding.ts';
import type { FieldIndex } from './translate.ts';
import type { DocStatus, DocType, Malform } from './types.ts';
import { DOC_STATUSES, DOC_TYPES } from './vocabulary.ts';
import { findingAt } from './zod-problems.ts';

/** A finding when `status` (written as `written`) is not one `type` may have. */
export function statusForType(
  type: DocType,
  status: DocStatus,
  written: string,
  index: FieldIndex,
  malform: Malform,
): Finding | undefined {
  const allowed = statusesFor(type);
  if (allowed.includes(status) || status === 'vedtatt') return undefined;
  const typeTerm = DOC_TYPES.find((t) => t.name === type);
  const suggestion = DOC_STATUSES.find((s) => s.name === 'vedtatt');
  const args = {
    value: written,
    ...(typeTerm ? { key: typeTerm } : {}),
    allowed: DOC_STATUSES.filter((s) => allowed.includes(s.name)),
    ...(suggestion ? { suggestion } : {}),
  };
  return findingAt(index, ['status'], malform, 'status-type', args, suggestion?.[malform]);
}

/**
 * An unknown `status` is reported by the schema, which lists every status;
 * once the type is known, the message lists only the ones that type may have
 * (no «lagt fram» offered for a plan), and suggests only one of those.
 */
export function narrowStatusChoices(
  issues: readonly z.core.$ZodIssue[],
  type: DocType | undefined,
): z.core.$ZodIssue[] {
  if (!type) return [...issues];
  const allowed = statusesFor(type);
  return issues.map((issue) => {
    const params = issue.code === 'custom' ? issue.params : undefined;
    if (issue.path.join('.') !== 'status' || params?.['ruleId'] !== 'verdi-ukjent') return issue;
    const args = (params['args'] ?? {}) as {
      allowed?: readonly { name: DocStatus }[];
      suggestion?: { name: DocStatus };
    };
    const { suggestion, ...rest } = args;
    const narrowed = {
      ...rest,
      allowed: (args.allowed ?? []).filter((term) => allowed.includes(term.name)),
      ...(suggestion && allowed.includes(suggestion.name) ? { suggestion } : {}),
    };
    return { ...issue, params: { ...params, args: narrowed } };
  });
}
