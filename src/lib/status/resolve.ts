/**
 * Checks the tiltak references of parsed status updates against the loaded
 * documents: every update must point at a tiltak that exists.
 */
import { nearest } from '../core/distance.ts';
import type { Problem } from '../model/problems.ts';
import type { Malform, PlanDocument } from '../model/types.ts';
import { t } from '../i18n/index.ts';
import type { RawUpdate } from './parse.ts';
import type { StatusUpdate } from './types.ts';

/** Resolves one file's updates; unknown documents or tiltak become problems. */
export function resolveUpdates(
  raw: readonly RawUpdate[],
  documents: readonly PlanDocument[],
  file: string,
  malform: Malform,
): { updates: StatusUpdate[]; problems: Problem[] } {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const withPlans = documents.filter((d) => d.actionPlan.length > 0);
  const updates: StatusUpdate[] = [];
  const problems: Problem[] = [];
  for (const u of raw) {
    const field = `${u.field}.tiltak`;
    // Without a document id, a tiltak id that exists in exactly one document is enough.
    const candidates = u.docId
      ? [byId.get(u.docId)].filter((d) => d !== undefined)
      : withPlans.filter((d) => d.actionPlan.some((a) => a.id === u.actionId));
    if (u.docId && candidates.length === 0) {
      const fix = nearest(
        u.docId,
        withPlans.map((d) => [d.id, d.id] as const),
      );
      problems.push(
        problem(
          file,
          u.refLine,
          field,
          'oppdatering-dokument-ukjent',
          malform,
          { value: u.docId, ...(fix ? { fix } : {}) },
          fix,
        ),
      );
      continue;
    }
    const doc = candidates.length === 1 ? candidates[0] : undefined;
    if (!doc) {
      const fix = nearest(
        u.actionId,
        withPlans.flatMap((d) => d.actionPlan.map((a) => [a.id, `${d.id}#${a.id}`] as const)),
      );
      problems.push(
        problem(
          file,
          u.refLine,
          field,
          'oppdatering-dokument-mangler',
          malform,
          { value: u.actionId, ...(fix ? { fix } : {}) },
          fix,
        ),
      );
      continue;
    }
    if (!doc.actionPlan.some((a) => a.id === u.actionId)) {
      const ids = doc.actionPlan.map((a) => a.id);
      const fix = nearest(
        u.actionId,
        ids.map((id) => [id, id] as const),
      );
      const vars = {
        doc: doc.id,
        value: u.actionId,
        known: ids.join(', ') || '–',
        ...(fix ? { fix } : {}),
      };
      problems.push(
        problem(
          file,
          u.refLine,
          field,
          'oppdatering-tiltak-ukjent',
          malform,
          vars,
          fix ? `${doc.id}#${fix}` : undefined,
        ),
      );
      continue;
    }
    if (!u.date || !u.status) continue;
    const update: StatusUpdate = {
      docId: doc.id,
      actionId: u.actionId,
      date: u.date,
      status: u.status,
      sourcePath: file,
      line: u.line,
      malform,
    };
    if (u.remark) update.remark = u.remark;
    updates.push(update);
  }
  return { updates, problems };
}

function problem(
  file: string,
  line: number,
  field: string,
  rule:
    'oppdatering-dokument-ukjent' | 'oppdatering-dokument-mangler' | 'oppdatering-tiltak-ukjent',
  malform: Malform,
  vars: Record<string, string>,
  fix?: string,
): Problem {
  const p: Problem = {
    file,
    line,
    field,
    ruleId: rule,
    severity: 'error',
    message: t(malform, `update.${rule}`, vars),
    malform,
  };
  if (fix) p.fix = fix;
  return p;
}
