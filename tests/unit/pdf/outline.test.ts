import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  headingPages,
  readDestinationPages,
  readOutline,
  retitleOutline,
} from '../../../src/lib/pdf/outline.ts';

/** A PDF with `pages` pages and one top-level bookmark per [title, page]. */
async function pdfWithOutline(pages: number, marks: [string, number][]): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) doc.addPage();
  const root = doc.context.obj({ Type: 'Outlines', Count: marks.length });
  const rootRef = doc.context.register(root);
  const refs = marks.map(([title, page]) =>
    doc.context.register(
      doc.context.obj({
        Title: PDFHexString.fromText(title),
        Parent: rootRef,
        Dest: [doc.getPage(page - 1).ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull],
      }),
    ),
  );
  refs.forEach((ref, i) => {
    const item = doc.context.lookup(ref, PDFDict);
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
  });
  root.set(PDFName.of('First'), refs[0]!);
  root.set(PDFName.of('Last'), refs.at(-1)!);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  return doc;
}

describe('readOutline', () => {
  it('lists bookmarks in order with the page each points at', async () => {
    const doc = await pdfWithOutline(3, [
      ['Innhald', 1],
      ['Bakgrunn', 2],
      ['Vurdering', 3],
    ]);
    expect(await readOutline(await doc.save())).toEqual([
      { title: 'Innhald', depth: 0, page: 1 },
      { title: 'Bakgrunn', depth: 0, page: 2 },
      { title: 'Vurdering', depth: 0, page: 3 },
    ]);
  });
});

describe('readDestinationPages', () => {
  it('gives the page of each named destination, in array and dictionary form', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 3; i += 1) doc.addPage();
    const dest = (page: number) => [doc.getPage(page - 1).ref, PDFName.of('XYZ'), 0, 500, 0];
    doc.catalog.set(
      PDFName.of('Dests'),
      doc.context.register(
        doc.context.obj({
          'pdf-vedtak': dest(1),
          bakgrunn: doc.context.register(doc.context.obj(dest(3))),
          vurdering: { D: dest(2) },
          broken: [PDFNull],
        }),
      ),
    );
    expect(await readDestinationPages(await doc.save())).toEqual({
      'pdf-vedtak': 1,
      bakgrunn: 3,
      vurdering: 2,
    });
  });

  it('is empty for a PDF without named destinations', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    expect(await readDestinationPages(await doc.save())).toEqual({});
  });
});

describe('retitleOutline', () => {
  it('replaces Chromium’s line-built titles with the heading text, without soft hyphens', async () => {
    const doc = await pdfWithOutline(1, [['Øko\u00adno\u00admiØko\u00ad-no\u00admi', 1]]);
    expect(retitleOutline(doc, ['Øko\u00adno\u00admi og  drift'])).toBe(true);
    const [entry] = await readOutline(await doc.save());
    expect(entry?.title).toBe('Økonomi og drift');
  });

  it('leaves the bookmarks alone when the counts differ', async () => {
    const doc = await pdfWithOutline(1, [['A', 1]]);
    expect(retitleOutline(doc, ['A', 'B'])).toBe(false);
  });
});

describe('headingPages', () => {
  const outline = [
    { title: 'Tittel', depth: 0, page: 1 },
    { title: 'Sta\u00adtus i Helse og vel\u00adferd – øko\u00ad-nomi', depth: 1, page: 4 },
    {
      title: 'Helse\u00adplatt\u00adfor\u00admenHelse\u00adplatt\u00adfor\u00admen',
      depth: 1,
      page: 8,
    },
  ];

  it('pairs headings and bookmarks by order when the counts agree', () => {
    const headings = [
      { id: '', text: 'Tittel' },
      { id: 'status', text: 'Status i Helse og velferd – økonomi' },
      { id: 'helse', text: 'Helseplattformen' },
    ];
    expect(headingPages(headings, outline)).toEqual({ status: 4, helse: 8 });
  });

  it('falls back to matching the text when a bookmark is missing', () => {
    const headings = [
      { id: 'status', text: 'Status i Helse og velferd – økonomi' },
      { id: 'ny', text: 'Ein overskrift utan bokmerke' },
      { id: 'helse', text: 'Helseplattformen' },
      { id: 'ekstra', text: 'Ekstra' },
    ];
    expect(headingPages(headings, outline)).toEqual({ status: 4, helse: 8 });
  });
});
