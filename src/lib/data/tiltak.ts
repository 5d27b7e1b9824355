/**
 * Every tiltak across the site's documents as one flat list of rows, each
 * with its source document, its focus area and strategy resolved, and its
 * current status after the status updates.
 */
import { DEFAULT_ACTION_STATUS } from '../core/action-status.ts';
import type { ActionItem, FocusArea, PlanDocument } from '../model/types.ts';
import { actionKey } from '../status/current.ts';
import type { ActionState } from '../status/types.ts';

/** One tiltak with everything the overview, the CSV and the JSON show. */
export interface TiltakRow {
  /** `dokument-id#tiltak-id`. */
  key: string;
  item: ActionItem;
  /** The document whose handlingsplan holds the tiltak. */
  doc: PlanDocument;
  /** The document whose satsingsområde the tiltak serves (a strategy, or `doc` itself). */
  strategy: PlanDocument;
  area?: FocusArea;
  state: ActionState;
}

/**
 * Builds the rows in a stable order: by strategy title, focus-area priority,
 * then deadline (undated last) and tiltak id. `states` comes from `actionStates`.
 */
export function tiltakRows(
  documents: readonly PlanDocument[],
  states: ReadonlyMap<string, ActionState>,
): TiltakRow[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const rows: TiltakRow[] = [];
  for (const doc of documents) {
    for (const item of doc.actionPlan) {
      const key = actionKey(doc.id, item.id);
      const strategy = byId.get(item.focusAreaDoc ?? doc.strategy ?? doc.id) ?? doc;
      const area = item.focusArea
        ? strategy.focusAreas.find((a) => a.id === item.focusArea)
        : undefined;
      const state = states.get(key) ?? {
        status: item.status ?? DEFAULT_ACTION_STATUS,
        since: doc.date,
        history: [
          {
            date: doc.date,
            status: item.status ?? DEFAULT_ACTION_STATUS,
            source: 'document' as const,
          },
        ],
      };
      const row: TiltakRow = { key, item, doc, strategy, state };
      if (area) row.area = area;
      rows.push(row);
    }
  }
  const priority = (r: TiltakRow) => r.area?.priority ?? Number.MAX_SAFE_INTEGER;
  return rows.sort(
    (a, b) =>
      a.strategy.title.localeCompare(b.strategy.title, 'nb') ||
      priority(a) - priority(b) ||
      (a.area?.id ?? '').localeCompare(b.area?.id ?? '') ||
      (a.item.deadline?.endDate ?? '9999').localeCompare(b.item.deadline?.endDate ?? '9999') ||
      a.key.localeCompare(b.key),
  );
}

/** The documents that have tiltak pointing at them: one status report each. */
export function strategiesWithTiltak(rows: readonly TiltakRow[]): PlanDocument[] {
  const seen = new Map<string, PlanDocument>();
  for (const row of rows) seen.set(row.strategy.id, row.strategy);
  return [...seen.values()].sort((a, b) => a.title.localeCompare(b.title, 'nb'));
}
