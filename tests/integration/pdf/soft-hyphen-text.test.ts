import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  PDFDocument,
  PDFName,
  PDFRawStream,
  StandardFonts,
  decodePDFRawStream,
  type PDFRef,
} from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropSoftHyphenText } from '../../../src/lib/pdf/soft-hyphen-text.ts';
import { actualTexts, pdfText } from '../../helpers/pdf-read.ts';
import { crossCheck, lacks, POPPLER } from '../../helpers/system-tools.ts';

const exec = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'planverk-shy-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A PDF Debian Chromium printed from text with soft hyphens (see make-fixture.ts beside it). */
const FIXTURE = path.join(import.meta.dirname, '../../fixtures/pdf/soft-hyphens/chromium.pdf');

/**
 * Skia's form of «Le­van­ger» and «1 234» in a font whose glyphs cannot be
 * checked (a standard font, not Identity-H): each soft hyphen a glyph in an
 * ActualText span of U+00AD, the narrow no-break space also ActualText.
 */
const SKIA_LIKE = [
  'BT /F1 12 Tf 50 700 Td (Le) Tj ET',
  'BT /Span<</ActualText <feff00ad> >> BDC /F1 12 Tf 62.7 700 Td ( ) Tj EMC ET',
  'BT /F1 12 Tf 62.7 700 Td (van) Tj ET',
  'BT /Span<</ActualText <FEFF00AD> >> BDC /F1 12 Tf 82.7 700 Td ( ) Tj EMC ET',
  'BT /F1 12 Tf 82.7 700 Td (ger) Tj ET',
  'BT /F1 12 Tf 50 680 Td (1) Tj ET',
  'BT /Span<</ActualText <feff202f> >> BDC /F1 12 Tf 56.7 680 Td ( ) Tj EMC ET',
  'BT /F1 12 Tf 60 680 Td (234) Tj ET',
].join('\n');

/** A one-page PDF whose page content is `streams` (one stream or several), in Helvetica. */
async function pdfWith(streams: string[]): Promise<{ doc: PDFDocument; refs: PDFRef[] }> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 800]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  // pdf-lib picks the resource name (`/F1-<random>`); the content must use it.
  const name = page.node.newFontDictionary('F1', font.ref).asString();
  const refs = streams.map((text) =>
    doc.context.register(
      doc.context.flateStream(Buffer.from(text.replaceAll('/F1 ', `${name} `), 'latin1')),
    ),
  );
  page.node.set(PDFName.of('Contents'), refs.length === 1 ? refs[0]! : doc.context.obj(refs));
  return { doc, refs };
}

async function save(doc: PDFDocument): Promise<string> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, await doc.save());
  return file;
}

/** The text as poppler reads it: ActualText instead of the glyphs, as Acrobat and screen readers do. */
async function extractText(doc: PDFDocument): Promise<string> {
  const { stdout } = await exec('pdftotext', ['-enc', 'UTF-8', await save(doc), '-']);
  return stdout;
}

/** The first page rendered to PNG by poppler, to compare pixels. */
async function render(doc: PDFDocument): Promise<Buffer> {
  const prefix = path.join(dir, Math.random().toString(36).slice(2));
  await exec('pdftoppm', ['-r', '150', '-png', '-singlefile', await save(doc), prefix]);
  return readFile(`${prefix}.png`);
}

function streamText(doc: PDFDocument, ref: PDFRef): string {
  const stream = doc.context.lookup(ref);
  if (!(stream instanceof PDFRawStream)) throw new Error(`${ref.toString()} is not a raw stream`);
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
}

describe('dropSoftHyphenText', () => {
  it('removes the soft hyphens Chromium wrote as ActualText, keeping the words', async () => {
    const bytes = await readFile(FIXTURE);
    const original = await PDFDocument.load(bytes);
    expect((await actualTexts(await save(original))).join('')).toContain('\u00ad');

    const doc = await PDFDocument.load(bytes);
    const result = dropSoftHyphenText(doc);
    expect(result.removed).toBeGreaterThan(10);
    expect(result.emptied).toBe(0);
    const file = await save(doc);
    expect((await actualTexts(file)).join('')).not.toContain('\u00ad');
    // Words broken at a soft hyphen end the line with a real «-»; a reader's search joins it.
    const text = (await pdfText(file)).replace(/-\n/g, '');
    expect(text.match(/Levanger/g)).toHaveLength(2);
    for (const word of ['kommune', 'mindreforbruk', 'Orienteringsnotat', 'kontrollutvalget'])
      expect(text).toContain(word);
  });

  it.skipIf(lacks(POPPLER))(
    crossCheck('makes pdftotext read those words whole, with the same pixels', POPPLER),
    async () => {
      const bytes = await readFile(FIXTURE);
      const original = await PDFDocument.load(bytes);
      expect(await extractText(original)).toContain('Le\u00advan\u00adger');
      const doc = await PDFDocument.load(bytes);
      dropSoftHyphenText(doc);
      const text = await extractText(doc);
      expect(text).not.toContain('\u00ad');
      expect(text.match(/Levanger/g)).toHaveLength(2);
      for (const word of ['kommune', 'mindreforbruk', 'Orienteringsnotat', 'kontrollutvalget'])
        expect(text).toContain(word);
      expect(await render(doc)).toEqual(await render(original));
    },
  );

  it('empties the ActualText where the glyph cannot be checked, keeping other ActualText', async () => {
    const { doc, refs } = await pdfWith([SKIA_LIKE]);
    expect(dropSoftHyphenText(doc)).toEqual({ removed: 0, emptied: 2 });
    const content = streamText(doc, refs[0]!);
    expect(content.match(/\/ActualText <feff>/g)).toHaveLength(2);
    expect(content).toContain('/ActualText <feff202f>');
    expect(content.match(/\) Tj/g)).toHaveLength(SKIA_LIKE.match(/\) Tj/g)?.length ?? -1);
    expect(await actualTexts(await save(doc))).toEqual(['', '', '\u202f']);
  });

  it.skipIf(lacks(POPPLER))(
    crossCheck('makes pdftotext read a word whose glyphs cannot be checked whole', POPPLER),
    async () => {
      const { doc } = await pdfWith([SKIA_LIKE]);
      dropSoftHyphenText(doc);
      const text = await extractText(doc);
      expect(text).toContain('Levanger');
      expect(text).toMatch(/1\s+234/u);
    },
  );

  it('rewrites every stream of a page whose content is an array', async () => {
    const { doc, refs } = await pdfWith([SKIA_LIKE, SKIA_LIKE.replace(/700/g, '600')]);
    expect(dropSoftHyphenText(doc).emptied).toBe(4);
    for (const ref of refs) expect(streamText(doc, ref)).not.toMatch(/00ad/i);
  });

  it('leaves a PDF without soft hyphens untouched', async () => {
    const plain = 'BT /F1 12 Tf 50 700 Td (Levanger) Tj ET';
    const { doc, refs } = await pdfWith([plain]);
    const stream = doc.context.lookup(refs[0]!);
    expect(dropSoftHyphenText(doc)).toEqual({ removed: 0, emptied: 0 });
    expect(doc.context.lookup(refs[0]!)).toBe(stream);
  });
});
