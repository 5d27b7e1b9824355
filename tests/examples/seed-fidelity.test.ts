/**
 * Nothing of the seed documents was lost in the conversion to content/:
 * every word of each seed (as a multiset: a word the seed has three times
 * must occur at least three times) appears in the converted document's body,
 * table cells, footnotes or frontmatter. The seeds are copied beside this
 * test so it runs on a fresh clone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/model/frontmatter.ts';

const here = import.meta.dirname;
const content = resolve(here, '../../content');

interface SeedCase {
  seed: string;
  doc: string;
  /** Seed lines left out on purpose, verbatim, with the reason. */
  dropped: { line: string; why: string }[];
  /**
   * Words corrected on purpose (a slip of the other målform in the source),
   * each seed word counted as kept where its correction stands; what the
   * language check (malform-ord) would otherwise warn about.
   */
  corrected?: { from: string; to: string }[];
}

const wordTemplate = 'Word-template instruction, not content';
const wordToc = 'Word table of contents; the site builds its own';
const CASES: SeedCase[] = [
  {
    seed: '000_d5e3f9d7ea9b5e9f.txt',
    doc: 'levanger/orienteringsnotat-til-kontrollutvalget-2022.md',
    dropped: [],
  },
  {
    seed: '002_1f9187797a0146fd.txt',
    doc: 'ardal-laerdal/felles-digitaliseringstrategi-2020-2025.md',
    dropped: [
      { line: 'Innhold:', why: wordToc },
      { line: '1.\tKvifor <u>felles</u> digitaliseringstrategi?\t2', why: wordToc },
      { line: '2.\tOverordna rammer\t5', why: wordToc },
      { line: '3.\tStrategisk analyse\t8', why: wordToc },
      { line: '4.\tFelles digitaliseringstrategi for Årdal og Lærdal kommune\t14', why: wordToc },
    ],
    // A nynorsk text; the source has two bokmål forms and one typo of them.
    corrected: [
      { from: 'naturlig', to: 'naturleg' },
      { from: 'særslig', to: 'særleg' },
    ],
  },
  {
    seed: '004_9877ecd5b7e01bec.txt',
    doc: 'tysnes/2017-digitalisering-i-kommunal-sektor.md',
    dropped: [
      {
        line: '**... &&& Set inn vedlegga og saksutgreiinga under &&& (Ikkje slett denne lina)**',
        why: wordTemplate,
      },
      {
        line: '**... &&& Set inn saksutgreiinga over &&& (Ikkje slett denne lina)**',
        why: wordTemplate,
      },
      {
        line: '**::: &&& Set inn innstillinga under &&& (Ikkje slett denne lina)**',
        why: wordTemplate,
      },
      {
        line: '**::: &&& Set inn innstillinga over &&& (Ikkje slett denne lina)**',
        why: wordTemplate,
      },
      // The header label; the name itself is in `saksbehandlar`, the model's key.
      {
        line: 'Sakshandsamar: Anders Teigen',
        why: 'label replaced by the saksbehandlar key (value checked below)',
      },
      {
        line: '**Vedlegg:** DIGITALISERING I KOMMUNAL SEKTOR(1).PDF  ',
        why: 'file names; now `vedlegg` entries (checked below)',
      },
      {
        line: 'DIGITALISERINGSRUNDSKRIVET 2017.PDF',
        why: 'file name; now a `vedlegg` entry (checked below)',
      },
    ],
  },
];

/** Lower-cased words and numbers; tags and superscript digits separate words. */
function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .replace(/<[^>]*>/g, ' ')
      .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, ' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function count(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Every key and string value of the frontmatter, flattened. */
function frontmatterText(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(frontmatterText);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [k, ...frontmatterText(v)]);
  }
  return value === null || value === undefined ? [] : [String(value)];
}

/**
 * Text of each block (paragraph, heading, table cell, code) on its own, so
 * cells never run together; a hard line break separates words (toString
 * would glue them), and an ordered list contributes its item numbers, which
 * the seeds write as text («1. Redusert …»).
 */
function bodyText(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  visit(tree, 'break', (_node, index, parent) => {
    if (parent && index !== undefined)
      parent.children.splice(index, 1, { type: 'text', value: ' ' });
  });
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'list' && node.ordered) {
      node.children.forEach((_, i) => blocks.push(String((node.start ?? 1) + i)));
    }
    if (
      node.type === 'paragraph' ||
      node.type === 'heading' ||
      node.type === 'tableCell' ||
      node.type === 'code'
    ) {
      blocks.push(toString(node));
      return 'skip';
    }
    return undefined;
  });
  return blocks;
}

function convertedWords(file: string): string[] {
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  if (split.kind !== 'ok') throw new Error(`${file} has no frontmatter`);
  return [...frontmatterText(parse(split.yaml)), ...bodyText(split.body)].flatMap(words);
}

describe.each(CASES)('seed $seed → content/$doc', ({ seed, doc, dropped, corrected = [] }) => {
  const seedLines = readFileSync(resolve(here, 'seeds', seed), 'utf8').split('\n');
  const droppedSet = new Set(dropped.map((d) => d.line));

  it('drops only the lines listed, and each of them exists in the seed', () => {
    for (const d of dropped) expect(seedLines, d.line).toContain(d.line);
  });

  it('keeps every other word of the seed', () => {
    const fixes = new Map(corrected.map((c) => [c.from, c.to]));
    const want = count(
      seedLines
        .filter((l) => !droppedSet.has(l))
        .flatMap(words)
        .map((w) => fixes.get(w) ?? w),
    );
    const have = count(convertedWords(resolve(content, doc)));
    const missing = [...want]
      .filter(([w, n]) => (have.get(w) ?? 0) < n)
      .map(([w, n]) => `${w} (seed ${n}, converted ${have.get(w) ?? 0})`);
    expect(missing).toEqual([]);
  });

  it('drops the template marker lines and the Word table of contents', () => {
    const text = readFileSync(resolve(content, doc), 'utf8');
    expect(text).not.toContain('&&&');
    expect(text).not.toMatch(/^Innhold:/m);
  });
});

describe('seed 004 header fields', () => {
  it('keeps the case officer, case number and archive code as frontmatter', () => {
    const split = splitFrontmatter(readFileSync(resolve(content, CASES[2]!.doc), 'utf8'));
    expect(split.kind).toBe('ok');
    if (split.kind !== 'ok') return;
    const data = parse(split.yaml) as Record<string, unknown>;
    expect(data).toMatchObject({
      saksbehandlar: 'Anders Teigen',
      arkivsak: '17/596',
      arkivkode: '010',
    });
    expect(data['vedlegg']).toEqual([
      {
        tittel: 'Digitalisering i kommunal sektor',
        fil: 'vedlegg/digitalisering-i-kommunal-sektor.pdf',
      },
      {
        tittel: 'Digitaliseringsrundskrivet 2017',
        fil: 'vedlegg/digitaliseringsrundskrivet-2017.pdf',
      },
    ]);
  });
});
