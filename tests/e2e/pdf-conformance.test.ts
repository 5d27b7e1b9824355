/**
 * PDF/A-2a and PDF/UA-1, checked rather than assumed: a fixture site
 * (tests/fixtures/pdf/conformance: a repealed plan and its replacement, a
 * saksframlegg with vedlegg and decisions, a bokmål plan on høring, a figure
 * and tables) is built, and every PDF it prints is read back with pdf-lib
 * and checked against each requirement a machine can check. Each test is
 * named by its clause; docs/pdf-conformance.md lists the same clauses (the
 * last test makes sure). veraPDF, where CI has it, checks the rest (.ci/run).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
} from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../fixtures/config/planverk.config.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { urlToFile } from '../../src/lib/core/print-urls.ts';
import { attachmentUrl, documentPdfUrl, documentUrl } from '../../src/lib/core/urls.ts';
import type { PlanDocument } from '../../src/lib/model/types.ts';
import { operators } from '../../src/lib/pdf/artifacts.ts';
import { STANDARD_TYPES, structElements, structType } from '../../src/lib/pdf/structure.ts';
import { PLANVERK_NS, PLANVERK_PROPERTIES } from '../../src/lib/pdf/xmp.ts';
import { fixtureDocumentsBuild, ROOT } from './helpers/build.ts';
import { pdfText } from '../helpers/pdf-read.ts';

const CONTENT = path.join(ROOT, 'tests/fixtures/pdf/conformance/content');
/** The shared fixture-documents build's output (set by beforeAll). */
let OUT = '';
const DOC = path.join(ROOT, 'docs/pdf-conformance.md');

interface Printed {
  doc: PlanDocument;
  bytes: Uint8Array;
  pdf: PDFDocument;
  xmp: string;
}
const printed: Printed[] = [];

beforeAll(async () => {
  // One build with other fixtures' documents (fixtureDocumentsBuild); every
  // check below reads only the PDFs of this fixture's own documents.
  const run = await fixtureDocumentsBuild();
  if (run.code !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
  OUT = run.outDir;
  const { documents } = await loadContent({ root: ROOT, contentDir: CONTENT, config });
  for (const doc of documents.filter((d) => d.status !== 'utkast')) {
    const bytes = await readFile(urlToFile(OUT, documentPdfUrl(doc)));
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const meta = pdf.catalog.lookup(PDFName.of('Metadata'));
    const xmp =
      meta instanceof PDFRawStream ? Buffer.from(meta.getContents()).toString('utf8') : '';
    printed.push({ doc, bytes, pdf, xmp });
  }
});

/** Text of a PDF string object, or undefined. */
function str(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString
    ? value.decodeText()
    : undefined;
}

/** Every indirect dictionary (or stream dictionary) of a file. */
function dicts(pdf: PDFDocument): PDFDict[] {
  return pdf.context
    .enumerateIndirectObjects()
    .map(([, o]) => (o instanceof PDFStream ? o.dict : o))
    .filter((o): o is PDFDict => o instanceof PDFDict);
}

/** The text of one XMP property (first match), entities decoded. */
function xmpValue(xmp: string, name: string, lang?: string): string | undefined {
  const element = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xmp)?.[1];
  if (element === undefined) return undefined;
  const li = lang
    ? new RegExp(`<rdf:li xml:lang="${lang}">([\\s\\S]*?)</rdf:li>`).exec(element)?.[1]
    : (/<rdf:li>([\s\S]*?)<\/rdf:li>/.exec(element)?.[1] ?? element);
  return li
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A PDF date (`D:20180621000000Z`) as epoch milliseconds. */
function pdfDate(value: string | undefined): number {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(value ?? '');
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : NaN;
}

function each(check: (p: Printed) => void | Promise<void>): () => Promise<void> {
  return async () => {
    expect(printed.length).toBeGreaterThanOrEqual(4);
    for (const p of printed) await check(p);
  };
}

/**
 * The clauses this test checks, in the order of docs/pdf-conformance.md;
 * every test title starts with one of them.
 */
const CLAUSES = {
  header: 'ISO 19005-2 §6.1.2',
  trailer: 'ISO 19005-2 §6.1.3',
  outputIntent: 'ISO 19005-2 §6.2.3',
  fontsEmbedded: 'ISO 19005-2 §6.2.11.4',
  toUnicode: 'ISO 19005-2 §6.2.11.7',
  annotations: 'ISO 19005-2 §6.3.2',
  actions: 'ISO 19005-2 §6.5.1',
  metadataStream: 'ISO 19005-2 §6.6.2.1',
  extensionSchemas: 'ISO 19005-2 §6.6.2.3',
  infoConsistency: 'ISO 19005-2 §6.6.3',
  pdfaId: 'ISO 19005-2 §6.6.4',
  structure: 'ISO 19005-2 §6.8',
  pdfuaId: 'ISO 14289-1 §5, §7.1 (Matterhorn 06-002, 06-003)',
  tagged: 'ISO 14289-1 §7.1 (Matterhorn 01-005)',
  artifacts: 'ISO 14289-1 §7.8 (Matterhorn 18-001)',
  roleMap: 'ISO 14289-1 §7.1 (Matterhorn 02-001)',
  displayTitle: 'ISO 14289-1 §7.1 (Matterhorn 07-001, 07-002)',
  language: 'ISO 14289-1 §7.2 (Matterhorn 11-001)',
  figures: 'ISO 14289-1 §7.3 (Matterhorn 13-004)',
  tableHeaders: 'ISO 14289-1 §7.5 (Matterhorn 15-003)',
  tabOrder: 'ISO 14289-1 §7.18.3 (Matterhorn 28-008, 28-009)',
  linkText: 'ISO 14289-1 §7.18.5 (Matterhorn 28-011, 28-012)',
  planverk: 'Planverk namespace',
} as const;

describe('every official PDF meets PDF/A-2a and PDF/UA-1 where a machine can tell', () => {
  it(
    `${CLAUSES.header}: the header is %PDF-1.4 or later and a binary comment follows`,
    each(({ doc, bytes }) => {
      const head = Buffer.from(bytes.subarray(0, 16));
      const version = /^%PDF-1\.(\d)/.exec(head.toString('latin1'));
      expect(Number(version?.[1]), doc.id).toBeGreaterThanOrEqual(4);
      const comment = head.subarray(head.indexOf(0x0a) + 1);
      expect(comment[0], doc.id).toBe(0x25);
      expect(
        [...comment.subarray(1, 5)].every((b) => b >= 128),
        doc.id,
      ).toBe(true);
    }),
  );

  it(
    `${CLAUSES.trailer}: the trailer has an /ID and no /Encrypt`,
    each(({ doc, pdf }) => {
      const id = pdf.context.trailerInfo.ID;
      expect(id instanceof PDFArray && id.size() === 2, doc.id).toBe(true);
      expect(pdf.context.trailerInfo.Encrypt, doc.id).toBeUndefined();
    }),
  );

  it(
    `${CLAUSES.outputIntent}: one GTS_PDFA1 output intent with an embedded RGB ICC profile`,
    each(({ doc, pdf }) => {
      const intents = pdf.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
      const pdfa = intents
        .asArray()
        .map((i) => pdf.context.lookup(i, PDFDict))
        .filter((i) => i.get(PDFName.of('S'))?.toString() === '/GTS_PDFA1');
      expect(pdfa.length, doc.id).toBe(1);
      const intent = pdfa[0] as PDFDict;
      expect(str(intent.get(PDFName.of('OutputConditionIdentifier'))), doc.id).toBeTruthy();
      const profile = pdf.context.lookup(intent.get(PDFName.of('DestOutputProfile')));
      expect(profile instanceof PDFRawStream, doc.id).toBe(true);
      const icc = Buffer.from(decodePDFRawStream(profile as PDFRawStream).decode());
      expect(icc.subarray(36, 40).toString('latin1'), doc.id).toBe('acsp');
      expect(icc.subarray(16, 20).toString('latin1'), doc.id).toBe('RGB ');
      expect((profile as PDFRawStream).dict.get(PDFName.of('N'))?.toString(), doc.id).toBe('3');
    }),
  );

  it(
    `${CLAUSES.fontsEmbedded}: every font program is embedded`,
    each(({ doc, pdf }) => {
      const descriptors = dicts(pdf).filter(
        (d) => d.get(PDFName.of('Type'))?.toString() === '/FontDescriptor',
      );
      expect(descriptors.length, doc.id).toBeGreaterThan(0);
      for (const d of descriptors) {
        const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => d.has(PDFName.of(k)));
        expect(embedded, `${doc.id}: ${String(d.get(PDFName.of('FontName')))}`).toBe(true);
      }
    }),
  );

  it(
    `${CLAUSES.toUnicode}: every font a page uses has a ToUnicode CMap`,
    each(({ doc, pdf }) => {
      const fonts = dicts(pdf).filter(
        (d) =>
          d.get(PDFName.of('Type'))?.toString() === '/Font' &&
          // A CIDFont is a descendant: its Type0 parent carries the CMap.
          !['/CIDFontType0', '/CIDFontType2'].includes(String(d.get(PDFName.of('Subtype')))),
      );
      expect(fonts.length, doc.id).toBeGreaterThan(0);
      for (const font of fonts) {
        const cmap = pdf.context.lookup(font.get(PDFName.of('ToUnicode')));
        expect(
          cmap instanceof PDFRawStream,
          `${doc.id}: ${String(font.get(PDFName.of('BaseFont')))}`,
        ).toBe(true);
      }
    }),
  );

  it(
    `${CLAUSES.annotations}: every annotation is printed and never hidden`,
    each(({ doc, pdf }) => {
      for (const page of pdf.getPages()) {
        for (const ref of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
          const annot = pdf.context.lookup(ref, PDFDict);
          const flags = (annot.get(PDFName.of('F')) as PDFNumber | undefined)?.asNumber() ?? 0;
          expect(flags & 4, doc.id).toBe(4);
          expect(flags & (1 | 2 | 32), doc.id).toBe(0);
        }
      }
    }),
  );

  it(
    `${CLAUSES.actions}: no JavaScript, launch or other forbidden action, no additional actions`,
    each(({ doc, pdf }) => {
      const names = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
      expect(names?.has(PDFName.of('JavaScript')) ?? false, doc.id).toBe(false);
      expect(pdf.catalog.has(PDFName.of('AA')), doc.id).toBe(false);
      expect(pdf.catalog.has(PDFName.of('OpenAction')), doc.id).toBe(false);
      const forbidden = ['/JavaScript', '/Launch', '/Sound', '/Movie', '/ResetForm', '/ImportData'];
      for (const d of dicts(pdf)) {
        expect(forbidden, doc.id).not.toContain(String(d.get(PDFName.of('S'))));
        expect(d.has(PDFName.of('JS')), doc.id).toBe(false);
      }
      for (const page of pdf.getPages())
        expect(page.node.has(PDFName.of('AA')), doc.id).toBe(false);
    }),
  );

  it(
    `${CLAUSES.metadataStream}: the catalog has an unfiltered XMP metadata stream that is well-formed XML`,
    each(({ doc, pdf, xmp }) => {
      const meta = pdf.catalog.lookup(PDFName.of('Metadata'), PDFStream);
      expect(meta.dict.get(PDFName.of('Type'))?.toString(), doc.id).toBe('/Metadata');
      expect(meta.dict.get(PDFName.of('Subtype'))?.toString(), doc.id).toBe('/XML');
      expect(meta.dict.has(PDFName.of('Filter')), doc.id).toBe(false);
      expect(xmp, doc.id).toMatch(/^<\?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"\?>/);
      expect(xmp, doc.id).toMatch(/<\?xpacket end="[rw]"\?>$/);
      const parser = new SaxesParser({ xmlns: true });
      let error: Error | undefined;
      parser.on('error', (e) => (error ??= e));
      parser.write(xmp).close();
      expect(error, doc.id).toBeUndefined();
    }),
  );

  it(
    `${CLAUSES.extensionSchemas}: the pdfuaid and planverk namespaces are described, each property with a type`,
    each(({ doc, xmp }) => {
      const schemas = [
        ...xmp.matchAll(/<pdfaSchema:namespaceURI>([^<]*)<\/pdfaSchema:namespaceURI>/g),
      ].map((m) => m[1]);
      expect(schemas, doc.id).toEqual(['http://www.aiim.org/pdfua/ns/id/', PLANVERK_NS]);
      const declared = [...xmp.matchAll(/<pdfaProperty:name>([^<]*)<\/pdfaProperty:name>/g)].map(
        (m) => m[1],
      );
      const used = [...xmp.matchAll(/<(?:pdfuaid|planverk):(\w+)>/g)].map((m) => m[1]);
      for (const name of used) expect(declared, `${doc.id}: ${name}`).toContain(name);
      expect(xmp.match(/<pdfaProperty:valueType>/g)?.length, doc.id).toBe(declared.length);
    }),
  );

  it(
    `${CLAUSES.infoConsistency}: the Info dictionary and the XMP say the same`,
    each(({ doc, pdf, xmp }) => {
      const lang = doc.malform;
      expect(xmpValue(xmp, 'dc:title', 'x-default'), doc.id).toBe(pdf.getTitle());
      expect(xmpValue(xmp, 'dc:title', lang), doc.id).toBe(doc.title);
      expect(xmpValue(xmp, 'dc:creator'), doc.id).toBe(pdf.getAuthor());
      expect(pdf.getAuthor(), doc.id).toContain(doc.kommune[0]);
      expect(xmpValue(xmp, 'dc:description', 'x-default'), doc.id).toBe(pdf.getSubject());
      expect(pdf.getSubject(), doc.id).toBe(doc.summary);
      expect(xmpValue(xmp, 'pdf:Keywords'), doc.id).toBe(pdf.getKeywords());
      expect(xmpValue(xmp, 'pdf:Producer'), doc.id).toBe(pdf.getProducer());
      expect(xmpValue(xmp, 'xmp:CreatorTool'), doc.id).toBe(pdf.getCreator());
      const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
      const created = pdfDate(str(info.get(PDFName.of('CreationDate'))));
      const modified = pdfDate(str(info.get(PDFName.of('ModDate'))));
      expect(Date.parse(xmpValue(xmp, 'xmp:CreateDate') ?? ''), doc.id).toBe(created);
      expect(Date.parse(xmpValue(xmp, 'xmp:ModifyDate') ?? ''), doc.id).toBe(modified);
      // The document's own date, so a cached and a cold build give the same file.
      expect(created, doc.id).toBe(Date.parse(`${doc.date}T00:00:00Z`));
      const subjects = [
        ...(/<dc:subject>([\s\S]*?)<\/dc:subject>/.exec(xmp)?.[1] ?? '').matchAll(
          /<rdf:li>([^<]*)<\/rdf:li>/g,
        ),
      ].map((m) => m[1]);
      expect(subjects, doc.id).toEqual(doc.keywords);
      expect(xmpValue(xmp, 'dc:language'), doc.id).toBe(lang);
    }),
  );

  it(
    `${CLAUSES.pdfaId}: the XMP claims PDF/A-2 conformance level A`,
    each(({ doc, xmp }) => {
      expect(xmpValue(xmp, 'pdfaid:part'), doc.id).toBe('2');
      expect(xmpValue(xmp, 'pdfaid:conformance'), doc.id).toBe('A');
    }),
  );

  it(
    `${CLAUSES.structure}: marked, with a structure tree (level A)`,
    each(({ doc, pdf }) => {
      const mark = pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
      expect(mark.get(PDFName.of('Marked'))?.toString(), doc.id).toBe('true');
      expect(structElements(pdf).length, doc.id).toBeGreaterThan(0);
    }),
  );

  it(
    `${CLAUSES.pdfuaId}: the XMP claims PDF/UA-1 and the document has a dc:title`,
    each(({ doc, xmp }) => {
      expect(xmpValue(xmp, 'pdfuaid:part'), doc.id).toBe('1');
      expect(xmpValue(xmp, 'dc:title', 'x-default'), doc.id).toBe(doc.title);
    }),
  );

  /** Painting operators outside any marked content, per page. */
  const unmarked = (pdf: PDFDocument): number[] =>
    pdf.getPages().map((page) => {
      const contents = page.node.get(PDFName.of('Contents'));
      const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
      let count = 0;
      for (const ref of refs) {
        const stream = pdf.context.lookup(ref as PDFRef) as PDFRawStream;
        const ops = operators(Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1'));
        expect(ops).toBeDefined();
        let depth = 0;
        for (const op of ops ?? []) {
          if (op.name === 'BDC' || op.name === 'BMC') depth += 1;
          else if (op.name === 'EMC') depth -= 1;
          else if (depth === 0 && /^(Tj|TJ|'|"|S|s|f|F|f\*|B|B\*|b|b\*|Do|sh)$/.test(op.name))
            count += 1;
        }
      }
      return count;
    });

  it(
    `${CLAUSES.tagged}: all content is tagged or an artifact (no painting outside marked content)`,
    each(({ doc, pdf }) => {
      expect(unmarked(pdf), doc.id).toEqual(pdf.getPages().map(() => 0));
    }),
  );

  it(
    `${CLAUSES.artifacts}: the running header and footer are pagination artifacts`,
    each(({ doc, pdf }) => {
      // Every page carries the footer (the official address), so every page has artifacts.
      for (const [index, page] of pdf.getPages().entries()) {
        const stream = pdf.context.lookup(
          page.node.get(PDFName.of('Contents')) as PDFRef,
        ) as PDFRawStream;
        const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
        expect(text, `${doc.id} page ${index + 1}`).toMatch(
          /\/Artifact <<\/Type \/Pagination>> BDC\s*BT/,
        );
      }
    }),
  );

  it(
    `${CLAUSES.roleMap}: every structure type is standard or role-mapped to one`,
    each(({ doc, pdf }) => {
      const roleMap = pdf.catalog
        .lookup(PDFName.of('StructTreeRoot'), PDFDict)
        .lookupMaybe(PDFName.of('RoleMap'), PDFDict);
      for (const element of structElements(pdf)) {
        const type = structType(element);
        const mapped = roleMap?.get(PDFName.of(type))?.toString().slice(1);
        expect(
          STANDARD_TYPES.has(type) || STANDARD_TYPES.has(mapped ?? ''),
          `${doc.id}: ${type}`,
        ).toBe(true);
      }
    }),
  );

  it(
    `${CLAUSES.displayTitle}: the viewer shows the title, not the file name`,
    each(({ doc, pdf }) => {
      const prefs = pdf.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
      expect(prefs.get(PDFName.of('DisplayDocTitle'))?.toString(), doc.id).toBe('true');
    }),
  );

  it(
    `${CLAUSES.language}: the catalog's /Lang is the document's målform`,
    each(({ doc, pdf }) => {
      expect(str(pdf.catalog.get(PDFName.of('Lang'))), doc.id).toBe(doc.malform);
    }),
  );

  it(
    `${CLAUSES.figures}: every Figure has alternative text`,
    each(({ doc, pdf }) => {
      const figures = structElements(pdf).filter((e) => structType(e) === 'Figure');
      for (const figure of figures) {
        const alt = str(figure.get(PDFName.of('Alt'))) ?? str(figure.get(PDFName.of('ActualText')));
        expect(alt?.trim(), doc.id).toBeTruthy();
      }
    }),
  );

  it(
    `${CLAUSES.tableHeaders}: every table header cell has a Scope`,
    each(({ doc, pdf }) => {
      const headers = structElements(pdf).filter((e) => structType(e) === 'TH');
      expect(headers.length, doc.id).toBeGreaterThan(0);
      for (const th of headers) {
        const a = pdf.context.lookup(th.get(PDFName.of('A')));
        const attrs = a instanceof PDFArray ? a.asArray().map((x) => pdf.context.lookup(x)) : [a];
        const scope = attrs
          .filter((x): x is PDFDict => x instanceof PDFDict)
          .map((x) => x.get(PDFName.of('Scope'))?.toString())
          .find(Boolean);
        expect(['/Row', '/Column', '/Both'], doc.id).toContain(scope);
      }
    }),
  );

  it(
    `${CLAUSES.tabOrder}: every page with annotations orders them by structure (/Tabs /S)`,
    each(({ doc, pdf }) => {
      for (const page of pdf.getPages()) {
        if (!page.node.has(PDFName.of('Annots'))) continue;
        expect(page.node.get(PDFName.of('Tabs'))?.toString(), doc.id).toBe('/S');
      }
    }),
  );

  it(
    `${CLAUSES.linkText}: every link annotation has a description and is tagged (Link, OBJR)`,
    each(({ doc, pdf }) => {
      const objrs = new Set(
        structElements(pdf)
          .filter((e) => structType(e) === 'Link')
          .flatMap((e) => {
            const k = e.get(PDFName.of('K'));
            return (k instanceof PDFArray ? k.asArray() : [k]).map((x) => pdf.context.lookup(x));
          })
          .filter((x): x is PDFDict => x instanceof PDFDict && x.has(PDFName.of('Obj')))
          .map((x) => String(x.get(PDFName.of('Obj')))),
      );
      for (const page of pdf.getPages()) {
        for (const ref of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
          const annot = pdf.context.lookup(ref, PDFDict);
          if (annot.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
          expect(str(annot.get(PDFName.of('Contents')))?.trim(), doc.id).toBeTruthy();
          expect(objrs.has(String(ref)), `${doc.id}: ${String(ref)}`).toBe(true);
        }
      }
    }),
  );

  it(
    `${CLAUSES.planverk}: arkivsak, arkivkode, dokumenttype, status, vedtaksdato and url match the document`,
    each(({ doc, xmp }) => {
      const value = (name: string): string | undefined => xmpValue(xmp, `planverk:${name}`);
      expect(value('arkivsak'), doc.id).toBe(doc.caseNumber);
      expect(value('arkivkode'), doc.id).toBe(doc.archiveCode);
      expect(value('dokumenttype'), doc.id).toBe(doc.type);
      expect(value('status'), doc.id).toBe(doc.status);
      const decided = doc.decisions
        .flatMap((d) => (d.date ? [d.date] : []))
        .sort()
        .at(-1);
      expect(value('vedtaksdato'), doc.id).toBe(decided);
      expect(value('url'), doc.id).toBe(new URL(documentUrl(doc), config.baseUrl).href);
      for (const [name] of PLANVERK_PROPERTIES)
        expect(xmp, doc.id).toContain(`pdfaProperty:name>${name}<`);
    }),
  );
});

describe('a printed copy stands on its own (its text as a reader extracts it)', () => {
  const byId = (id: string): Printed => printed.find((p) => p.doc.id === id) as Printed;
  const text = (p: Printed, page?: number): Promise<string> =>
    pdfText(urlToFile(OUT, documentPdfUrl(p.doc)), page).then((t) => t.replace(/\s+/g, ' '));
  const url = (p: Printed): string => new URL(documentUrl(p.doc), config.baseUrl).href;

  it('page 1 of the repealed plan says so and names and links its replacement, which names it back', async () => {
    const old = byId('tysnes/gammal-plan');
    const replacement = byId('tysnes/ny-plan');
    const first = await text(old, 1);
    expect(first).toContain(
      'Dokumentet er oppheva. Erstatta av: Ny plan for digitalisering 2018–2021',
    );
    expect(first).toContain(`(${url(replacement)})`);
    expect(await text(replacement, 1)).toContain(
      `Erstattar: Gammal plan for digitalisering 2014–2017 (${url(old)})`,
    );
    const links = (p: Printed): string[] =>
      p.pdf.getPages().flatMap((page) =>
        (page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []).flatMap((ref) => {
          const uri = pdf(p)
            .context.lookup(ref, PDFDict)
            .lookupMaybe(PDFName.of('A'), PDFDict)
            ?.get(PDFName.of('URI'));
          return str(uri) ? [str(uri) as string] : [];
        }),
      );
    const pdf = (p: Printed): PDFDocument => p.pdf;
    expect(links(old)).toContain(url(replacement));
    expect(links(replacement)).toContain(url(old));
  });

  it('page 1 of a document on høring gives the deadline and how to respond', async () => {
    const first = await text(byId('tysnes/hoyring'), 1);
    expect(first).toContain('Høringsfristen er 31. desember 2029.');
    expect(first).toContain('Send høringssvar til Tysnes kommune innen fristen.');
  });

  it('the vedlegg are listed with absolute links that resolve in the built site', async () => {
    const sak = byId('tysnes/saksframlegg');
    const all = await text(sak);
    for (const a of sak.doc.attachments) {
      const href = new URL(attachmentUrl(sak.doc, a), config.baseUrl).href;
      expect(all).toContain(`${a.title} (${href}) (${a.ext.toUpperCase()})`);
      const local = urlToFile(OUT, new URL(href).pathname);
      expect((await readFile(local)).byteLength).toBe(a.bytes);
    }
  });

  it('every page of every PDF names where the official version lives', async () => {
    for (const p of printed) {
      for (let page = 1; page <= p.pdf.getPageCount(); page += 1)
        expect(await text(p, page), `${p.doc.id} page ${page}`).toContain(
          `Offisiell versjon: ${url(p)}`,
        );
    }
  });
});

describe('docs/pdf-conformance.md', () => {
  it('lists exactly the clauses this test checks, in the same order', async () => {
    const doc = await readFile(DOC, 'utf8');
    const listed = [...doc.matchAll(/^\| (ISO [^|]+?|Planverk namespace) \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(Object.values(CLAUSES));
  });
});
