/**
 * The example content under content/ passes the checker and covers what the
 * examples are meant to show: every type, every status, a consultation still
 * open, a replaced document, a multi-step route and a many-point decision.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../planverk.config.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { PlanDocument } from '../../src/lib/model/types.ts';
import { DOC_STATUSES, DOC_TYPES } from '../../src/lib/model/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
let documents: PlanDocument[];
let problems: unknown[];

beforeAll(async () => {
  ({ documents, problems } = await loadContent({ root, includeDrafts: true, config }));
});

describe('example content', () => {
  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('has every type and every status', () => {
    expect(new Set(documents.map((d) => d.type))).toEqual(new Set(DOC_TYPES.map((t) => t.name)));
    expect(new Set(documents.map((d) => d.status))).toEqual(
      new Set(DOC_STATUSES.map((s) => s.name)),
    );
    expect(new Set(documents.map((d) => d.malform))).toEqual(new Set(['nb', 'nn']));
  });

  it('has a consultation open after 2026-11-22 and a replaced document that points at its successor', () => {
    expect(
      documents.some((d) => d.status === 'horing' && (d.consultationDeadline ?? '') > '2026-11-22'),
    ).toBe(true);
    const old = documents.find((d) => d.status === 'opphevet');
    expect(old?.replacedBy).toBeDefined();
    expect(documents.find((d) => d.id === old?.replacedBy)?.replaces).toBe(old?.id);
  });

  it('has a route of several steps and a decision of several points', () => {
    expect(documents.some((d) => d.route.length >= 2)).toBe(true);
    expect(documents.some((d) => d.decisions.some((v) => v.points.length >= 3))).toBe(true);
  });

  it('has file names with æøå and spaces that still give transliterated URLs', () => {
    const odd = documents.filter((d) => /[æøå ]/.test(d.id));
    expect(odd.length).toBeGreaterThanOrEqual(2);
    for (const d of odd) expect(d.slug).toMatch(/^[a-z0-9/-]+$/);
  });

  it('marks every fictional document as fictional in its body and summary', () => {
    const fictional = documents.filter((d) => /Fiktivt eksempel/.test(d.body));
    expect(fictional.length).toBe(6);
    for (const d of fictional) expect(d.summary).toMatch(/^Fiktivt eksempel/);
  });
});
