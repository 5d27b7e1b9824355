import { xmlEscape } from '../core/xml.ts';
import { publishable } from '../core/unsafe-chars.ts';

/**
 * The Planverk XMP namespace: the archive facts of a document that no
 * standard schema carries. Documented for archive staff in
 * docs/pdf-conformance.md; PDF/A requires the extension schema description
 * below for every namespace it does not predefine (ISO 19005-2 §6.6.2.3).
 */
export const PLANVERK_NS = 'https://planverk.no/ns/1.0/';
export const PLANVERK_PREFIX = 'planverk';

/** The PDF/UA identification namespace, which PDF/A-2 does not predefine either. */
const PDFUAID_NS = 'http://www.aiim.org/pdfua/ns/id/';

/** The PDF/A part and conformance level every official PDF claims (see docs/pdf-conformance.md). */
export const PDFA_PART = 2;
export const PDFA_CONFORMANCE = 'A';
export const PDFUA_PART = 1;

/** What the XMP packet says; every text must equal its Info dictionary counterpart. */
export interface XmpFields {
  title: string;
  /** BCP 47 language of the document: `nb` or `nn`. */
  language: string;
  /** Info /Author: the kommune(r) as one line. */
  creator: string;
  /** Info /Subject: the samandrag. */
  description: string;
  /** dc:subject, one entry per emneord. */
  keywords: readonly string[];
  /** Info /Keywords, exactly as written there. */
  keywordsLine: string;
  creatorTool: string;
  producer: string;
  /** ISO date-time, also Info /CreationDate, /ModDate. */
  date: string;
  planverk: PlanverkFields;
}

/** The Planverk namespace properties; an absent value is left out. */
export interface PlanverkFields {
  arkivsak?: string | undefined;
  arkivkode?: string | undefined;
  dokumenttype: string;
  status: string;
  vedtaksdato?: string | undefined;
  /** Absolute URL of the official version on the web. */
  url: string;
}

/** The Planverk properties as the extension schema describes them: name, XMP value type, meaning. */
export const PLANVERK_PROPERTIES = [
  ['arkivsak', 'Text', 'Archive case number (Noark 5 saksnummer), e.g. 17/596'],
  ['arkivkode', 'Text', 'Archive classification code (arkivkode), e.g. 010'],
  [
    'dokumenttype',
    'Text',
    'Planverk document type: strategi, plan, handlingsplan, saksframlegg, orientering or notat',
  ],
  ['status', 'Text', 'Document status: horing, vedtatt or opphevet'],
  ['vedtaksdato', 'Date', 'Date of the latest decision (vedtak) on the document'],
  ['url', 'URI', 'Where the official version of the document is published'],
] as const;

const text = (value: string): string => xmlEscape(publishable(value));

function langAlt(value: string, language: string): string {
  // x-default first: PDF/A compares Info /Title and /Subject with it.
  return (
    `<rdf:Alt><rdf:li xml:lang="x-default">${text(value)}</rdf:li>` +
    `<rdf:li xml:lang="${text(language)}">${text(value)}</rdf:li></rdf:Alt>`
  );
}

function extensionSchema(
  name: string,
  ns: string,
  prefix: string,
  props: readonly (readonly [string, string, string])[],
): string {
  const properties = props
    .map(
      ([prop, type, meaning]) =>
        `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${prop}</pdfaProperty:name>` +
        `<pdfaProperty:valueType>${type}</pdfaProperty:valueType>` +
        `<pdfaProperty:category>external</pdfaProperty:category>` +
        `<pdfaProperty:description>${text(meaning)}</pdfaProperty:description></rdf:li>`,
    )
    .join('');
  return (
    `<rdf:li rdf:parseType="Resource"><pdfaSchema:schema>${text(name)}</pdfaSchema:schema>` +
    `<pdfaSchema:namespaceURI>${ns}</pdfaSchema:namespaceURI>` +
    `<pdfaSchema:prefix>${prefix}</pdfaSchema:prefix>` +
    `<pdfaSchema:property><rdf:Seq>${properties}</rdf:Seq></pdfaSchema:property></rdf:li>`
  );
}

/**
 * The XMP packet of an official PDF: Dublin Core, XMP basic, Adobe PDF,
 * the PDF/A and PDF/UA identification, the Planverk namespace, and the
 * extension schemas PDF/A needs to accept `pdfuaid` and `planverk`.
 * Deterministic: the same fields give the same bytes.
 */
export function buildXmp(fields: XmpFields): string {
  const p = fields.planverk;
  const planverk = [
    ['arkivsak', p.arkivsak],
    ['arkivkode', p.arkivkode],
    ['dokumenttype', p.dokumenttype],
    ['status', p.status],
    ['vedtaksdato', p.vedtaksdato],
    ['url', p.url],
  ]
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(
      ([name, value]) => `<${PLANVERK_PREFIX}:${name}>${text(value)}</${PLANVERK_PREFIX}:${name}>`,
    )
    .join('\n   ');
  const subjects = fields.keywords.map((k) => `<rdf:li>${text(k)}</rdf:li>`).join('');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdfuaid="${PDFUAID_NS}"
    xmlns:${PLANVERK_PREFIX}="${PLANVERK_NS}"
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <dc:format>application/pdf</dc:format>
   <dc:title>${langAlt(fields.title, fields.language)}</dc:title>
   <dc:creator><rdf:Seq><rdf:li>${text(fields.creator)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description>${langAlt(fields.description, fields.language)}</dc:description>
   <dc:language><rdf:Bag><rdf:li>${text(fields.language)}</rdf:li></rdf:Bag></dc:language>
   <dc:subject><rdf:Bag>${subjects}</rdf:Bag></dc:subject>
   <xmp:CreatorTool>${text(fields.creatorTool)}</xmp:CreatorTool>
   <xmp:CreateDate>${fields.date}</xmp:CreateDate>
   <xmp:ModifyDate>${fields.date}</xmp:ModifyDate>
   <xmp:MetadataDate>${fields.date}</xmp:MetadataDate>
   <pdf:Producer>${text(fields.producer)}</pdf:Producer>
   <pdf:Keywords>${text(fields.keywordsLine)}</pdf:Keywords>
   <pdfaid:part>${PDFA_PART}</pdfaid:part>
   <pdfaid:conformance>${PDFA_CONFORMANCE}</pdfaid:conformance>
   <pdfuaid:part>${PDFUA_PART}</pdfuaid:part>
   ${planverk}
   <pdfaExtension:schemas><rdf:Bag>${extensionSchema('PDF/UA identification schema', PDFUAID_NS, 'pdfuaid', [['part', 'Integer', 'Part of PDF/UA standard']])}${extensionSchema('Planverk archive facts', PLANVERK_NS, PLANVERK_PREFIX, PLANVERK_PROPERTIES)}</rdf:Bag></pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}
