/**
 * Wording of the problems with files that would be published: a type that
 * is not safe to serve from the site, content that is not what the name
 * says, an SVG that is more than a drawing, two files at one address. The
 * same rule ids serve `vedlegg` (frontmatter) and files a body links to or
 * shows. Spread into MESSAGES in problems.ts.
 */
import type { Malform } from '../core/types.ts';
import type { MessageArgs } from './problems.ts';

type Text = (a: MessageArgs) => string;

/** The allowed types as a clerk reads them, as docs/rettleiing.md lists them; keep both and PUBLISHABLE in src/lib/files/file-types.ts in step. */
export const ALLOWED_TYPES_TEXT: Record<Malform, string> = {
  nb: 'PDF, PNG, JPEG, WebP, GIF, SVG (uten skript), Word (.doc, .docx), Excel (.xls, .xlsx), PowerPoint (.ppt, .pptx), OpenDocument (.odt, .ods, .odp), RTF, CSV, TXT og ZIP',
  nn: 'PDF, PNG, JPEG, WebP, GIF, SVG (utan skript), Word (.doc, .docx), Excel (.xls, .xlsx), PowerPoint (.ppt, .pptx), OpenDocument (.odt, .ods, .odp), RTF, CSV, TXT og ZIP',
};

/** What sniff.ts found in a file, as a clerk would say it. */
const FOUND: Record<string, { nb: string; nn: string }> = {
  HTML: { nb: 'en nettside (HTML)', nn: 'ei nettside (HTML)' },
  XML: { nb: 'XML', nn: 'XML' },
  SVG: { nb: 'en SVG-tegning', nn: 'ei SVG-teikning' },
  PDF: { nb: 'en PDF', nn: 'ein PDF' },
  PNG: { nb: 'et PNG-bilde', nn: 'eit PNG-bilete' },
  JPEG: { nb: 'et JPEG-bilde', nn: 'eit JPEG-bilete' },
  GIF: { nb: 'et GIF-bilde', nn: 'eit GIF-bilete' },
  WebP: { nb: 'et WebP-bilde', nn: 'eit WebP-bilete' },
  ZIP: {
    nb: 'en ZIP-fil (eller en Office-fil i nytt format, .docx/.xlsx/.pptx)',
    nn: 'ei ZIP-fil (eller ei Office-fil i nytt format, .docx/.xlsx/.pptx)',
  },
  OLE: {
    nb: 'en Office-fil i gammelt format (.doc/.xls/.ppt)',
    nn: 'ei Office-fil i gammalt format (.doc/.xls/.ppt)',
  },
  RTF: { nb: 'RTF', nn: 'RTF' },
  'UTF-7': { nb: 'tekst med skjult HTML (UTF-7)', nn: 'tekst med løynd HTML (UTF-7)' },
  binary: { nb: 'ukjent binært innhold', nn: 'ukjent binært innhald' },
  text: { nb: 'vanlig tekst', nn: 'vanleg tekst' },
};
const found = (a: MessageArgs, m: 'nb' | 'nn'): string =>
  FOUND[a.other ?? '']?.[m] ?? a.other ?? '';
const kind = (ext: string | undefined, m: 'nb' | 'nn'): string =>
  ext
    ? m === 'nb'
      ? `en .${ext}-fil`
      : `ei .${ext}-fil`
    : m === 'nb'
      ? 'en fil uten filtype'
      : 'ei fil utan filtype';

/** Messages of the file rules, in both målformer. */
export const FILE_MESSAGES = {
  'fil-type': {
    nb: (a) =>
      `«${a.value}» er ${kind(a.detail, 'nb')}, og den typen kan ikke publiseres: nettsider, skript og ukjente filtyper kunne kjøre kode på nettstedet. Tillatt er ${ALLOWED_TYPES_TEXT.nb}. Lagre fila som PDF (eller en av de andre typene) og vis til den fila.`,
    nn: (a) =>
      `«${a.value}» er ${kind(a.detail, 'nn')}, og den typen kan ikkje publiserast: nettsider, skript og ukjende filtypar kunne køyre kode på nettstaden. Tillate er ${ALLOWED_TYPES_TEXT.nn}. Lagre fila som PDF (eller ein av dei andre typane) og vis til den fila.`,
  },
  'fil-innhald': {
    nb: (a) =>
      `«${a.value}» heter .${a.detail}, men innholdet er ${found(a, 'nb')}. En fil som ikke er det navnet sier, blir ikke publisert (en nettleser kunne tolke den som en nettside). Åpne fila i programmet den er laget i, og lagre den på nytt som ${a.detail?.toUpperCase()} eller PDF. Tillatt er ${ALLOWED_TYPES_TEXT.nb}.`,
    nn: (a) =>
      `«${a.value}» heiter .${a.detail}, men innhaldet er ${found(a, 'nn')}. Ei fil som ikkje er det namnet seier, blir ikkje publisert (ein nettlesar kunne tolke ho som ei nettside). Opne fila i programmet ho er laga i, og lagre ho på nytt som ${a.detail?.toUpperCase()} eller PDF. Tillate er ${ALLOWED_TYPES_TEXT.nn}.`,
  },
  'svg-ugyldig': {
    nb: (a) =>
      `SVG-fila «${a.value}» er ikke gyldig XML (linje ${a.line} i SVG-fila: ${a.detail}), så den blir ikke publisert. Eksporter tegningen på nytt som SVG fra tegneprogrammet, eller lagre den som PNG.`,
    nn: (a) =>
      `SVG-fila «${a.value}» er ikkje gyldig XML (linje ${a.line} i SVG-fila: ${a.detail}), så ho blir ikkje publisert. Eksporter teikninga på nytt som SVG frå teikneprogrammet, eller lagre ho som PNG.`,
  },
  'svg-aktivt': {
    nb: (a) =>
      `SVG-fila «${a.value}» inneholder ${a.detail} (linje ${a.line} i SVG-fila). En SVG blir bare publisert når den er en ren tegning: uten skript, hendelser (on…), <foreignObject>, <!DOCTYPE> og lenker eller stiler som henter noe utenfor fila. Eksporter tegningen på nytt som «vanlig SVG» eller «optimalisert SVG», eller lagre den som PNG.`,
    nn: (a) =>
      `SVG-fila «${a.value}» inneheld ${a.detail} (linje ${a.line} i SVG-fila). Ei SVG blir berre publisert når ho er ei rein teikning: utan skript, hendingar (on…), <foreignObject>, <!DOCTYPE> og lenkjer eller stilar som hentar noko utanfor fila. Eksporter teikninga på nytt som «vanleg SVG» eller «optimalisert SVG», eller lagre ho som PNG.`,
  },
  'fil-adresse': {
    nb: (a) =>
      `«${a.value}» blir publisert på samme adresse (${a.detail}) som ${a.other === undefined ? 'PDF-en av dokumentet' : `«${a.other}»${a.line ? ` (linje ${a.line})` : ''}`}, fordi store og små bokstaver, mellomrom og æ/ae, ø/o, å/a blir like i adressen. Gi en av filene et annet navn.`,
    nn: (a) =>
      `«${a.value}» blir publisert på same adresse (${a.detail}) som ${a.other === undefined ? 'PDF-en av dokumentet' : `«${a.other}»${a.line ? ` (linje ${a.line})` : ''}`}, fordi store og små bokstavar, mellomrom og æ/ae, ø/o, å/a blir like i adressa. Gi ei av filene eit anna namn.`,
  },
} satisfies Record<string, { nb: Text; nn: Text }>;
