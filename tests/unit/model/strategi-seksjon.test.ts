/**
 * Issue 15 scope 4: `strategi` only when tiltak refer to another document's
 * satsingsområde; `seksjon` finds a heading by text or by anchor, with or
 * without æøå.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSection } from '../../../src/lib/model/sections.ts';
import type { Heading } from '../../../src/lib/model/types.ts';
import { check, formatted, rules } from './helpers.ts';

const root = path.resolve(import.meta.dirname, '../../fixtures/model/strategi/content');
const read = (file: string) => ({ path: file, text: readFileSync(path.join(root, file), 'utf8') });

describe('strategi', () => {
  it('is not needed by a handlingsplan with its own satsingsområde', () => {
    const result = check([read('tysnes/trafikksikkerhetsplan.md')]);
    expect(formatted(result.problems)).toBe('');
    const [plan] = result.documents;
    expect(plan?.strategy).toBeUndefined();
    expect(plan?.actionPlan.map((a) => a.focusAreaDoc)).toEqual([
      'tysnes/trafikksikkerhetsplan',
      'tysnes/trafikksikkerhetsplan',
    ]);
  });

  it('is asked for once, at the first tiltak, when tiltak name areas the plan does not have', () => {
    const result = check([read('tysnes/handlingsplan-utan-strategi.md')]);
    expect(rules(result.problems)).toEqual(['obligatorisk-felt']);
    expect(formatted(result.problems)).toMatchInlineSnapshot(`
      "content/tysnes/handlingsplan-utan-strategi.md
        content/tysnes/handlingsplan-utan-strategi.md:12:21  error  strategi: Feltet \`strategi\` manglar (det trengst når tiltak viser til satsingsområde i eit anna dokument). Skriv til dømes \`strategi: strategiar/digital-strategi\`.  [obligatorisk-felt]

      ✖ 1 feil i 1 fil"
    `);
  });

  it('still reports a tiltak naming an unknown area when the plan has areas of its own', () => {
    const plan = read('tysnes/trafikksikkerhetsplan.md');
    plan.text = plan.text.replace('satsingsområde: gange', 'satsingsområde: gåande');
    expect(rules(check([plan]).problems)).toEqual(['satsingsomrade-ukjent']);
  });
});

describe('seksjon', () => {
  it('finds the heading by anchor with or without æøå, or by text', () => {
    const [plan] = check([read('tysnes/trafikksikkerhetsplan.md')]).documents;
    expect(plan?.focusAreas.map((a) => [a.id, a.sectionTitle, a.sectionAnchor])).toEqual([
      ['skoleveg', '2. Trygg skoleveg', '2-trygg-skoleveg'],
      ['bruksomrader', '3. Bruksområder', '3-bruksomrader'],
      ['gange', '4. Gående og syklende', '4-gaende-og-syklende'],
      ['fart', '5. Fartsgrenser og kontroll', '5-fartsgrenser-og-kontroll'],
    ]);
  });

  const headings: Heading[] = [
    { depth: 2, text: '1. Innleiing', anchor: '1-innleiing' },
    { depth: 2, text: '2. Bruksområder', anchor: '2-bruksomrader' },
    { depth: 2, text: 'Bruksområder', anchor: 'bruksomrader' },
  ];

  it.each([
    ['2-bruksområder', '2. Bruksområder'],
    ['2-bruksomrader', '2. Bruksområder'],
    ['2-bruksomraader', '2. Bruksområder'],
    ['#2-Bruksområder', '2. Bruksområder'],
    ['2. bruksområder', '2. Bruksområder'],
    ['2 Bruksomrader', '2. Bruksområder'],
    ['bruksområder', 'Bruksområder'],
  ])('%s finds «%s»', (value, text) => {
    expect(findSection(headings, value)?.text).toBe(text);
  });

  it.each(['3-bruksomrader', 'bruks', '', '#', '---'])('%j finds nothing', (value) => {
    expect(findSection(headings, value)).toBeUndefined();
  });
});
