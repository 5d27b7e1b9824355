/**
 * The language and structure checks (issue 15): one fixture folder per rule
 * under tests/fixtures/language/<case>/ — `input.md`, `options.json` (the
 * målform) and `expected.json`, every warning the body raises as
 * `[rule, line, column]`, so a warning at the wrong line, or one too many,
 * fails. The wording is snapshotted in the fixture's målform.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown/pipeline.ts';
import type { Malform } from '../../../src/lib/model/types.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/language/', import.meta.url));
const cases = readdirSync(FIXTURES).sort();

function read(name: string) {
  const dir = path.join(FIXTURES, name);
  const json = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  return {
    input: readFileSync(path.join(dir, 'input.md'), 'utf8'),
    malform: (json('options.json') as { malform: Malform }).malform,
    expected: json('expected.json') as [string, number, number][],
  };
}

describe('language and structure checks', () => {
  it('has a fixture for every rule', () => {
    const rules = new Set(cases.flatMap((name) => read(name).expected.map(([rule]) => rule)));
    expect([...rules].sort()).toEqual(
      [
        'avsnitt-langt',
        'forkorting',
        'lenketekst',
        'malform-ord',
        'overskrift-hopp',
        'overskrift-tom',
        'setning-lang',
        'tabell-celler',
      ].sort(),
    );
  });

  it.each(cases)('%s: warns at the right places, and nowhere else', async (name) => {
    const { input, malform, expected } = read(name);
    const { messages } = await renderMarkdown(input, { malform });
    const found = messages.map((m) => [
      String(m.ruleId).replace('planverk:', ''),
      m.line,
      m.column,
    ]);
    expect(found).toEqual(expected);
    expect(messages.every((m) => !m.fatal)).toBe(true);
    expect(messages.map((m) => m.reason)).toMatchSnapshot();
  });

  it('marks a quote in the other målform with its language, and only that quote', async () => {
    const { html } = await renderMarkdown(
      [
        'Kommunen har fått eit brev.',
        '',
        '> Vi ønsker at flere kommuner blir med, og at de ikke venter.',
        '',
        '> Me vil gjerne vere med.',
      ].join('\n'),
      { malform: 'nn' },
    );
    expect(html).toContain('<blockquote lang="nb">\n<p>Vi ønsker');
    expect(html).toContain('<blockquote>\n<p>Me vil');
  });

  it('leaves a quote with a single other-målform word unmarked', async () => {
    const { html } = await renderMarkdown('> Kommunen vil ikke vente.', { malform: 'nn' });
    expect(html).toContain('<blockquote>');
  });
});
