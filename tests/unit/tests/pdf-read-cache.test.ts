/**
 * tests/helpers/pdf-read.ts keeps what it parsed (pdfjs's document, each
 * page's text, pdf-lib's object graph) per version of a file, so the PDF
 * tests read each PDF once. A kept parse must never answer for another file,
 * nor for the same path after a rebuild wrote new bytes there.
 */
import { utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfFonts, pdfInfo, pdfLib, pdfText } from '../../helpers/pdf-read.ts';
import { scratchDir } from '../../helpers/scratch.ts';

/** A one-page PDF with `text` in `font`, titled `text`. */
async function pdfWith(text: string, font: StandardFonts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(text);
  pdf.addPage().drawText(text, { x: 50, y: 700, font: await pdf.embedFont(font) });
  return pdf.save();
}

describe('pdf-read keeps one parse per file version', () => {
  it('answers for each file with its own text, properties and fonts', async () => {
    const dir = scratchDir('planverk-pdf-read-');
    const a = path.join(dir, 'a.pdf');
    const b = path.join(dir, 'b.pdf');
    await writeFile(a, await pdfWith('Fyrste fil', StandardFonts.Helvetica));
    await writeFile(b, await pdfWith('Andre fil', StandardFonts.Courier));
    for (const _ of [1, 2]) {
      expect(await pdfText(a, 1)).toContain('Fyrste fil');
      expect(await pdfText(b, 1)).toContain('Andre fil');
      expect((await pdfInfo(b))['Title']).toBe('Andre fil');
      expect((await pdfFonts(a)).map((f) => f.name)).toEqual(['Helvetica']);
      expect((await pdfFonts(b)).map((f) => f.name)).toEqual(['Courier']);
    }
  });

  it('reads a file again once new bytes are written to its path', async () => {
    const dir = scratchDir('planverk-pdf-read-');
    const file = path.join(dir, 'rebuilt.pdf');
    await writeFile(file, await pdfWith('Gammal utgåve', StandardFonts.Helvetica));
    expect(await pdfText(file, 1)).toContain('Gammal utgåve');
    const before = await pdfLib(file);
    await writeFile(file, await pdfWith('Ny utgåve, lengre tekst', StandardFonts.TimesRoman));
    // A later modification time even on a file system with coarse timestamps.
    const later = new Date(Date.now() + 5_000);
    await utimes(file, later, later);
    expect(await pdfText(file, 1)).toContain('Ny utgåve, lengre tekst');
    expect((await pdfInfo(file))['Title']).toBe('Ny utgåve, lengre tekst');
    expect((await pdfFonts(file)).map((f) => f.name)).toEqual(['Times-Roman']);
    expect(await pdfLib(file)).not.toBe(before);
  });
});
