/**
 * The linear pre-scan that refuses a paragraph of thousands of lines before
 * micromark (quadratic in a paragraph's line count: 30,000 lines took 20 s)
 * sees it. Each quadratic form must be caught, including the ones that look
 * like a block start to a sloppy scan; linear forms and real documents not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node, Parent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/lib/model/body.ts';
import { findLongParagraph, MAX_PARAGRAPH_LINES } from '../../../src/lib/model/body-paragraphs.ts';
import { splitFrontmatter } from '../../../src/lib/model/frontmatter.ts';

const lines = (k: number, line: (i: number) => string): string =>
  Array.from({ length: k }, (_, i) => line(i)).join('\n');

/** Forms that parse as ONE paragraph of about `k` lines (the quadratic case). */
const QUADRATIC: Record<string, (k: number) => string> = {
  paragraph: (k) => lines(k, (i) => `Ord ${i} i teksten`),
  'block quote': (k) => lines(k, (i) => `> Ord ${i}`),
  'quote, lazy lines': (k) => `> Start\n${lines(k, (i) => `ord ${i}`)}`,
  'list item, lazy lines': (k) => `- Start\n${lines(k, (i) => `ord ${i}`)}`,
  'list item, indented lines': (k) => `- Start\n${lines(k, (i) => `  ord ${i}`)}`,
  'setext heading': (k) => `${lines(k, (i) => `ord ${i}`)}\n===`,
  'CR line endings': (k) => lines(k, (i) => `ord ${i}`).replace(/\n/g, '\r'),
  // Lines a scan might take for a block start, but that continue the paragraph:
  'items numbered 2 after text': (k) => `Tekst\n${lines(k, (i) => `2. punkt ${i}`)}`,
  'numbered items inside an item': (k) => `1. a\n${lines(k, (i) => `   2. punkt ${i}`)}`,
  'bullets indented 4': (k) => `Tekst\n${lines(k, (i) => `    - punkt ${i}`)}`,
  'no-break spaces': (k) => lines(k, (i) => (i % 2 ? '\u00a0' : `ord ${i}`)),
  'lazy ===': (k) => lines(k, (i) => (i % 2 ? '===' : `> ord ${i}`)),
  'backticks in a fence info': (k) => `\`\`\`a\`\n${lines(k, (i) => `ord ${i}`)}`,
  'fence inside an HTML comment': (k) => `<!--\n\`\`\`\n-->\n${lines(k, (i) => `ord ${i}`)}`,
  'fence inside a div': (k) => `<div>\n\`\`\`\n</div>\n\n${lines(k, (i) => `ord ${i}`)}`,
  'fence in a quote, then lines': (k) => `> \`\`\`\n${lines(k, (i) => `ord ${i}`)}`,
  'fence in an item, then lines': (k) => `- a\n  \`\`\`\n${lines(k, (i) => `ord ${i}`)}`,
  // A fence the scan would misplace turns the next one inside out (found by fuzzing).
  'indented fence closed flush': (k) => `  \`\`\`\nkode\n\`\`\`\n${lines(k, (i) => `ord ${i}`)}`,
  'fence on a list marker line': (k) =>
    `- \`\`\`\n  kode\n  \`\`\`\n${lines(k, (i) => `ord ${i}`)}`,
  'fence after inline HTML': (k) =>
    `Tekst\n<span>x\n\`\`\`\nkode\n\n\`\`\`\n${lines(k, (i) => `ord ${i}`)}`,
  'quote markers in a fence': (k) =>
    `> \`\`\`\n> > \`\`\`\n> \`\`\`\n${lines(k, (i) => `> ord ${i}`)}`,
};

/** Forms that are linear to parse (no paragraph of more than a few lines). */
const LINEAR: Record<string, (k: number) => string> = {
  'one-line paragraphs': (k) => lines(k, (i) => `Ord ${i}\n`),
  'bullet list': (k) => lines(k, (i) => `- punkt ${i}`),
  'numbered list': (k) => lines(k, (i) => `${i + 1}. punkt`),
  'numbered list with sub-items': (k) =>
    lines(k, (i) => (i % 2 ? `   - under ${i}` : `${i + 1}. punkt`)),
  'headings and text': (k) => lines(k, (i) => (i % 2 ? `## Del ${i}` : `Tekst ${i}`)),
  'fenced code': (k) => `\`\`\`\n${lines(k, (i) => `kode ${i}`)}\n\`\`\``,
  'tilde fence in a quote': (k) => `> ~~~\n${lines(k, (i) => `> kode ${i}`)}\n> ~~~`,
};

/** The line count of the longest paragraph (or heading text) micromark makes of `body`. */
function longestParagraph(body: string): number {
  let longest = 0;
  const visit = (node: Node): void => {
    if ((node.type === 'paragraph' || node.type === 'heading') && node.position) {
      longest = Math.max(longest, node.position.end.line - node.position.start.line + 1);
    }
    for (const child of (node as Parent).children ?? []) visit(child);
  };
  visit(parseBody(body));
  return longest;
}

describe('findLongParagraph', () => {
  it.each(Object.keys(QUADRATIC))('refuses %s over the limit, not at it', (form) => {
    const make = QUADRATIC[form] ?? (() => '');
    // The parser itself agrees that this is one long paragraph (small, so it is fast).
    expect(longestParagraph(make(60))).toBeGreaterThan(50);
    expect(findLongParagraph(make(60), 50)).toBeDefined();
    expect(findLongParagraph(make(MAX_PARAGRAPH_LINES + 10))).toBeDefined();
    expect(findLongParagraph(make(MAX_PARAGRAPH_LINES - 10))).toBeUndefined();
  });

  it.each(Object.keys(LINEAR))('accepts %s of any length', (form) => {
    const make = LINEAR[form] ?? (() => '');
    expect(longestParagraph(make(60))).toBeLessThan(50);
    expect(findLongParagraph(make(60), 50)).toBeUndefined();
    expect(findLongParagraph(make(5 * MAX_PARAGRAPH_LINES))).toBeUndefined();
  });

  it('counts a fence it cannot place (in a list item, after HTML) as text: errs high', () => {
    const code = lines(MAX_PARAGRAPH_LINES + 10, (i) => `  kode ${i}`);
    expect(findLongParagraph(`- a\n\n  \`\`\`\n${code}\n  \`\`\``)).toBeDefined();
    expect(findLongParagraph(`<br>\n\n\`\`\`\n${code}\n\`\`\``)).toBeDefined();
    expect(findLongParagraph(`Tekst\n\n\`\`\`\n${code}\n\`\`\``)).toBeUndefined();
  });

  it('names the first line of the paragraph, and its column', () => {
    const body = `Innleiing.\n\n  ${lines(MAX_PARAGRAPH_LINES + 1, (i) => `ord ${i}`)}`;
    expect(findLongParagraph(body)).toEqual({
      line: 3,
      column: 3,
      lines: MAX_PARAGRAPH_LINES + 1,
    });
  });

  it('scans 30,000 lines in a blink (the parse took 20 s)', () => {
    const body = QUADRATIC['paragraph']?.(30_000) ?? '';
    const started = performance.now();
    expect(findLongParagraph(body)).toMatchObject({ line: 1 });
    // Generous: 10 ms on an idle core; the point is linear, not fast.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('finds nothing in the fixture documents', () => {
    const fixtures = join(import.meta.dirname, '../../fixtures');
    const files = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(fixtures, f));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const split = splitFrontmatter(readFileSync(file, 'utf8'));
      const body = split.kind === 'ok' ? split.body : '';
      // Far below the limit: no fixture paragraph has a hundred lines.
      expect(findLongParagraph(body, 100), file).toBeUndefined();
    }
  });
});
