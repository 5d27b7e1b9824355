import { createHash } from 'node:crypto';
import type { IsoDate, PlanDocument } from '../model/types.ts';
import { xmlEscape } from '../core/xml.ts';

/** The Noark 5 arkivstruktur namespace (arkivstruktur.xsd, Noark 5 v5.5). */
export const NOARK_NS = 'http://www.arkivverket.no/standarder/noark5/arkivstruktur';
/** Planverk's own facts that Noark has no element for, under virksomhetsspesifikkeMetadata. */
export const PLANVERK_ARCHIVE_NS = 'https://planverk.example.no/ns/arkiv/1.0/';

/**
 * PRONOM format id of the official PDFs (PDF/A-2a, what src/lib/pdf/xmp.ts
 * declares): Noark 5 v5.5 names `format` by its PRONOM id.
 */
export const PDF_A_2A_PRONOM = 'fmt/476';

/** One archived file: a document's official PDF as copied into the hand-off folder. */
export interface ArchivedFile {
  doc: PlanDocument;
  /** The decision date the selection used (see period.ts). */
  decided: IsoDate;
  /** Path inside the hand-off folder, POSIX (`DOKUMENT/…pdf`): referanseDokumentfil. */
  file: string;
  bytes: number;
  /** SHA-256 of the file, lower-case hex. */
  sha256: string;
  /** Absolute URL of the document's web page. */
  url: string;
}

/** What the whole hand-off says about itself. */
export interface HandOff {
  /** Site name (arkiv/tittel). */
  title: string;
  from: IsoDate;
  to: IsoDate;
  kommune?: string | undefined;
  /** When the folder was written (arkivertDato), ISO date-time. */
  written: string;
  files: ArchivedFile[];
}

/** A stable systemID (UUID form) from a name: the same document gets the same id in every hand-off. */
export function systemId(name: string): string {
  const h = createHash('sha256').update(`planverk:${name}`).digest('hex');
  // Shaped as an RFC 4122 version 5-style UUID (variant bits set), from SHA-256 rather than SHA-1.
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** «17/596» → saksår 2017 and sekvensnummer 596; undefined when the arkivsak has another form. */
export function splitCaseNumber(
  caseNumber: string,
): { year: number; sequence: number } | undefined {
  const match = /^(\d{2}|\d{4})\/(\d+)$/.exec(caseNumber.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  return { year: year < 100 ? 2000 + year : year, sequence: Number(match[2]) };
}

const el = (name: string, value: string | number | undefined, indent: string): string[] =>
  value === undefined || value === ''
    ? []
    : [`${indent}<${name}>${xmlEscape(String(value))}</${name}>`];

/**
 * Writes arkivstruktur.xml: arkiv → arkivdel → one mappe (saksmappe) per
 * arkivsak → one registrering per document → its dokumentbeskrivelse →
 * the dokumentobjekt of its PDF/A file with format, size and checksum.
 * Element names and order follow arkivstruktur.xsd; docs/arkiv.md maps
 * each to the frontmatter field it comes from. A document without arkivsak
 * gets a mappe of its own (mappeID = the document id).
 */
export function arkivstrukturXml(handOff: HandOff): string {
  const groups = new Map<string, ArchivedFile[]>();
  for (const file of handOff.files) {
    const key = file.doc.caseNumber ?? `dokument:${file.doc.id}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  const periodText = `${handOff.from} – ${handOff.to}`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<arkiv xmlns="${NOARK_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:pv="${PLANVERK_ARCHIVE_NS}">`,
    ...el('systemID', systemId(`arkiv:${handOff.title}`), '  '),
    ...el('tittel', handOff.title, '  '),
    ...el('arkivstatus', 'Avsluttet', '  '),
    '  <arkivdel>',
    ...el(
      'systemID',
      systemId(`arkivdel:${handOff.from}:${handOff.to}:${handOff.kommune ?? ''}`),
      '    ',
    ),
    ...el(
      'tittel',
      `Vedtatte dokumenter ${periodText}${handOff.kommune ? `, ${handOff.kommune}` : ''}`,
      '    ',
    ),
    ...el('arkivdelstatus', 'Avsluttet periode', '    '),
    ...el('arkivperiodeStartDato', handOff.from, '    '),
    ...el('arkivperiodeSluttDato', handOff.to, '    '),
  ];
  for (const [key, files] of groups) {
    const first = files[0] as ArchivedFile;
    const caseNumber = first.doc.caseNumber;
    const split = caseNumber === undefined ? undefined : splitCaseNumber(caseNumber);
    out.push(
      '    <mappe xsi:type="saksmappe">',
      ...el('systemID', systemId(`mappe:${key}`), '      '),
      ...el('mappeID', caseNumber ?? first.doc.id, '      '),
      ...el(
        'tittel',
        caseNumber === undefined || files.length === 1 ? first.doc.title : caseNumber,
        '      ',
      ),
      ...el('opprettetDato', first.doc.date, '      '),
      ...el('opprettetAv', first.doc.kommune.join(', '), '      '),
    );
    if (first.doc.archiveCode) {
      out.push(
        '      <klassifikasjon>',
        ...el('klasseID', first.doc.archiveCode, '        '),
        '      </klassifikasjon>',
      );
    }
    for (const file of files) out.push(...registrering(file, handOff.written));
    out.push(
      ...el('saksaar', split?.year, '      '),
      ...el('sekvensnummer', split?.sequence, '      '),
      ...el('saksdato', first.doc.date, '      '),
      ...el('saksansvarlig', first.doc.caseOfficer ?? first.doc.responsible, '      '),
      ...el('saksstatus', 'Avsluttet', '      '),
      '    </mappe>',
    );
  }
  out.push('  </arkivdel>', '</arkiv>', '');
  return out.join('\n');
}

function registrering(file: ArchivedFile, written: string): string[] {
  const { doc } = file;
  const i = '      ';
  return [
    `${i}<registrering>`,
    ...el('systemID', systemId(`registrering:${doc.id}`), `${i}  `),
    ...el('opprettetDato', doc.date, `${i}  `),
    ...el('opprettetAv', doc.kommune.join(', '), `${i}  `),
    ...el('arkivertDato', written, `${i}  `),
    ...el('arkivertAv', 'Planverk (npm run arkiv)', `${i}  `),
    ...el('tittel', doc.title, `${i}  `),
    ...el('beskrivelse', doc.summary, `${i}  `),
    ...doc.keywords.flatMap((k) => el('noekkelord', k, `${i}  `)),
    `${i}  <dokumentbeskrivelse>`,
    ...el('systemID', systemId(`dokumentbeskrivelse:${doc.id}`), `${i}    `),
    ...el('dokumenttype', doc.type, `${i}    `),
    ...el('dokumentstatus', 'Dokumentet er ferdigstilt', `${i}    `),
    ...el('tittel', doc.title, `${i}    `),
    ...el('opprettetDato', doc.date, `${i}    `),
    ...el('opprettetAv', doc.kommune.join(', '), `${i}    `),
    ...el('tilknyttetRegistreringSom', 'Hoveddokument', `${i}    `),
    ...el('dokumentnummer', 1, `${i}    `),
    `${i}    <dokumentobjekt>`,
    ...el('versjonsnummer', 1, `${i}      `),
    ...el('variantformat', 'Arkivformat', `${i}      `),
    ...el('format', PDF_A_2A_PRONOM, `${i}      `),
    ...el('formatDetaljer', 'PDF/A-2a, PDF/UA-1', `${i}      `),
    ...el('mimeType', 'application/pdf', `${i}      `),
    ...el('referanseDokumentfil', file.file, `${i}      `),
    ...el('sjekksum', file.sha256, `${i}      `),
    ...el('sjekksumAlgoritme', 'SHA-256', `${i}      `),
    ...el('filstoerrelse', file.bytes, `${i}      `),
    `${i}    </dokumentobjekt>`,
    `${i}  </dokumentbeskrivelse>`,
    `${i}  <virksomhetsspesifikkeMetadata>`,
    ...el('pv:dokumentId', doc.id, `${i}    `),
    ...el('pv:status', doc.status, `${i}    `),
    ...el('pv:vedtaksdato', file.decided, `${i}    `),
    ...el('pv:malform', doc.malform, `${i}    `),
    ...el('pv:url', file.url, `${i}    `),
    `${i}  </virksomhetsspesifikkeMetadata>`,
    `${i}</registrering>`,
  ];
}
