import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { formatDate, formatPeriod, docStatusLabel } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import type { Heading, PlanDocument } from '../model/types.ts';
import { tocEntries as tocLevels } from '../model/headings.ts';
import { documentUrl } from '../core/urls.ts';

/** Documents with at least this many body headings get a table of contents. */
export const TOC_MIN_HEADINGS = 4;

/** A coat of arms to show on the title block. */
export interface CoatOfArms {
  src: string;
  alt: string;
}

/** One row of the title block's fact table («Arkivsak: 17/596»). */
export interface MetaRow {
  label: string;
  value: string;
}

/** One line of the table of contents. */
export interface TocEntry {
  anchor: string;
  text: string;
  /** 0 for top-level sections, 1 for their subsections. */
  level: number;
}

/** Ids of the sections the print layout adds around the body; unlike body anchors they start with `pdf-`. */
export const SECTION_IDS = {
  toc: 'pdf-innhald',
  route: 'pdf-saksgang',
  recommendation: 'pdf-innstilling',
  decisions: 'pdf-vedtak',
  focusAreas: 'pdf-satsingsomrade',
  actionPlan: 'pdf-handlingsplan',
  attachments: 'pdf-vedlegg',
} as const;

/** Everything the print layout shows around the body, in the document's målform. */
export interface PrintView {
  kommune: string;
  arms: CoatOfArms[];
  typeLabel: string;
  /** «Levanger kommune · Orienteringsnotat til …», the running header from page 2. */
  runningHeader: string;
  /** Text of the footer before the page counters: «Side ». */
  pageWord: string;
  /** Word between the counters: « av ». */
  ofWord: string;
  meta: MetaRow[];
  /** Empty when the document has fewer than TOC_MIN_HEADINGS body headings. */
  toc: TocEntry[];
  /** Shown on every page of a draft (preview builds only). */
  draftMark: string | undefined;
  /** Absolute URL of the document's web page: where the official version lives. */
  officialUrl: string;
  /** «Offisiell versjon: https://…», the footer of every page, page 1 too. */
  officialLine: string;
}

/**
 * Builds the print view of a document: the title block's facts, the running
 * header, and the table of contents (the layout's own sections, in the order
 * the layout prints them, plus the body's two top heading levels).
 */
export function buildPrintView(
  doc: PlanDocument,
  bodyHeadings: readonly Heading[],
  config: SiteConfig,
  publicDir: string,
): PrintView {
  const m = doc.malform;
  const kommune = t(m, 'print.kommuneLine', doc.kommune);
  const arms = doc.kommune.flatMap((name) => {
    const entry = config.kommuner.find((k) => k.name === name);
    if (!entry || !existsSync(path.join(publicDir, entry.coatOfArms))) return [];
    return [
      { src: entry.coatOfArms, alt: entry.coatOfArmsAlt ?? t(m, 'print.coatOfArms', { name }) },
    ];
  });
  const meta: MetaRow[] = [];
  const add = (label: string, value: string | undefined): void => {
    if (value) meta.push({ label, value });
  };
  add(t(m, 'status'), docStatusLabel(doc, m));
  add(t(m, 'date'), formatDate(doc.date, m));
  add(t(m, 'deadline'), doc.consultationDeadline && formatDate(doc.consultationDeadline, m));
  add(t(m, 'period'), doc.period && formatPeriod(doc.period));
  add(t(m, 'caseNumber'), doc.caseNumber);
  add(t(m, 'archiveCode'), doc.archiveCode);
  add(t(m, 'caseOfficer'), doc.caseOfficer);
  add(t(m, 'responsible'), doc.responsible);
  const officialUrl = new URL(documentUrl(doc), config.baseUrl).href;
  return {
    kommune,
    arms,
    typeLabel: t(m, `type.${doc.type}`),
    runningHeader: [kommune, doc.title].filter(Boolean).join(' · '),
    pageWord: `${t(m, 'print.page')} `,
    ofWord: ` ${t(m, 'print.of')} `,
    meta,
    toc: bodyHeadings.length >= TOC_MIN_HEADINGS ? tocEntries(doc, bodyHeadings) : [],
    draftMark: doc.status === 'utkast' ? t(m, 'draft') : undefined,
    officialUrl,
    officialLine: t(m, 'print.officialVersion', { url: officialUrl }),
  };
}

function tocEntries(doc: PlanDocument, bodyHeadings: readonly Heading[]): TocEntry[] {
  const m = doc.malform;
  const entries: TocEntry[] = [];
  const section = (present: boolean, anchor: string, text: string): void => {
    if (present) entries.push({ anchor, text, level: 0 });
  };
  section(doc.route.length > 0, SECTION_IDS.route, t(m, 'route'));
  section(
    (doc.recommendation?.points.length ?? 0) > 0,
    SECTION_IDS.recommendation,
    t(m, 'recommendation'),
  );
  section(doc.decisions.length > 0, SECTION_IDS.decisions, t(m, 'decisions'));
  section(doc.focusAreas.length > 0, SECTION_IDS.focusAreas, t(m, 'focusAreas'));
  for (const { heading: h, level } of tocLevels(bodyHeadings)) {
    entries.push({ anchor: h.anchor, text: h.text, level });
  }
  section(doc.actionPlan.length > 0, SECTION_IDS.actionPlan, t(m, 'actionPlan'));
  section(doc.attachments.length > 0, SECTION_IDS.attachments, t(m, 'attachments'));
  return entries;
}

/**
 * The per-document page rules: the running header and the «Side X av Y»
 * footer as CSS margin boxes, suppressed on the first page (the title
 * block); the address of the official version bottom left on every page,
 * so a single printed or archived page says where the original lives.
 */
export function pageRules(view: PrintView): string {
  const header = view.draftMark ? `${view.draftMark} · ${view.runningHeader}` : view.runningHeader;
  return [
    `@page { @top-left { content: ${cssString(header)}; }`,
    `  @bottom-right { content: ${cssString(view.pageWord)} counter(page) ${cssString(view.ofWord)} counter(pages); }`,
    `  @bottom-left { content: ${cssString(view.officialLine)}; } }`,
    '@page :first { @top-left { content: none; } @bottom-right { content: none; } }',
  ].join('\n');
}

/**
 * Quotes text as a CSS string literal: escapes quotes and backslashes, turns
 * line breaks into spaces, and writes `<` as `\3c ` so a title can never
 * close the `<style>` element it sits in.
 */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\n\r\f]/g, ' ')
    .replace(/</g, '\\3c ');
  return `"${escaped}"`;
}
