import type { IsoDate, PlanDocument } from '../model/types.ts';
import { isoDate } from '../model/dates.ts';

/**
 * When a document counts as decided, for the archive hand-off: the date of
 * its latest dated vedtak (`vedtak[].dato`, the final body's decision); an
 * orientering or notat, which no body decides, counts from its `dato`. Drafts
 * and documents on høring are never decided. A document of another type
 * without a dated vedtak has no decision date and is left out (the command
 * lists it, so a clerk can add the vedtak).
 */
export function decidedOn(doc: PlanDocument): IsoDate | undefined {
  if (doc.status === 'utkast' || doc.status === 'horing') return undefined;
  const latest = doc.decisions
    .flatMap((d) => (d.date ? [d.date] : []))
    .sort()
    .at(-1);
  if (latest) return latest;
  return doc.type === 'orientering' || doc.type === 'notat' ? doc.date : undefined;
}

/** A strict `YYYY-MM-DD` calendar date, or undefined (`2021-02-30`, `1.3.2021` are not). */
export function strictIsoDate(text: string): IsoDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A closed period of calendar days, both ends included. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** What the hand-off takes and leaves out of a set of documents. */
export interface Selection {
  /** Decided in the period (and of the kommune, when one is given), in decision-date order. */
  documents: { doc: PlanDocument; decided: IsoDate }[];
  /** Of the kommune but with no decision date (not drafts or høring: those are never decided). */
  undated: PlanDocument[];
}

/** The documents decided within `period`, optionally only those of `kommune`. */
export function selectDecided(
  documents: readonly PlanDocument[],
  period: Period,
  kommune?: string,
): Selection {
  const selection: Selection = { documents: [], undated: [] };
  for (const doc of documents) {
    if (doc.status === 'utkast') continue;
    if (kommune !== undefined && !doc.kommune.includes(kommune)) continue;
    const decided = decidedOn(doc);
    if (decided === undefined) {
      if (doc.status !== 'horing') selection.undated.push(doc);
      continue;
    }
    // ISO dates compare as strings.
    if (decided >= period.from && decided <= period.to) selection.documents.push({ doc, decided });
  }
  selection.documents.sort(
    (a, b) => a.decided.localeCompare(b.decided) || a.doc.id.localeCompare(b.doc.id),
  );
  return selection;
}
