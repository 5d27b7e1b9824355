import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFString,
  PDFHexString,
  type PDFDocument,
} from 'pdf-lib';

/**
 * The standard structure types of ISO 32000-1 §14.8.4. PDF/A-2 level a
 * (ISO 19005-2 §6.8.3) and PDF/UA-1 (ISO 14289-1 §7.1, Matterhorn 02-001)
 * want every other type mapped to one of these in the RoleMap.
 */
export const STANDARD_TYPES = new Set([
  'Document',
  'Part',
  'Art',
  'Sect',
  'Div',
  'BlockQuote',
  'Caption',
  'TOC',
  'TOCI',
  'Index',
  'NonStruct',
  'Private',
  'P',
  'H',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'L',
  'LI',
  'Lbl',
  'LBody',
  'Table',
  'TR',
  'TH',
  'TD',
  'THead',
  'TBody',
  'TFoot',
  'Span',
  'Quote',
  'Note',
  'Reference',
  'BibEntry',
  'Code',
  'Link',
  'Annot',
  'Ruby',
  'RB',
  'RT',
  'RP',
  'Warichu',
  'WT',
  'WP',
  'Figure',
  'Formula',
  'Form',
]);

/** Every structure element below the StructTreeRoot, parents before children. */
export function structElements(doc: PDFDocument): PDFDict[] {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const out: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  const walk = (node: unknown): void => {
    const value =
      node instanceof PDFDict || node instanceof PDFArray
        ? node
        : doc.context.lookup(node as never);
    if (value instanceof PDFArray) {
      for (const item of value.asArray()) walk(item);
      return;
    }
    if (!(value instanceof PDFDict) || seen.has(value)) return;
    if (value.get(PDFName.of('S')) === undefined) return; // marked-content or object reference
    seen.add(value);
    out.push(value);
    const kids = value.get(PDFName.of('K'));
    if (kids !== undefined) walk(kids);
  };
  const kids = root?.get(PDFName.of('K'));
  if (kids !== undefined) walk(kids);
  return out;
}

/** The structure type of an element, without the slash. */
export function structType(element: PDFDict): string {
  return element.get(PDFName.of('S'))?.toString().slice(1) ?? '';
}

/** True when the element has structure elements (not only content) as children. */
function hasStructKids(doc: PDFDocument, element: PDFDict): boolean {
  const kids = element.get(PDFName.of('K'));
  const items = kids instanceof PDFArray ? kids.asArray() : kids === undefined ? [] : [kids];
  return items.some((item) => {
    const value = doc.context.lookup(item);
    return value instanceof PDFDict && value.get(PDFName.of('S')) !== undefined;
  });
}

/** What fixStructure changed. */
export interface StructureResult {
  /** Non-standard types given a RoleMap entry. */
  mapped: string[];
  /** Figures without Alt that only group other elements, retyped as Div. */
  regrouped: number;
  /** Link annotations given /F (print) or /Contents. */
  links: number;
}

/**
 * Brings Chromium's structure tree and annotations to what PDF/A-2a and
 * PDF/UA-1 ask: an HTML `<figure>` becomes a Figure around the image's own
 * Figure (which carries the alt text) and the caption, so the outer one,
 * which has no Alt and holds no content of its own, becomes a Div;
 * non-standard types are role-mapped (to Div: a grouping that says nothing);
 * link annotations are printable (ISO 19005-2 §6.3.2) and described
 * (ISO 14289-1 §7.18.5); every page orders its annotations by structure
 * (`/Tabs /S`, §7.18.3).
 */
export function fixStructure(doc: PDFDocument, internalLink: string): StructureResult {
  const result: StructureResult = { mapped: [], regrouped: 0, links: 0 };
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (root) {
    let roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
    for (const element of structElements(doc)) {
      const type = structType(element);
      if (type === 'Figure' && !element.has(PDFName.of('Alt')) && hasStructKids(doc, element)) {
        element.set(PDFName.of('S'), PDFName.of('Div'));
        result.regrouped += 1;
      } else if (!STANDARD_TYPES.has(type) && !roleMap?.has(PDFName.of(type))) {
        roleMap ??= doc.context.obj({});
        root.set(PDFName.of('RoleMap'), roleMap);
        roleMap.set(PDFName.of(type), PDFName.of('Div'));
        result.mapped.push(type);
      }
    }
  }
  for (const page of doc.getPages()) {
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (const item of annots?.asArray() ?? []) {
      const annot = doc.context.lookup(item);
      if (!(annot instanceof PDFDict)) continue;
      if (annot.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      let changed = false;
      if (!annot.has(PDFName.of('F'))) {
        annot.set(PDFName.of('F'), PDFNumber.of(4));
        changed = true;
      }
      if (!annot.has(PDFName.of('Contents'))) {
        const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
        const uri = action?.lookup(PDFName.of('URI'));
        const target =
          uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : undefined;
        annot.set(PDFName.of('Contents'), PDFHexString.fromText(target ?? internalLink));
        changed = true;
      }
      if (changed) result.links += 1;
    }
  }
  return result;
}
