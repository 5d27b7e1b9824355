/**
 * The vedtak register: every decision and every recommended decision
 * (innstilling) on the site, newest first, with organ, date and case number.
 */
import type { IsoDate, PlanDocument } from '../model/types.ts';

/** One register row. */
export interface VedtakRow {
  kind: 'vedtak' | 'innstilling';
  /** Who decided (vedtak) or recommended (innstilling, its `fra`, else the first utval). */
  organ: string;
  /** Decision date; an innstilling is dated by its document. */
  date: IsoDate;
  /** `saksnr` of the decision, or the political case number of the innstilling. */
  caseNumber?: string;
  points: string[];
  doc: PlanDocument;
  /** 1-based position among the document's vedtak (innstilling: 0). */
  index: number;
}

/** Builds the register rows, newest first; the same day lists vedtak before innstilling. */
export function vedtakRows(documents: readonly PlanDocument[]): VedtakRow[] {
  const rows: VedtakRow[] = [];
  for (const doc of documents) {
    const rec = doc.recommendation;
    if (rec && rec.points.length > 0) {
      const first = doc.route[0];
      const row: VedtakRow = {
        kind: 'innstilling',
        organ: rec.from ?? first?.body ?? '',
        date: doc.date,
        points: rec.points,
        doc,
        index: 0,
      };
      const caseNumber = first?.caseNumber ?? doc.caseNumber;
      if (caseNumber) row.caseNumber = caseNumber;
      rows.push(row);
    }
    doc.decisions.forEach((d, i) => {
      const row: VedtakRow = {
        kind: 'vedtak',
        organ: d.organ,
        date: d.date ?? doc.date,
        points: d.points,
        doc,
        index: i + 1,
      };
      if (d.caseNumber) row.caseNumber = d.caseNumber;
      rows.push(row);
    });
  }
  const kindOrder = (r: VedtakRow) => (r.kind === 'vedtak' ? 0 : 1);
  return rows.sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      kindOrder(a) - kindOrder(b) ||
      a.doc.id.localeCompare(b.doc.id) ||
      b.index - a.index,
  );
}

/** The year of a register row. */
export function vedtakYear(row: VedtakRow): string {
  return row.date.slice(0, 4);
}
