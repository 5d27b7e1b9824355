import type { DocType, PlanDocument } from '../model/types.ts';

/** Order in which document types are listed. */
export const TYPE_ORDER: readonly DocType[] = [
  'strategi',
  'plan',
  'handlingsplan',
  'saksframlegg',
  'orientering',
  'notat',
];

/** Whether a høring is open on `today` (ISO), closed, or the document is not on høring. */
export function consultationState(
  doc: Pick<PlanDocument, 'status' | 'consultationDeadline'>,
  today: string,
): 'open' | 'closed' | undefined {
  if (doc.status !== 'horing') return undefined;
  if (doc.consultationDeadline === undefined) return 'open';
  return doc.consultationDeadline >= today ? 'open' : 'closed';
}

/** Documents on høring whose deadline has not passed, the nearest deadline first. */
export function openConsultations<T extends { doc: PlanDocument }>(
  items: readonly T[],
  today: string,
): T[] {
  return items
    .filter((item) => consultationState(item.doc, today) === 'open')
    .sort((a, b) =>
      (a.doc.consultationDeadline ?? '9999').localeCompare(b.doc.consultationDeadline ?? '9999'),
    );
}

/** One group of the «all documents» page. */
export interface TypeGroup<T> {
  type: DocType;
  count: number;
  years: { year: string; items: T[] }[];
}

/** Groups documents by type (in {@link TYPE_ORDER}) and then by year, newest year first. */
export function groupByTypeAndYear<T extends { doc: PlanDocument }>(
  items: readonly T[],
): TypeGroup<T>[] {
  const groups: TypeGroup<T>[] = [];
  for (const type of TYPE_ORDER) {
    const ofType = items.filter((item) => item.doc.type === type);
    if (ofType.length === 0) continue;
    const years = new Map<string, T[]>();
    for (const item of ofType) {
      const year = item.doc.date.slice(0, 4);
      years.set(year, [...(years.get(year) ?? []), item]);
    }
    const sorted = [...years.entries()]
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([year, list]) => ({ year, items: list }));
    groups.push({ type, count: ofType.length, years: sorted });
  }
  return groups;
}

/** Documents that name `kommune` among their kommuner. */
export function documentsOfKommune<T extends { doc: PlanDocument }>(
  items: readonly T[],
  kommune: string,
): T[] {
  return items.filter((item) => item.doc.kommune.includes(kommune));
}
