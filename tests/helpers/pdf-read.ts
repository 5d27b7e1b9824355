/**
 * Reading PDFs back in JavaScript alone (pdfjs-dist for text, outline,
 * metadata and links; pdf-lib for the object graph: fonts, images, the
 * structure tree), so `npm test` needs nothing but npm. The same checks with
 * poppler and qpdf, the tools an archive uses, stay as cross-checks
 * (tests/helpers/system-tools.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

const opened = new Map<string, Promise<PDFDocumentProxy>>();
const loaded = new Map<string, Promise<PDFDocument>>();
const pageTexts = new Map<string, Promise<TextItem[]>>();

/** A key per version of the file (tests rebuild into the same paths). */
async function version(file: string): Promise<string> {
  const { mtimeMs, size } = await stat(file);
  return `${file}:${mtimeMs}:${size}`;
}

/** The file parsed by pdfjs, once per version of the file. */
async function open(file: string): Promise<PDFDocumentProxy> {
  const key = await version(file);
  let doc = opened.get(key);
  if (!doc) {
    doc = readFile(file).then(
      (bytes) => getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise,
    );
    opened.set(key, doc);
  }
  return doc;
}

/**
 * The file parsed by pdf-lib, once per version of the file: several checks
 * of one test file read the same PDF's object graph. Read only; never save it.
 */
export async function pdfLib(file: string): Promise<PDFDocument> {
  const key = await version(file);
  let doc = loaded.get(key);
  if (!doc) {
    doc = readFile(file).then((bytes) => PDFDocument.load(bytes, { updateMetadata: false }));
    loaded.set(key, doc);
  }
  return doc;
}

/** The text runs of one page as pdfjs extracts them, once per version of the file. */
async function textItems(file: string, n: number): Promise<TextItem[]> {
  const key = `${await version(file)}#${n}`;
  let items = pageTexts.get(key);
  if (!items) {
    items = open(file)
      .then((doc) => doc.getPage(n))
      .then((page) => page.getTextContent())
      .then((content) =>
        content.items.flatMap((item) =>
          'str' in item
            ? [
                {
                  str: item.str,
                  eol: item.hasEOL,
                  x: item.transform[4] ?? 0,
                  y: item.transform[5] ?? 0,
                },
              ]
            : [],
        ),
      );
    pageTexts.set(key, items);
  }
  return items;
}

/** Document properties as `pdfinfo` names them (`Title`, `Tagged`, `Pages`, …). */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const doc = await open(file);
  const { info } = (await doc.getMetadata()) as { info: Record<string, unknown> };
  // pdfjs answers with a Map here, despite its typings.
  const mark = (await doc.getMarkInfo()) as unknown;
  const marked =
    mark instanceof Map
      ? mark.get('Marked') === true
      : (mark as { Marked?: boolean })?.Marked === true;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(info)) {
    if (typeof value === 'string') fields[key] = value;
  }
  return { ...fields, Tagged: marked ? 'yes' : 'no', Pages: String(doc.numPages) };
}

/** Width and height in points of every page (rotation applied). */
export async function pageSizes(file: string): Promise<{ w: number; h: number }[]> {
  const doc = await open(file);
  const sizes: { w: number; h: number }[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const { width, height } = (await doc.getPage(n)).getViewport({ scale: 1 });
    sizes.push({ w: width, h: height });
  }
  return sizes;
}

/**
 * Text of a page range. Default: in the order Chromium drew it (a table
 * cell's lines stay together), a line break wherever the text moves to a new
 * line. `layout`: one line per baseline, left to right, as a reader sees a
 * table of contents («Heading … 7»).
 */
export async function pdfText(
  file: string,
  first?: number,
  last?: number,
  layout = false,
): Promise<string> {
  const doc = await open(file);
  const from = first ?? 1;
  // Like pdftotext, a range past the last page stops at the last page.
  const to = Math.min(doc.numPages, first === undefined ? doc.numPages : (last ?? first));
  const pages: string[] = [];
  for (let n = from; n <= to; n += 1) {
    const items = await textItems(file, n);
    pages.push(layout ? byBaseline(items) : inDrawingOrder(items));
  }
  return pages.join('\f');
}

interface TextItem {
  str: string;
  eol: boolean;
  x: number;
  y: number;
}

function inDrawingOrder(items: TextItem[]): string {
  let text = '';
  let y: number | undefined;
  for (const item of items) {
    if (y !== undefined && Math.abs(item.y - y) > 2 && !text.endsWith('\n')) text += '\n';
    text += item.str;
    if (item.eol) text += '\n';
    if (item.str !== '') y = item.y;
  }
  return text.endsWith('\n') ? text : `${text}\n`;
}

function byBaseline(items: TextItem[]): string {
  const lines: { y: number; parts: TextItem[] }[] = [];
  for (const item of items.filter((i) => i.str !== '')) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= 2);
    if (line) line.parts.push(item);
    else lines.push({ y: item.y, parts: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) =>
      l.parts
        .sort((a, b) => a.x - b.x)
        .map((p) => p.str)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join('\n')
    .concat('\n');
}

/** Bookmark titles in document order, nested ones after their parent. */
export async function outlineTitles(file: string): Promise<string[]> {
  type Item = { title: string; items: Item[] };
  const outline = ((await (await open(file)).getOutline()) ?? []) as Item[];
  const titles: string[] = [];
  const walk = (items: Item[]): void => {
    for (const item of items) {
      titles.push(item.title);
      walk(item.items);
    }
  };
  walk(outline);
  return titles;
}

/** The URL of every link annotation, page by page. */
export async function linkUrls(file: string): Promise<string[]> {
  const doc = await open(file);
  const urls: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    for (const annotation of (await (await doc.getPage(n)).getAnnotations()) as {
      url?: string;
    }[]) {
      if (annotation.url) urls.push(annotation.url);
    }
  }
  return urls;
}

/** Every dictionary in the file, from pdf-lib's object table (streams by their dictionary). */
async function dictionaries(file: string): Promise<{ pdf: PDFDocument; dicts: PDFDict[] }> {
  const pdf = await pdfLib(file);
  const dicts = pdf.context
    .enumerateIndirectObjects()
    .map(([, object]) => (object instanceof PDFRawStream ? object.dict : object))
    .filter((object): object is PDFDict => object instanceof PDFDict);
  return { pdf, dicts };
}

const name = (dict: PDFDict, key: string): string | undefined =>
  dict.get(PDFName.of(key))?.toString().replace(/^\//, '');

const text = (object: PDFObject | undefined): string | undefined =>
  object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;

/**
 * Fonts as `pdffonts` lists them: base name and whether the font program is
 * in the file (a Type0 font through its descendant's FontDescriptor).
 */
export async function pdfFonts(file: string): Promise<{ name: string; embedded: boolean }[]> {
  const { pdf, dicts } = await dictionaries(file);
  const fonts = dicts.filter(
    (d) => name(d, 'Type') === 'Font' && name(d, 'Subtype') !== 'CIDFontType2',
  );
  return fonts
    .filter((d) => name(d, 'Subtype') !== 'CIDFontType0')
    .map((font) => {
      const descendants = pdf.context.lookup(font.get(PDFName.of('DescendantFonts')));
      const described =
        descendants instanceof PDFArray ? pdf.context.lookup(descendants.get(0), PDFDict) : font;
      const descriptor = pdf.context.lookup(described.get(PDFName.of('FontDescriptor')));
      const embedded =
        name(font, 'Subtype') === 'Type3' ||
        (descriptor instanceof PDFDict &&
          ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(PDFName.of(k))));
      return { name: name(font, 'BaseFont') ?? '', embedded };
    });
}

/** Pixel size of every image XObject. */
export async function pdfImages(file: string): Promise<{ width: number; height: number }[]> {
  const { dicts } = await dictionaries(file);
  return dicts
    .filter((d) => name(d, 'Subtype') === 'Image')
    .map((d) => ({
      width: Number(d.get(PDFName.of('Width'))?.toString()),
      height: Number(d.get(PDFName.of('Height'))?.toString()),
    }));
}

/** Structure elements of the tagged PDF: role (`/S`) and alternative text. */
export async function structElements(file: string): Promise<{ role: string; alt?: string }[]> {
  const { dicts } = await dictionaries(file);
  return dicts
    .filter((d) => d.has(PDFName.of('S')) && d.has(PDFName.of('P')))
    .map((d) => {
      const alt = text(d.get(PDFName.of('Alt')));
      return { role: name(d, 'S') ?? '', ...(alt === undefined ? {} : { alt }) };
    });
}

/** The `/Lang` of every structure element that sets one (a quote in the other målform: `nb`). */
export async function structLanguages(file: string): Promise<string[]> {
  const { dicts } = await dictionaries(file);
  return dicts
    .filter((d) => d.has(PDFName.of('S')) && d.has(PDFName.of('P')))
    .flatMap((d) => text(d.get(PDFName.of('Lang'))) ?? []);
}

/**
 * Every `/ActualText` of the pages' marked content, decoded. pdfjs ignores
 * ActualText, but poppler, Acrobat and screen readers read it instead of the
 * glyphs (a U+00AD there broke words: see src/lib/pdf/soft-hyphen-text.ts).
 */
export async function actualTexts(file: string): Promise<string[]> {
  const pdf = await pdfLib(file);
  const found: string[] = [];
  for (const page of pdf.getPages()) {
    const contents = pdf.context.lookup(page.node.get(PDFName.of('Contents')));
    const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of streams) {
      const stream = pdf.context.lookup(ref as PDFObject);
      if (!(stream instanceof PDFRawStream)) continue;
      const content = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      for (const match of content.matchAll(
        /\/ActualText\s*(?:<([0-9a-fA-F\s]*)>|\(((?:\\.|[^\\)])*)\))/g,
      )) {
        found.push(
          match[1] === undefined
            ? PDFString.of(match[2] ?? '').decodeText()
            : PDFHexString.of(match[1].replace(/\s/g, '')).decodeText(),
        );
      }
    }
  }
  return found;
}

/**
 * Letters and digits only, lower case, compatibility-normalised (ligatures
 * such as «ﬁ» become «fi»): what survives line breaks and hyphens at line
 * ends, so texts from Markdown and from the PDF compare. Soft hyphens
 * (U+00AD) are kept: one in the PDF's text layer is a broken word for
 * search, copy-paste and screen readers, and must make the comparison fail.
 */
export function textKey(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\u00AD]+/gu, '');
}
