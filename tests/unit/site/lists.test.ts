import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../src/lib/model/types.ts';
import {
  consultationState,
  documentsOfKommune,
  groupByTypeAndYear,
  openConsultations,
} from '../../../src/lib/site/lists.ts';

const item = (fields: Partial<PlanDocument>) => ({
  doc: { kommune: ['Årdal'], ...fields } as PlanDocument,
});

describe('consultationState', () => {
  it('is open until and including the deadline', () => {
    const d = { status: 'horing', consultationDeadline: '2026-05-01' } as const;
    expect(consultationState(d, '2026-05-01')).toBe('open');
    expect(consultationState(d, '2026-05-02')).toBe('closed');
    expect(consultationState({ status: 'vedtatt' }, '2026-05-02')).toBeUndefined();
  });

  it('lists only open consultations, nearest deadline first', () => {
    const items = [
      item({ id: 'a', status: 'horing', consultationDeadline: '2026-06-01' }),
      item({ id: 'b', status: 'horing', consultationDeadline: '2026-01-01' }),
      item({ id: 'c', status: 'horing', consultationDeadline: '2026-05-01' }),
      item({ id: 'd', status: 'vedtatt' }),
    ];
    expect(openConsultations(items, '2026-02-01').map((i) => i.doc.id)).toEqual(['c', 'a']);
  });
});

describe('groupByTypeAndYear', () => {
  it('groups by type in a fixed order, newest year first, with counts', () => {
    const groups = groupByTypeAndYear([
      item({ id: '1', type: 'saksframlegg', date: '2020-03-26' }),
      item({ id: '2', type: 'strategi', date: '2020-01-01' }),
      item({ id: '3', type: 'saksframlegg', date: '2022-01-01' }),
    ]);
    expect(groups.map((g) => [g.type, g.count])).toEqual([
      ['strategi', 1],
      ['saksframlegg', 2],
    ]);
    expect(groups[1]?.years.map((y) => y.year)).toEqual(['2022', '2020']);
  });

  it('filters by kommune', () => {
    const items = [
      item({ id: '1', kommune: ['Årdal', 'Lærdal'] }),
      item({ id: '2', kommune: ['Tysnes'] }),
    ];
    expect(documentsOfKommune(items, 'Lærdal').map((i) => i.doc.id)).toEqual(['1']);
  });
});
