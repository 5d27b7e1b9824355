import { PDFArray, PDFDict, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';

/**
 * Numbers the PDF's objects in a fixed order: the order in which a walk from
 * the trailer (catalog, then document info) first meets them. Chromium
 * allocates the objects of the structure tree in an order that depends on
 * what the renderer did before (the same page printed as the first or the
 * fifth document of a run gets two elements' numbers swapped), so without
 * this a sharded and a one-machine build give the same PDF in other bytes.
 * Objects the walk never meets are dropped (nothing refers to them).
 * Returns how many objects were kept.
 */
export function renumberObjects(doc: PDFDocument): number {
  const context = doc.context;
  const order: PDFRef[] = [];
  const index = new Map<PDFRef, number>();
  const visit = (value: PDFObject | undefined): void => {
    if (value === undefined) return;
    if (value instanceof PDFRef) {
      if (index.has(value)) return;
      const target = context.lookup(value);
      if (target === undefined) return;
      index.set(value, order.length);
      order.push(value);
      visit(target);
    } else if (value instanceof PDFDict) {
      for (const [, inner] of value.entries()) visit(inner);
    } else if (value instanceof PDFArray) {
      for (const inner of value.asArray()) visit(inner);
    } else if (value instanceof PDFStream) {
      visit(value.dict);
    }
  };
  const { Root, Info } = context.trailerInfo;
  visit(Root);
  visit(Info);

  const renamed = new Map(order.map((ref, i) => [ref, PDFRef.of(i + 1)]));
  const rewrite = (value: PDFObject): PDFObject => {
    if (value instanceof PDFRef) return renamed.get(value) ?? value;
    if (value instanceof PDFDict) {
      for (const [key, inner] of value.entries()) value.set(key, rewrite(inner));
    } else if (value instanceof PDFArray) {
      const items = value.asArray();
      for (let i = 0; i < items.length; i++) value.set(i, rewrite(items[i] as PDFObject));
    } else if (value instanceof PDFStream) {
      rewrite(value.dict);
    }
    return value;
  };
  const objects = order.map((ref) => context.lookup(ref) as PDFObject);
  for (const [ref] of context.enumerateIndirectObjects()) context.delete(ref);
  objects.forEach((object, i) => context.assign(PDFRef.of(i + 1), rewrite(object)));
  context.largestObjectNumber = objects.length;
  if (Root instanceof PDFRef) context.trailerInfo.Root = renamed.get(Root) ?? Root;
  if (Info instanceof PDFRef) context.trailerInfo.Info = renamed.get(Info) ?? Info;
  return objects.length;
}
