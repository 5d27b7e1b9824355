/**
 * Folds status updates over the documents' own tiltak status: the newest
 * dated update wins, and every step is kept as history.
 */
import { DEFAULT_ACTION_STATUS } from '../core/action-status.ts';
import type { PlanDocument } from '../model/types.ts';
import type { ActionState, StatusEvent, StatusUpdate } from './types.ts';

/** Key of a tiltak across documents: `dokument-id#tiltak-id`. */
export function actionKey(docId: string, actionId: string): string {
  return `${docId}#${actionId}`;
}

/**
 * The current state of every tiltak, keyed by {@link actionKey}. The document's
 * status counts as of the document's date; an update dated the same day as
 * another wins by file order, so the last line written is the current one.
 */
export function actionStates(
  documents: readonly PlanDocument[],
  updates: readonly StatusUpdate[],
): Map<string, ActionState> {
  const byKey = new Map<string, StatusUpdate[]>();
  for (const u of updates) {
    const key = actionKey(u.docId, u.actionId);
    byKey.set(key, [...(byKey.get(key) ?? []), u]);
  }
  const states = new Map<string, ActionState>();
  for (const doc of documents) {
    for (const item of doc.actionPlan) {
      const key = actionKey(doc.id, item.id);
      const first: StatusEvent = {
        date: doc.date,
        status: item.status ?? DEFAULT_ACTION_STATUS,
        source: 'document',
      };
      if (item.remark) first.remark = item.remark;
      const later = [...(byKey.get(key) ?? [])]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((u): StatusEvent => ({
          date: u.date,
          status: u.status,
          source: 'update',
          sourcePath: u.sourcePath,
          ...(u.remark ? { remark: u.remark } : {}),
        }));
      const history = [first, ...later];
      const last = history[history.length - 1] ?? first;
      states.set(key, { status: last.status, since: last.date, history });
    }
  }
  return states;
}
