/**
 * Regression (issue 15): `##` followed by `####` left the deeper heading out
 * of the table of contents, which shows two levels (the page's and the PDF's).
 */
import { describe, expect, it } from 'vitest';
import { tocEntries } from '../../../src/lib/model/headings.ts';

const h = (depth: number, text: string) => ({ depth, text, anchor: text.toLowerCase() });

describe('tocEntries', () => {
  it('lists a heading under a skipped level as the second level', () => {
    const entries = tocEntries([
      h(2, 'Bakgrunn'),
      h(4, 'Økonomi'),
      h(2, 'Vurdering'),
      h(3, 'Risiko'),
      h(4, 'Detalj'),
    ]);
    expect(entries.map((e) => [e.heading.text, e.level])).toEqual([
      ['Bakgrunn', 0],
      ['Økonomi', 1],
      ['Vurdering', 0],
      ['Risiko', 1],
    ]);
  });
});
