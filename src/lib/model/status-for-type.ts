/**
 * The one cross-field rule of `status`: `lagt fram` belongs to the types
 * nobody adopts (orientering, notat); the other types are `vedtatt` when
 * adopted. (`vedtatt` on an orientering or notat is accepted and read as
 * `lagt fram`, see core/doc-status.ts.)
 */
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
