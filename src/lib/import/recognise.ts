import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { toText } from 'hast-util-to-text';
import { fold } from '../model/fold.ts';
import type { DocType } from '../core/types.ts';

/** One step of the political route as the Word table gives it (texts, unvalidated). */
export interface RouteRow {
  body: string;
  meetingDate?: string;
  caseNumber?: string;
}

/** What the template's header and sections said, before it becomes frontmatter. */
export interface Recognised {
  title?: string;
  type?: DocType;
  kommune?: string;
  period?: string;
  caseOfficer?: string;
  archiveCase?: string;
  archiveCode?: string;
  date?: string;
  attachments: string[];
  route: RouteRow[];
  recommendation?: { from?: string; points: string[] };
  /** Body blocks left once the header, markers, contents list and innstilling are taken out. */
  body: RootContent[];
  /** How many template marker lines and contents lines were dropped. */
  dropped: { markers: number; toc: number };
}

// Raw text (tabs kept: a contents line is «title<TAB>page»).
const blockText = (node: RootContent | ElementContent | undefined): string =>
  node && (node.type === 'element' || node.type === 'text') ? toString(node).trim() : '';
const isHeading = (n: RootContent): boolean => n.type === 'element' && /^h[1-6]$/.test(n.tagName);
const level = (n: Element): number => Number(n.tagName.slice(1));
const hasClass = (n: RootContent, name: string): boolean =>
  n.type === 'element' &&
  (Array.isArray(n.properties['className']) ? n.properties['className'] : []).includes(name);

// Lines the kommune's template tells the clerk to keep («… &&& Set inn … (Ikkje slett denne lina)»).
const MARKER = /&&&|\(\s*ikk(?:j)?e\s+slett\s+denne\s+lin/i;
// A contents heading, and a contents line: text, a tab, a page number.
const TOC_TITLE = /^(innhold|innhald|innholdsfortegnelse|innhaldsliste|innholdsliste)\s*:?$/i;
const TOC_LINE = /\t\s*\d+\s*$/;
const PERIOD = /^(\d{4})\s*[-–—]\s*(\d{4})$/;
// The type word a template prints at the top (folded: æøå → ae/o/a).
const TYPE_MARKERS: Record<string, DocType> = {
  saksframlegg: 'saksframlegg',
  saksfremlegg: 'saksframlegg',
  orientering: 'orientering',
  orienteringssak: 'orientering',
  notat: 'notat',
  strategi: 'strategi',
  plan: 'plan',
  handlingsplan: 'handlingsplan',
};
const LABELS: Record<
  string,
  'caseOfficer' | 'archiveCase' | 'archiveCode' | 'date' | 'attachments'
> = {
  saksbehandler: 'caseOfficer',
  saksbehandlar: 'caseOfficer',
  sakshandsamar: 'caseOfficer',
  sakshandsamer: 'caseOfficer',
  arkivsak: 'archiveCase',
  arkivsaksnr: 'archiveCase',
  arkivsaksnummer: 'archiveCase',
  arkivkode: 'archiveCode',
  dato: 'date',
  vedlegg: 'attachments',
};
const LABEL_LINE = /^([\p{L} ]{3,30}?)\s*:\s*(.*)$/u;
// «Rådmannens innstilling», «Innstilling frå rådmannen», «Framlegg til vedtak», «Kommunedirektørens forslag til vedtak».
const RECOMMENDATION =
  /^(?:(rådmannens|rådmannen sin|kommunedirektørens|kommunedirektøren si|kommunedirektøren sitt)\s+)?(innstilling|tilråding|framlegg til vedtak|forslag til vedtak)(?:\s+(?:fra|frå)\s+(rådmannen|kommunedirektøren))?\s*:?$/i;

/** Lines of a block, split at Word's line breaks (`<br>`). */
function lines(node: Element): string[] {
  const out: string[] = [''];
  const walk = (n: ElementContent) => {
    if (n.type === 'text') out[out.length - 1] += n.value;
    else if (n.type === 'element' && n.tagName === 'br') out.push('');
    else if (n.type === 'element') n.children.forEach(walk);
  };
  node.children.forEach(walk);
  return out.map((l) => l.trim()).filter((l) => l !== '');
}

/** A label line («Sakshandsamar: Anders Teigen», «Arkivsak : 17/596 -») as field and value. */
function labelled(line: string) {
  const m = LABEL_LINE.exec(line);
  const field = m && LABELS[fold(m[1] as string).replace(/\s+/g, '')];
  return field ? { field, value: (m[2] as string).replace(/[\s\-–]+$/, '').trim() } : undefined;
}

/** The rows of a table as cell texts. */
function rows(table: Element): string[][] {
  const out: string[][] = [];
  const walk = (n: ElementContent) => {
    if (n.type !== 'element') return;
    if (n.tagName === 'tr')
      out.push(
        n.children
          .filter((c): c is Element => c.type === 'element' && /^t[dh]$/.test(c.tagName))
          .map((c) => toText(c).trim()),
      );
    else n.children.forEach(walk);
  };
  table.children.forEach(walk);
  return out;
}

/** The Saksnr/Utval/Møtedato table as route rows, or undefined when the table is not one. */
function routeTable(table: Element): RouteRow[] | undefined {
  const [head, ...rest] = rows(table);
  if (!head) return undefined;
  const col = (re: RegExp) => head.findIndex((c) => re.test(fold(c)));
  const body = col(/^utval(g)?$/);
  const date = col(/^motedato$/);
  const caseNo = col(/^saksnr\.?$|^saksnummer$/);
  if (body < 0 || (date < 0 && caseNo < 0)) return undefined;
  return rest
    .filter((r) => (r[body] ?? '') !== '')
    .map((r) => ({
      body: r[body] as string,
      ...(date >= 0 && r[date] ? { meetingDate: r[date] } : {}),
      ...(caseNo >= 0 && r[caseNo] ? { caseNumber: r[caseNo] } : {}),
    }));
}

/** A point of the innstilling: its text without the number Word's user typed («1. », «2) »). */
const point = (text: string): string => text.replace(/^\d+\s*[.)]\s+/, '').trim();

/**
 * Finds in mammoth's blocks what a municipal Word template carries: the
 * type word and kommune line at the top, the title, the label lines and
 * header tables (saksbehandlar, arkivsak, arkivkode, dato, vedlegg), the
 * route table, the innstilling section; drops template marker lines and a
 * Word table of contents. What remains is the body.
 */
export function recognise(root: Root, kommuner: readonly string[]): Recognised {
  const out: Recognised = { attachments: [], route: [], body: [], dropped: { markers: 0, toc: 0 } };
  const blocks = root.children.filter((n) => n.type === 'element');
  const knownKommune = new Map(kommuner.map((k) => [fold(k), k] as const));
  let inHeader = true;
  let inToc = false;
  let i = 0;
  const setField = (field: string, value: string): void => {
    if (value === '') return;
    if (field === 'attachments') out.attachments.push(...value.split(/\s*;\s*/).filter(Boolean));
    else if (!(field in out)) (out as unknown as Record<string, string>)[field] = value;
  };
  while (i < blocks.length) {
    const node = blocks[i] as Element;
    const text = blockText(node);
    i += 1;
    if (text === '' && !hasImage(node)) continue;
    if (isFootnoteList(node)) {
      out.body.push(node);
      continue;
    }
    if (MARKER.test(text)) {
      out.dropped.markers += 1;
      continue;
    }
    if (hasClass(node, 'planverk-toc') || (inToc && TOC_LINE.test(text))) {
      out.dropped.toc += 1;
      inToc = true;
      continue;
    }
    inToc = false;
    if (
      TOC_TITLE.test(text) &&
      (hasClass(blocks[i] as RootContent, 'planverk-toc') || TOC_LINE.test(blockText(blocks[i])))
    ) {
      out.dropped.toc += 1;
      inToc = true;
      continue;
    }
    const rec = RECOMMENDATION.exec(text);
    if (rec && (isHeading(node) || node.tagName === 'p')) {
      const who = rec[1] ?? rec[3];
      const points: string[] = [];
      while (i < blocks.length) {
        const next = blocks[i] as Element;
        if (isFootnoteList(next)) break;
        if (isHeading(next) && (!isHeading(node) || level(next) <= level(node))) break;
        i += 1;
        const nextText = blockText(next);
        if (MARKER.test(nextText)) {
          out.dropped.markers += 1;
          continue;
        }
        if (next.tagName === 'ol' || next.tagName === 'ul')
          for (const li of next.children)
            if (li.type === 'element' && li.tagName === 'li') points.push(point(toText(li)));
        if (next.tagName === 'p' && nextText !== '') points.push(point(nextText));
      }
      if (points.length > 0)
        out.recommendation = {
          ...(who ? { from: /kommunedirekt/i.test(who) ? 'Kommunedirektøren' : 'Rådmannen' } : {}),
          points: points.filter(Boolean),
        };
      continue;
    }
    if (node.tagName === 'table') {
      const route = routeTable(node);
      if (route) {
        out.route.push(...route);
        continue;
      }
      const cells = rows(node);
      const fields = cells.flatMap((r) =>
        r.length === 2
          ? [labelled(`${(r[0] as string).replace(/:$/, '')}: ${r[1] as string}`)]
          : r.map((c) => labelled(c)),
      );
      if (fields.length > 0 && fields.every(Boolean)) {
        for (const f of fields) if (f) setField(f.field, f.value);
        continue;
      }
    }
    if (node.tagName === 'p' || isHeading(node)) {
      const ls = lines(node);
      const first = ls[0] ? labelled(ls[0]) : undefined;
      if (first) {
        setField(first.field, first.value);
        if (first.field === 'attachments') {
          out.attachments.push(...ls.slice(1));
          const list = blocks[i] as Element | undefined;
          if (
            list &&
            (list.tagName === 'ul' || list.tagName === 'ol') &&
            first.value === '' &&
            ls.length === 1
          ) {
            i += 1;
            for (const li of list.children)
              if (li.type === 'element') out.attachments.push(toText(li).trim());
          }
        } else
          for (const l of ls.slice(1)) {
            const f = labelled(l);
            if (f) setField(f.field, f.value);
          }
        continue;
      }
    }
    if (inHeader) {
      const folded = fold(text.replace(/:$/, ''));
      if (!out.type && TYPE_MARKERS[folded]) {
        out.type = TYPE_MARKERS[folded];
        continue;
      }
      const kommuneLine = /^(.+?)\s+kommune:?$/i.exec(text);
      const kommune = kommuneLine && knownKommune.get(fold(kommuneLine[1] as string));
      if (kommune) {
        out.kommune ??= kommune;
        continue;
      }
      if (out.title !== undefined && PERIOD.test(text)) {
        out.period ??= text;
        continue;
      }
      if (
        out.title === undefined &&
        (isHeading(node) || (node.tagName === 'p' && text.length < 150))
      ) {
        out.title = text;
        continue;
      }
      inHeader = false;
    }
    out.body.push(node);
  }
  const titled = out.title === undefined ? undefined : typeFromTitle(out.title);
  if (!out.type && titled) out.type = titled;
  return out;
}

/** mammoth's list of footnotes or endnotes (`<ol><li id="footnote-2">…`), kept for the body's end. */
export function isFootnoteList(node: RootContent | undefined): boolean {
  if (node?.type !== 'element' || node.tagName !== 'ol') return false;
  const items = node.children.filter((c): c is Element => c.type === 'element');
  return (
    items.length > 0 &&
    items.every((li) => /^(?:footnote|endnote)-\d+$/.test(String(li.properties['id'] ?? '')))
  );
}

/** The type a title names in its last word: «Felles digitaliseringsstrategi» is a strategi. */
export function typeFromTitle(title: string): DocType | undefined {
  const last = fold(title.split(/\s+/).at(-1) ?? '');
  return (['handlingsplan', 'strategi', 'plan', 'notat', 'orientering'] as const).find((ty) =>
    last.endsWith(ty),
  );
}

function hasImage(node: Element): boolean {
  return node.children.some((c) => c.type === 'element' && (c.tagName === 'img' || hasImage(c)));
}
