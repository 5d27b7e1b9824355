/**
 * Defence in depth: the feed, sitemap, JSON, CSV and PDF metadata writers
 * stay well-formed when a title holds characters the checker should have
 * refused (control characters, non-characters, lone surrogates). XML is read
 * with saxes, which enforces the XML 1.0 character ranges (fast-xml-parser
 * and sax accept a raw U+0001, so they cannot catch this).
 */
import { PDFDocument } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { atomXml, feedEntries } from '../../../src/lib/data/atom.ts';
import { csvCell, toCsv } from '../../../src/lib/data/csv.ts';
import { sitemapXml } from '../../../src/lib/data/sitemap.ts';
import { applyPdfInfo } from '../../../src/lib/pdf/metadata.ts';
import { publishableJson } from '../../../src/lib/core/json.ts';
import { publishable } from '../../../src/lib/core/unsafe-chars.ts';
import { documents } from '../../fixtures/data/documents.ts';

const HOSTILE = [
  'Plan\x01 for\x0b Årdal\x1b[31m',
  'Nul\x00 og DEL\x7f og C1\x85\x96',
  'Ikkje-teikn \ufffe\uffff\ufdd0 \u{1fffe}',
  'Halv \ud800 og \udfff kode',
  'Alt på ein gong: <b>&amp;</b> "\'\x0c',
];

/** Parses XML strictly; returns the first error, or undefined when well-formed. */
function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

/** Text and attribute values of every element, in order (to check nothing else was lost). */
function texts(xml: string): string[] {
  const parser = new SaxesParser();
  const out: string[] = [];
  parser.on('text', (t) => {
    if (t.trim()) out.push(t);
  });
  parser.on('opentag', (tag) => {
    for (const value of Object.values(tag.attributes)) out.push(String(value));
  });
  parser.write(xml).close();
  return out;
}

// eslint-disable-next-line no-control-regex -- the point of the test
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;
const abs = (p: string) => `https://planverk.example.no${p}`;

describe('writers given hostile text', () => {
  it.each(HOSTILE)('the Atom feed stays well-formed XML: %j', (title) => {
    const docs = documents.map((d) => ({ ...d, title, summary: title, kommune: [title] }));
    const xml = atomXml({
      id: abs('/feed.xml'),
      title,
      subtitle: title,
      selfUrl: abs('/feed.xml'),
      siteUrl: abs('/'),
      author: title,
      lang: 'nn',
      entries: feedEntries(docs, [], abs, (d) => `/dokument/${d.id}/`),
    });
    expect(xmlError(xml)).toBeUndefined();
    // Only the unsafe characters are gone; the rest reads back as written.
    expect(texts(xml)).toContain(publishable(title));
  });

  it('the feed keeps markup characters as text, not as markup', () => {
    const xml = atomXml({
      id: 'x',
      title: '<script>alert(1)</script> & "q" \'a\'',
      selfUrl: abs('/feed.xml'),
      siteUrl: abs('/'),
      author: 'A',
      lang: 'nn',
      entries: [],
    });
    expect(xmlError(xml)).toBeUndefined();
    expect(texts(xml)).toContain('<script>alert(1)</script> & "q" \'a\'');
  });

  it.each(HOSTILE)('the sitemap stays well-formed XML: %j', (text) => {
    const xml = sitemapXml([{ loc: abs(`/dokument/${text}/`), lastmod: text }]);
    expect(xmlError(xml)).toBeUndefined();
  });

  it.each(HOSTILE)('JSON parses, with no lone surrogate or control character left: %j', (text) => {
    const json = publishableJson({ tittel: text, liste: [text], nested: { a: text } }, 2);
    const parsed = JSON.parse(json) as { tittel: string; liste: string[]; nested: { a: string } };
    for (const value of [parsed.tittel, parsed.liste[0], parsed.nested.a]) {
      expect(value?.isWellFormed()).toBe(true);
      expect(value).not.toMatch(UNSAFE);
    }
    expect(json).not.toMatch(/\\u[dD][89a-fA-F]/);
  });

  it.each(HOSTILE)('CSV keeps one record per row and drops unsafe characters: %j', (text) => {
    const csv = toCsv(
      [{ a: text, b: `${text}\nline 2` }],
      [
        { header: 'a', value: (r) => r.a },
        { header: 'b', value: (r) => r.b },
      ],
    );
    expect(csv.isWellFormed()).toBe(true);
    expect(csv).not.toMatch(UNSAFE);
    // Header and one record: the embedded line break is inside quotes.
    expect(
      csv
        .replace(/"[^"]*"/g, '')
        .split('\r\n')
        .filter(Boolean),
    ).toHaveLength(2);
  });

  it('CSV cells that start like a formula (= + - @ tab) are defused', () => {
    for (const cell of ['=1+1', '+1', "-2+3+cmd|' /C calc'!A0", '@SUM(A1)', '\t=1'])
      expect(csvCell(cell).replace(/^"/, '')).toMatch(/^ /);
    expect(csvCell(-5)).toBe('-5');
  });

  it('CSV numbers are never in float notation', () => {
    expect(csvCell(1e23)).toBe('99999999999999991611392');
    expect(csvCell(57060.5)).toBe('57060,5');
    expect(csvCell(1e-7)).toBe('0,0000001');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it.each(HOSTILE)('PDF metadata is valid text after a save and reload: %j', async (text) => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    applyPdfInfo(pdf, { title: text, author: text, subject: text, keywords: [text] });
    const reloaded = await PDFDocument.load(await pdf.save(), { updateMetadata: false });
    for (const value of [reloaded.getTitle(), reloaded.getAuthor(), reloaded.getSubject()]) {
      expect(value?.isWellFormed()).toBe(true);
      expect(value).not.toMatch(UNSAFE);
    }
  });
});
