/**
 * The linear pre-scan that refuses bodies nested too deep before the
 * Markdown parser (which recursed into a stack overflow at 1,000 levels)
 * sees them. It must catch every form of nesting that crashed or hung the
 * pipeline, and none of the real documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDeepNesting, MAX_NESTING } from '../../../src/lib/model/body-nesting.ts';
import { splitFrontmatter } from '../../../src/lib/model/frontmatter.ts';

const n = MAX_NESTING + 1;
const FORMS: Record<string, (levels: number) => string> = {
  'indented list': (k) =>
    Array.from({ length: k }, (_, i) => `${' '.repeat(2 * i)}- punkt`).join('\n'),
  'ordered list, 4 spaces': (k) =>
    Array.from({ length: k }, (_, i) => `${' '.repeat(4 * i)}1. punkt`).join('\n'),
  'list on one line': (k) => `${'- '.repeat(k)}punkt`,
  'block quote': (k) => `${'> '.repeat(k)}sitat`,
  'quote per line': (k) =>
    Array.from({ length: k }, (_, i) => `${'>'.repeat(i + 1)} sitat`).join('\n'),
  'list in a quote': (k) =>
    Array.from({ length: k }, (_, i) => `> ${' '.repeat(2 * i)}- punkt`).join('\n'),
  emphasis: (k) => `${'*'.repeat(k)}tekst${'*'.repeat(k)}`,
  'emphasis words': (k) => `${'*a '.repeat(k)}x${' a*'.repeat(k)}`,
  'link brackets': (k) => `${'['.repeat(k)}x${'](y)'.repeat(k)}`,
  'inline HTML': (k) => `${'<b>'.repeat(k)}x${'</b>'.repeat(k)}`,
  'HTML blocks': (k) => `${'<div>\n\n'.repeat(k)}x`,
};

describe('findDeepNesting', () => {
  it.each(Object.keys(FORMS))(
    'refuses %s beyond the limit, and accepts it at the limit',
    (form) => {
      const make = FORMS[form] ?? (() => '');
      expect(findDeepNesting(make(n))).toMatchObject({ depth: n });
      expect(findDeepNesting(make(1000))).toBeDefined();
      expect(findDeepNesting(make(20))).toBeUndefined();
    },
  );

  it('names the line and column where the limit is passed', () => {
    expect(findDeepNesting(`Tekst.\n\n${'> '.repeat(n)}x`)).toEqual({
      line: 3,
      column: 2 * MAX_NESTING + 1,
      depth: n,
    });
  });

  it('does not count what is not nesting: sums, snake_case, closed elements, code', () => {
    const body = [
      `${'5 * 3 = 15, a_b_c og <br> <p>avsnitt '.repeat(200)}`,
      '',
      `${'*a* **b** [c](d) <sup>1</sup> '.repeat(200)}`,
      '',
      '```',
      '> '.repeat(500),
      '```',
    ].join('\n');
    expect(findDeepNesting(body)).toBeUndefined();
  });

  it('finds nothing in the fixture documents (other than the deep-body ones)', () => {
    const fixtures = join(import.meta.dirname, '../../fixtures');
    const files = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md') && !f.includes('brodtekst-djup'))
      .map((f) => join(fixtures, f));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const split = splitFrontmatter(readFileSync(file, 'utf8'));
      const body = split.kind === 'ok' ? split.body : '';
      expect(findDeepNesting(body), file).toBeUndefined();
    }
  });
});
