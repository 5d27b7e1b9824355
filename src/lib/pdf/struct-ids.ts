import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFString,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';

/**
 * Renumbers the structure element ids Chromium writes (`(node00000111)`:
 * DOM node ids, used by the IDTree and by table cells' `/Headers`). They
 * count from wherever the renderer's node counter stood, so the same page
 * printed twice gets other numbers and the PDF other bytes; a cached, a
 * sharded and a cold build must give the same file. The ids keep their
 * order (the DOM's) and become `node1`, `node2`, …; every string equal to
 * an old id anywhere in the file is replaced, nothing else is touched.
 * Returns how many ids were renumbered.
 */
export function renumberStructIds(doc: PDFDocument): number {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const tree = root?.lookupMaybe(PDFName.of('IDTree'), PDFDict);
  if (!tree) return 0;
  const ids = new Set<string>();
  collectNames(doc, tree, ids);
  if (ids.size === 0) return 0;
  const ordered = [...ids].sort(byNumber);
  const renamed = new Map(ordered.map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`]));
  const seen = new Set<PDFObject>();
  const rewrite = (value: PDFObject): PDFObject => {
    if (value instanceof PDFString || value instanceof PDFHexString) {
      const next = renamed.get(value.decodeText());
      return next === undefined ? value : PDFString.of(next);
    }
    if (seen.has(value)) return value;
    seen.add(value);
    if (value instanceof PDFDict) {
      for (const [key, inner] of value.entries()) value.set(key, rewrite(inner));
    } else if (value instanceof PDFArray) {
      for (let i = 0; i < value.size(); i++) value.set(i, rewrite(value.get(i)));
    }
    return value;
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) rewrite(object);
  return ids.size;
}

/** The keys of a name tree (its `/Names` and, through `/Kids`, its children's). */
function collectNames(doc: PDFDocument, node: PDFDict, into: Set<string>): void {
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  for (let i = 0; names && i < names.size(); i += 2) {
    const key = names.lookup(i);
    if (key instanceof PDFString || key instanceof PDFHexString) into.add(key.decodeText());
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) {
    const kid = kids.lookup(i);
    if (kid instanceof PDFDict) collectNames(doc, kid, into);
  }
}

/** Orders ids by the number in them (Chromium's are zero-padded; others fall back to text order). */
function byNumber(a: string, b: string): number {
  const na = Number(/\d+/.exec(a)?.[0] ?? NaN);
  const nb = Number(/\d+/.exec(b)?.[0] ?? NaN);
  return Number.isNaN(na) || Number.isNaN(nb) || na === nb ? a.localeCompare(b) : na - nb;
}
