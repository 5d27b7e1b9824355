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
  // In reading order (a walk of the structure tree), not by Chromium's number:
  // the renderer creates some nodes out of DOM order (seen: two elements
  // swapped between a first and a fifth print of the same page).
  const walked = readingOrder(root as PDFDict, ids);
  const ordered = [...walked, ...[...ids].filter((id) => !walked.has(id)).sort(byNumber)];
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
  flattenNameTree(tree);
  return ids.size;
}

/** The `/ID`s of the structure elements, in the order a depth-first walk from the root meets them. */
function readingOrder(root: PDFDict, known: ReadonlySet<string>): Set<string> {
  // A Set keeps insertion order: the walk's order, each id once.
  const order = new Set<string>();
  const seen = new Set<PDFDict>();
  const walk = (node: PDFDict): void => {
    if (seen.has(node)) return;
    seen.add(node);
    const id = node.lookup(PDFName.of('ID'));
    if (id instanceof PDFString || id instanceof PDFHexString) {
      const text = id.decodeText();
      if (known.has(text)) order.add(text);
    }
    const kids = node.lookup(PDFName.of('K'));
    if (kids instanceof PDFDict) walk(kids);
    else if (kids instanceof PDFArray) {
      for (let i = 0; i < kids.size(); i++) {
        const kid = kids.lookup(i);
        if (kid instanceof PDFDict) walk(kid);
      }
    }
  };
  walk(root);
  return order;
}

/**
 * A name tree's keys must be sorted; renamed in reading order they may not
 * be, so the tree becomes one sorted `/Names` array (its leaves gathered).
 */
function flattenNameTree(tree: PDFDict): void {
  const pairs: [string, PDFObject][] = [];
  const gather = (node: PDFDict): void => {
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; names && i + 1 < names.size(); i += 2) {
      const key = names.lookup(i);
      if (key instanceof PDFString || key instanceof PDFHexString)
        pairs.push([key.decodeText(), names.get(i + 1)]);
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) {
      const kid = kids.lookup(i);
      if (kid instanceof PDFDict) gather(kid);
    }
  };
  gather(tree);
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const flat = PDFArray.withContext(tree.context);
  for (const [key, value] of pairs) {
    flat.push(PDFString.of(key));
    flat.push(value);
  }
  tree.delete(PDFName.of('Kids'));
  tree.delete(PDFName.of('Limits'));
  tree.set(PDFName.of('Names'), flat);
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
