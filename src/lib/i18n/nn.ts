/**
 * Every word a reader or clerk sees, in nynorsk: page words (`ui`), content
 * problems, status-file problems, the check summary, Markdown messages, print,
 * data-page, search and `npm run new` words. nb.ts holds exactly the same
 * keys (the type checker makes sure). Look words up with `t` (index.ts); a
 * string's `{name}` placeholders are filled there, a message with logic
 * (plural, lists) is a function. Tests snapshot the wording.
 */
import type { Dictionary } from './nb.ts';
import type { ExtraKeys, MessageArgs, Render } from './types.ts';
import { list, target } from './text.ts';

/** Page words: pages, components, the PDF cover, social cards. */
const ui = {
  skipLink: 'Hopp til hovudinnhaldet',
  mainNav: 'Hovudmeny',
  menu: 'Meny',
  menuWithSearch: 'Søk og meny',
  home: 'Framsida',
  allDocuments: 'Alle dokument',
  documentTypes: 'Dokumenttypar',
  navTiltak: 'Tiltak',
  navVedtak: 'Vedtak',
  navOpenData: 'Opne data',
  kommuner: 'Kommunar',
  accessibilityStatement: 'Tilgjengelegheitserklæring',
  contact: 'Kontakt',
  newest: 'Nyaste dokument',
  onConsultation: 'På høyring no',
  noneOnConsultation: 'Ingen dokument er på høyring no.',
  documentsCount: '{n} dokument',
  documentsCountOne: '1 dokument',
  documentsFrom: 'Dokument frå {kommune}',
  draft: 'Utkast – ikkje publisert',
  draftExplain: 'Denne sida blir berre vist i førehandsvisinga og blir ikkje publisert.',
  consultationOpen: 'Dokumentet er på høyring. Høyringsfristen er {date}.',
  consultationClosed: 'Dokumentet var på høyring. Høyringsfristen gjekk ut {date}.',
  consultationNoDeadline: 'Dokumentet er på høyring.',
  repealed: 'Dokumentet er oppheva.',
  replacedBy: 'Erstatta av',
  replaces: 'Erstattar',
  metaHeading: 'Om dokumentet',
  type: 'Type',
  status: 'Status',
  kommune: 'Kommune',
  date: 'Dato',
  period: 'Periode',
  caseNumber: 'Arkivsak',
  archiveCode: 'Arkivkode',
  caseOfficer: 'Saksbehandlar',
  responsible: 'Ansvarleg',
  deadline: 'Høyringsfrist',
  route: 'Saksgang',
  body: 'Utval',
  meetingDate: 'Møtedato',
  caseNo: 'Saksnr.',
  recommendation: 'Innstilling',
  recommendationFrom: 'Innstilling frå {from}',
  decisions: 'Vedtak',
  decisionIn: 'Vedtak i {organ}',
  focusAreas: 'Satsingsområde',
  goals: 'Mål',
  priority: 'Prioritet {n}',
  readSection: 'Les meir: {section}',
  actionPlan: 'Handlingsplan',
  actionPlanCaption: 'Tiltak i handlingsplanen',
  colAction: 'Tiltak',
  colFocusArea: 'Satsingsområde',
  colResponsible: 'Ansvar',
  colDeadline: 'Frist',
  colStatus: 'Status',
  colCost: 'Kostnad',
  colRemark: 'Merknad',
  actionStatusPer: 'per',
  actionHistory: 'Historikk',
  actionHistoryOf: 'Statushistorikk for «{name}»',
  actionFromDocument: 'i den vedtekne planen',
  actionFromUpdate: 'statusoppdatering',
  actionStatusNote:
    'Statusen for tiltaka er oppdatert etter at planen vart vedteken. Teksten i planen står uendra; den vedtekne statusen ligg i historikken.',
  actionAllTiltak: 'Alle tiltak med gjeldande status',
  attachments: 'Vedlegg',
  toc: 'Innhald',
  tocShow: 'Vis innhaldet',
  // Issue 14 (pages): long documents, wide tables and honest tiltak dates.
  tocJump: 'Til innhald',
  backToTop: 'Til toppen',
  tableScrollHint: 'Tabellen er brei: rull sidelengs for å sjå alle kolonnane.',
  actionStatusAtAdoption: 'ved vedtak',
  actionStatusInDocument: 'i dokumentet',
  followUp: 'Oppfølging',
  followUpReport: 'Statusrapport for tiltaka',
  followUpAreas: 'Satsingsområda, kvart med sine tiltak',
  related: 'Relaterte dokument',
  pdf: 'Last ned som PDF',
  notFoundTitle: 'Fann ikkje sida',
  notFoundText: 'Sida du leitar etter, finst ikkje eller er flytta.',
  notFoundBack: 'Gå til framsida',
  tertial: '{n}. tertial {year}',
  quarter: '{n}. kvartal {year}',
  kr: 'kr',
  'type.strategi': 'Strategi',
  'type.plan': 'Plan',
  'type.handlingsplan': 'Handlingsplan',
  'type.saksframlegg': 'Saksframlegg',
  'type.orientering': 'Orientering',
  'type.notat': 'Notat',
  'types.strategi': 'Strategiar',
  'types.plan': 'Planar',
  'types.handlingsplan': 'Handlingsplanar',
  'types.saksframlegg': 'Saksframlegg',
  'types.orientering': 'Orienteringar',
  'types.notat': 'Notat',
  'status.horing': 'På høyring',
  'status.vedtatt': 'Vedteken',
  'status.opphevet': 'Oppheva',
  'status.lagt-fram': 'Lagt fram',
  'action.planlagt': 'Planlagt',
  'action.pagar': 'Pågår',
  'action.fullfort': 'Fullført',
  'action.utsatt': 'Utsett',
  'action.avlyst': 'Avlyst',
  // Content model round (høringssvar): how to respond to a høring, on the page, the front page and in the PDF.
  respondEmail: 'Send høyringssvaret ditt på e-post til {link} innan fristen.',
  respondForm: 'Svar på høyringa i {link} innan fristen.',
  respondFormLink: 'skjemaet for høyringssvar',
  respondGeneric: 'Send høyringssvaret ditt til {kommune} innan fristen, på e-post eller brev.',
  respondCase: 'Merk svaret med saksnummer {caseNumber}.',
} satisfies Dictionary['ui'];

// ---- Parts the messages below are built from ----

const expected = {
  text: 'ein tekst',
  list: 'ei liste (linjer som byrjar med «- »)',
  object: 'felt med innrykk under',
  textOrList: 'ein tekst eller ei liste',
  objectOrText: 'ein tekst eller felt med innrykk under',
  number: 'eit tal',
};

/** What each YAML parser error means for a clerk, and what to do. */
const yamlHints = {
  TAB_AS_INDENT: 'innrykket inneheld tabulatorteikn. Bruk mellomrom (til dømes to) til innrykk',
  BAD_INDENT:
    'innrykket stemmer ikkje. Sjekk at felt på same nivå startar i same kolonne, og at ei liste i `[ ]` blir avslutta',
  MISSING_CHAR:
    'eit teikn manglar, ofte ein avsluttande `]`, `}` eller eit hermeteikn. Legg til teiknet som manglar',
  BLOCK_AS_IMPLICIT_KEY:
    'ei linje manglar kolon etter feltnamnet, eller innrykket er feil. Sjekk lina og den over',
  MULTILINE_IMPLICIT_KEY:
    'ei linje manglar kolon etter feltnamnet, eller ein tekst over fleire linjer står utan hermeteikn. Set teksten i hermeteikn',
  BAD_SCALAR_START:
    'ein verdi byrjar med eit teikn YAML ikkje godtek der (til dømes `@`, `` ` `` eller `%`). Set verdien i hermeteikn',
  BAD_DQ_ESCAPE:
    'ein tekst i doble hermeteikn har ein ugyldig `\\`. Bruk enkle hermeteikn, eller skriv `\\\\`',
  BAD_ALIAS:
    'ein `*` viser til eit anker (`&`) som ikkje finst. Set teksten i hermeteikn om `*` skal stå som teikn',
  TOO_MANY_ALIASES: `alias (\`*\`) utvidar frontmatter til for mange verdiar. Skriv verdiane ut i staden for å bruke alias`,
  MULTIPLE_DOCS:
    'det står ei ekstra linje med `---` i frontmatter. Fjern ho, slik at frontmatter har éi `---` før og éi etter',
  // Text hygiene and limits (issue 9): frontmatter nested deeper than any template.
  RESOURCE_EXHAUSTION:
    'frontmatter er nesta for djupt (lister i lister eller felt i felt i mange nivå). Skriv felta med færre nivå, slik malen viser',
  TOO_DEEP:
    'frontmatter er nesta for djupt (lister i lister eller felt i felt i mange nivå). Skriv felta med færre nivå, slik malen viser',
  UNEXPECTED_TOKEN:
    'eit teikn står der YAML ikkje ventar det, ofte eit kolon, `#`, `[` eller `{` i ein tekst utan hermeteikn. Set teksten i hermeteikn',
};

const yamlFallback =
  'sjekk innrykket og kolon etter feltnamnet, og set tekst som inneheld kolon, `#`, `[` eller `{` i hermeteikn';

/** What kind of unsafe character `tegn-ulovlig` found (its `code`), and the likely cause. */
const unsafeWhat = {
  control: ['eit usynleg styreteikn', 'Det kjem ofte frå tekst kopiert frå eit anna program'],
  c1: [
    'eit C1-styreteikn',
    'Det er ofte eit hermeteikn eller ein tankestrek som er lagra med feil koding',
  ],
  noncharacter: [
    'eit teikn som ikkje er gyldig i Unicode',
    'Det kjem ofte frå tekst kopiert frå eit anna program',
  ],
  surrogate: [
    'ein halv UTF-16-kode som ikkje er eit teikn',
    'Han kjem ofte frå ein `\\u`-kode i hermeteikn; skriv sjølve teiknet i staden',
  ],
  reference: [
    'ein teiknreferanse (`&#…;`) til eit teikn som ikkje kan publiserast',
    'Slike referansar har ingen plass i ein tekst',
  ],
};

/** The allowed types as a clerk reads them, as docs/rettleiing.md lists them; keep in step with PUBLISHABLE in src/lib/files/file-types.ts. */
const allowedTypes =
  'PDF, PNG, JPEG, WebP, GIF, SVG (utan skript), Word (.doc, .docx), Excel (.xls, .xlsx), PowerPoint (.ppt, .pptx), OpenDocument (.odt, .ods, .odp), RTF, CSV, TXT og ZIP';

/** What sniff.ts found in a file, as a clerk would say it. */
const found = {
  HTML: 'ei nettside (HTML)',
  XML: 'XML',
  SVG: 'ei SVG-teikning',
  PDF: 'ein PDF',
  PNG: 'eit PNG-bilete',
  JPEG: 'eit JPEG-bilete',
  GIF: 'eit GIF-bilete',
  WebP: 'eit WebP-bilete',
  ZIP: 'ei ZIP-fil (eller ei Office-fil i nytt format, .docx/.xlsx/.pptx)',
  OLE: 'ei Office-fil i gammalt format (.doc/.xls/.ppt)',
  RTF: 'RTF',
  'UTF-7': 'tekst med løynd HTML (UTF-7)',
  binary: 'ukjent binært innhald',
  text: 'vanleg tekst',
};

const yamlHint = (code: string | undefined): string =>
  Object.hasOwn(yamlHints, code ?? '') ? yamlHints[code as keyof typeof yamlHints] : yamlFallback;
const unsafe = (code: string | undefined) =>
  unsafeWhat[(code ?? 'control') in unsafeWhat ? (code as keyof typeof unsafeWhat) : 'control'];
const foundIn = (a: MessageArgs): string =>
  Object.hasOwn(found, a.other ?? '') ? found[a.other as keyof typeof found] : (a.other ?? '');
const kind = (ext: string | undefined): string => (ext ? `ei .${ext}-fil` : 'ei fil utan filtype');
const meant = (what: string | undefined): string =>
  what === undefined ? '' : ` Meinte du «${what}»?`;
const IMAGE_TYPES = 'PNG, JPEG, GIF, WebP og SVG';
const ALLOWED_HTML = '<b>, <i>, <u>, <s>, <sub>, <sup> og <br>';

// ---- Content problems (rule ids are stable) ----

const fileProblems = {
  'fil-type': (a) =>
    `«${a.value}» er ${kind(a.detail)}, og den typen kan ikkje publiserast: nettsider, skript og ukjende filtypar kunne køyre kode på nettstaden. Tillate er ${allowedTypes}. Lagre fila som PDF (eller ein av dei andre typane) og vis til den fila.`,
  'fil-innhald': (a) =>
    `«${a.value}» heiter .${a.detail}, men innhaldet er ${foundIn(a)}. Ei fil som ikkje er det namnet seier, blir ikkje publisert (ein nettlesar kunne tolke ho som ei nettside). Opne fila i programmet ho er laga i, og lagre ho på nytt som ${a.detail?.toUpperCase()} eller PDF. Tillate er ${allowedTypes}.`,
  'svg-ugyldig': (a) =>
    `SVG-fila «${a.value}» er ikkje gyldig XML (linje ${a.line} i SVG-fila: ${a.detail}), så ho blir ikkje publisert. Eksporter teikninga på nytt som SVG frå teikneprogrammet, eller lagre ho som PNG.`,
  'svg-aktivt': (a) =>
    `SVG-fila «${a.value}» inneheld ${a.detail} (linje ${a.line} i SVG-fila). Ei SVG blir berre publisert når ho er ei rein teikning: utan skript, hendingar (on…), <foreignObject>, <!DOCTYPE> og lenkjer eller stilar som hentar noko utanfor fila. Eksporter teikninga på nytt som «vanleg SVG» eller «optimalisert SVG», eller lagre ho som PNG.`,
  'fil-adresse': (a) =>
    `«${a.value}» blir publisert på same adresse (${a.detail}) som ${a.other === undefined ? 'PDF-en av dokumentet' : `«${a.other}»${a.line ? ` (linje ${a.line})` : ''}`}, fordi store og små bokstavar, mellomrom og æ/ae, ø/o, å/a blir like i adressa. Gi ei av filene eit anna namn.`,
} satisfies Record<string, Render>;

const hygieneProblems = {
  'tegn-ulovlig': (a) => {
    const [what, cause] = unsafe(a.code);
    return `Teksten inneheld ${what} (${a.detail}), som ville gjort nyheitsstraumen og dei opne dataa ugyldige. ${cause}. Fjern teiknet (skriv ordet på nytt om du ikkje ser det).`;
  },
  'tegn-usynlig': (a) =>
    `Teksten inneheld ${a.code === 'bidi' ? 'eit usynleg teikn som endrar skriveretninga' : 'eit usynleg teikn utan breidd'} (${a.detail}). Det kan skjule eller stokke om delar av teksten for lesaren. Fjern teiknet (skriv teksten på nytt om du ikkje ser det).`,
  'brodtekst-for-djup': (a) =>
    `Teksten er nesta i over ${a.count} nivå her (lister, sitat med «>», utheving, lenkjer eller HTML inni kvarandre). Så djup nesting er nesten alltid ein feil frå kopiering og kan ikkje visast. Fjern innrykk, «>» eller taggar, slik at teksten får færre nivå.`,
  'belop-eksponent': (a) =>
    `«${a.value}» er skrive med eksponent (e), og eit beløp blir ikkje publisert slik. Skriv beløpet med siffer, til dømes 100000 eller "100 000".`,
  'belop-desimalar': (a) =>
    `«${a.value}» har fleire desimalar enn øre. Skriv høgst to desimalar etter komma (til dømes "12,35"), eller skriv tusen med mellomrom ("12 345").`,
  'belop-for-stort': (a) =>
    `«${a.value}» er for stort til at sida, PDF-en og dei opne dataa kan vise beløpet nøyaktig. Sjekk om det er skrive for mange siffer, og skriv beløpet i kroner, til dømes "57 060".`,
  'tall-for-stort': (a) =>
    `«${a.value}» er eit for stort tal. Skriv eit lite heiltal frå 1 og oppover, til dømes 1.`,
  'dato-framtid': (a) =>
    `«${a.value}» er meir enn ${a.count} år fram i tid. Sjekk årstalet (til dømes 2202 i staden for 2022).`,
} satisfies Record<string, Render>;

// Long paragraphs (longpara): a paragraph of thousands of lines is refused before parsing.
const longParagraphProblems = {
  'brodtekst-langt-avsnitt': (a) =>
    `Avsnittet som byrjar her, har over ${a.count} linjer utan ei tom linje imellom. Eit så langt avsnitt er nesten alltid ein feil frå kopiering, og det ville gjort kontrollen og bygginga av nettstaden svært treg. Del det opp med tomme linjer mellom avsnitta. Er det ein tabell eller ei liste, del opp i fleire, eller legg dataa ved som ei fil (til dømes CSV eller rekneark).`,
} satisfies Record<string, Render>;

const problem = {
  // Files that would be published (type, content, SVG, address): the fil-* rules.
  ...fileProblems,
  'fil-utf16': () =>
    'Fila er lagra som UTF-16 («Unicode»), ikkje UTF-8. Opne fila og lagre ho på nytt med koding UTF-8 (i Notisblokk: Lagre som → Koding: UTF-8).',
  'fil-koding': (a) =>
    `Fila er ikkje lagra som UTF-8 (æ, ø og å blir feil her: «${a.detail}»). Opne fila og lagre ho på nytt med koding UTF-8 (i Notisblokk: Lagre som → Koding: UTF-8).`,
  'fil-binaer': () =>
    'Fila er ikkje ei tekstfil (ho inneheld NUL-teikn), til dømes eit bilete eller eit Word-dokument med feil filending. Gi ho rett filending, eller lim inn teksten i ei ny .md-fil.',
  'fil-ubrukt': () =>
    'Fila er ikkje brukt av noko dokument, så ho blir ikkje publisert. Legg ho inn som `vedlegg` i eit dokument, lenk til ho frå teksten, eller flytt ho ut av content-mappa.',
  'fil-stor': () =>
    'Fila er over 1 MB. Ho blir publisert, men gjer kontrollen og bygginga treg og sida tung å lese. Del dokumentet opp, eller legg store tabellar ved som `vedlegg`.',
  'ingen-dokument': () =>
    'Fann ingen dokument (.md-filer) i mappa. Sjekk at du peikar på rett mappe, eller lag eit dokument med `npm run new`.',
  'frontmatter-toml': () =>
    'Frontmatter står mellom `+++` (TOML), men Planverk les berre YAML mellom `---`. Byt `+++` med `---` og skriv felta som `tittel: Min tittel`.',
  'tom-fil': () =>
    'Fila er tom. Byrj med frontmatter mellom to linjer med `---`: tittel, type, status og dato.',
  'ingen-frontmatter': () =>
    'Fila manglar frontmatter. Den første linja skal vere `---`, så felta (tittel, type, status, dato …) og til slutt ei linje med `---`.',
  'frontmatter-open': () =>
    'Frontmatter blir ikkje avslutta. Legg til ei linje med berre `---` etter det siste feltet.',
  'frontmatter-form': () =>
    'Frontmatter må bestå av felt på forma `tittel: Min tittel`, eitt per linje.',
  'yaml-syntaks': (a) => `Frontmatter kan ikkje lesast: ${yamlHint(a.code)}.`,
  'felt-dobbelt': (a, s) =>
    `\`${s(a.key)}\` står to gonger (òg på linje ${a.line}). Behald berre eitt av dei.`,
  'ukjent-felt': (a, s) =>
    a.suggestion
      ? `«${a.value}» er ikkje eit kjent felt. Meinte du \`${s(a.suggestion)}\`?`
      : `«${a.value}» er ikkje eit kjent felt her. Bruk eitt av dei kjende felta (${list(a.allowed, s)}), eller fjern linja.`,
  'obligatorisk-felt': (a, s) =>
    `Feltet \`${s(a.key)}\` ${a.value === '' ? 'er tomt' : 'manglar'}${
      a.because === 'horing'
        ? ' (det er påkravd når status er høyring)'
        : a.because === 'tiltak'
          ? ' (det trengst når tiltak viser til satsingsområde i eit anna dokument)'
          : ''
    }. Skriv til dømes \`${s(a.key)}: ${s(a.example)}\`.`,
  'verdi-ukjent': (a, s) =>
    `«${a.value}» er ikkje ein gyldig verdi.${a.suggestion ? ` Meinte du \`${s(a.suggestion)}\`?` : ''} Gyldige verdiar er ${list(a.allowed, s)}.`,
  'verdi-type': (a) =>
    `Her skal det stå ${expected[a.expected ?? 'text']}. Sjekk innrykket og skrivemåten.`,
  'dato-ugyldig': (a) =>
    `«${a.value}» er ikkje ein gyldig dato. Skriv datoen som 26.03.2020 eller 2020-03-26.`,
  'dato-format': (a, s) =>
    `«${a.value}» er ikkje skrive som ein dato.${a.suggestion ? ` Meinte du ${s(a.suggestion)}?` : ''} Skriv datoen som 26.03.2020, 26. mars 2020 eller 2020-03-26.`,
  'frist-ugyldig': (a, s) =>
    `«${a.value}» er ikkje ein gyldig frist.${a.suggestion ? ` Meinte du ${s(a.suggestion)}?` : ''} Skriv ein dato (26.03.2021), eit år (2021), eit tertial (2021-T2) eller eit kvartal (2021-K3).`,
  'belop-ugyldig': (a) =>
    `«${a.value}» er ikkje eit gyldig beløp. Skriv kroner som eit tal, til dømes 57060, "57 060" eller "kr 57 060,-".`,
  'belop-negativt': (a) =>
    `«${a.value}» er eit negativt beløp. Skriv kostnaden som eit tal frå 0 og oppover; ei innsparing kan stå i \`merknad\`.`,
  'tall-ugyldig': (a) => `«${a.value}» er ikkje eit heiltal frå 1 og oppover. Skriv til dømes 1.`,
  'periode-ugyldig': (a) =>
    `«${a.value}» er ikkje ein gyldig periode. Skriv til dømes 2020–2025 eller {frå: 2020, til: 2025}, med det første året først.`,
  'kommune-ukjent': (a, s) =>
    `«${a.value}» er ikkje ein kommune på denne nettstaden.${a.suggestion ? ` Meinte du \`${s(a.suggestion)}\`?` : ''} Kommunane er ${list(a.allowed, s)}.`,
  'id-format': (a, s) =>
    `«${a.value}» kan ikkje brukast som id. Bruk små bokstavar, tal og bindestrek, til dømes \`${s(a.suggestion)}\`.`,
  'id-duplikat': (a) =>
    `Id-en «${a.value}» er alt brukt på linje ${a.line}. Kvar id må vere unik i dokumentet; gi denne ein annan id.`,
  'referanse-ukjent': (a, s) =>
    `Finn ikkje dokumentet «${a.value}».${a.suggestion ? ` Meinte du \`${s(a.suggestion)}\`?` : ''} Skriv id-en til dokumentet: stien under content/ utan .md, til dømes \`strategiar/digital-strategi\`.`,
  'referanse-utkast': (a) =>
    `«${a.value}» er eit utkast og skal ikkje publiserast, men dette dokumentet er publisert og viser til det, slik at utkastet ville bli synleg. Fjern tilvisinga, eller vent til «${a.value}» har status høyring eller vedteken.`,
  'referanse-seg-sjolv': () =>
    'Dokumentet viser til seg sjølv. Skriv id-en til eit anna dokument, eller fjern feltet.',
  'erstatter-ring': (a) =>
    `\`erstattar\` går i ring: ${a.detail}. Eit dokument kan ikkje erstatte eit som (via andre) erstattar det sjølv; fjern \`erstattar\` i det eldste dokumentet.`,
  'erstatter-dobbel': (a) =>
    `«${a.value}» blir òg erstatta av «${a.detail}». Eit dokument kan berre erstattast av eitt dokument; fjern \`erstattar\` i det eine.`,
  'strategi-type': (a) =>
    `«${a.value}» er ${a.detail ? `eit dokument av typen ${a.detail}` : 'eit dokument'}, ikkje ein strategi. Skriv id-en til dokumentet med \`type: strategi\` som har satsingsområda tiltaka høyrer til.`,
  'satsingsomrade-ukjent': (a, s) =>
    `«${a.value}» er ikkje eit satsingsområde i ${a.detail}.${a.suggestion ? ` Meinte du \`${s(a.suggestion)}\`?` : ''} ${a.allowed?.length ? `Bruk id-en til eitt av dei: ${list(a.allowed, s)}.` : 'Det finst ingen satsingsområde der: legg dei inn i strategien, eller fjern feltet.'}`,
  'seksjon-ukjent': (a, s) =>
    `Dokumentet har inga overskrift «${a.value}».${a.suggestion ? ` Meinte du «${s(a.suggestion)}»?` : ''} Skriv teksten eller ankeret til ei overskrift i dokumentet${a.allowed?.length ? `: ${list(a.allowed, s)}` : ''}.`,
  'vedlegg-sti': (a) =>
    `«${a.value}» peikar ut av content-mappa. Legg vedlegget i mappa til dokumentet (eller ei undermappe) og skriv stien dit, til dømes \`vedlegg/budsjett.pdf\`.`,
  'vedlegg-fil': (a) =>
    `Finn ikkje vedlegget «${a.value}» (venta ${a.detail}). Sjekk stavemåten, eller legg fila der.`,
  'vedlegg-mappe': (a) =>
    `«${a.value}» er ei mappe, ikkje ei fil. Skriv stien til sjølve fila, til dømes \`${a.value}/budsjett.pdf\`.`,
  'vedlegg-dokument': (a) =>
    `«${a.value}» er eit dokument på nettstaden, ikkje eit vedlegg. Vis til det med \`relatert: ${a.detail}\` i staden.`,
  'slug-duplikat': (a) =>
    `Dokumentet får same nettadresse (${a.detail}) som «${a.value}», fordi store og små bokstavar og æ/ae, ø/o, å/a blir like i adressa. Gi ei av filene eit anna namn.`,
  ...hygieneProblems,
  ...longParagraphProblems,
  // Draft gate (issue 9, scope 5): what the build's draft gate refuses, reported first.
  'utkast-nemnt': (a) =>
    `Teksten nemner «${a.value}», som er adressa eller id-en til utkastet «${a.detail}». Eit utkast blir ikkje publisert, og eit publisert dokument kan ikkje vise kvar det skal liggje. Fjern adressa, eller vent til «${a.detail}» er klar.`,
  // Content model round (lagt fram, høringssvar, strategi, seksjon): the model branch's words.
  'status-type': (a, s) =>
    `Status «${a.value}» passar berre for orientering og notat, som ikkje blir vedtekne. Med \`type: ${s(a.key)}\` er status ein av ${list(a.allowed, s)}. Skriv \`status: ${s(a.suggestion)}\` når dokumentet er vedteke.`,
  'horingssvar-epost': (a) =>
    `«${a.value}» kan ikkje brukast som e-postadresse for høyringssvar. Skriv éi adresse utan mellomrom, komma, linjeskift, %, ? eller &, til dømes \`høyringssvar: postmottak@tysnes.kommune.no\`.`,
  'horingssvar-http': (a) =>
    `«${a.value}» er ei usikker http-adresse. Skjemaet for høyringssvar må ha ei adresse som byrjar med https://, til dømes \`høyringssvar: https://skjema.tysnes.kommune.no/hoyring\`.`,
  'horingssvar-adresse': (a) =>
    `«${a.value}» er ikkje ei trygg adresse til eit skjema: ho har brukarnamn eller passord, mellomrom, eller manglar eit fullt domenenamn. Skriv heile adressa til skjemaet, til dømes \`høyringssvar: https://skjema.tysnes.kommune.no/hoyring\`.`,
  'horingssvar-ugyldig': (a) =>
    `«${a.value}» er verken ei e-postadresse eller ei https-adresse. Skriv e-postadressa høyringssvara skal sendast til (\`høyringssvar: postmottak@tysnes.kommune.no\`) eller adressa til skjemaet (\`høyringssvar: https://skjema.tysnes.kommune.no/hoyring\`).`,
} satisfies Record<string, Render>;

/** Problems in status update files. */
const update = {
  'oppdatering-yaml': (v) => `Fila kan ikkje lesast: ${v.detail}.`,
  'oppdatering-dobbel-nokkel': (v) =>
    `«${v.key}» står to gonger (òg på linje ${v.line}). Behald berre éin av dei.`,
  'oppdatering-ukjent-nokkel': (v) =>
    `Ukjend nøkkel «${v.key}».${v.fix ? ` Meinte du «${v.fix}»?` : ` Tillatne nøklar: ${v.known}.`}`,
  'oppdatering-mangler-felt': (v) =>
    `«${v.key}» manglar. Skriv til dømes «${v.key}: ${v.example}».`,
  'oppdatering-ikke-liste': (v) =>
    `«${v.key}» skal vere ei liste med oppdateringar. Skriv kvar oppdatering som felt: første linje «- tiltak: …», og «dato», «status» og «merknad» med innrykk under.`,
  'oppdatering-dato-ugyldig': (v) =>
    v.reason === 'impossible'
      ? `Datoen «${v.value}» finst ikkje i kalenderen. Sjekk dag og månad.`
      : `«${v.value}» er ikkje ein dato. Skriv datoen som 2021-10-15 eller 15.10.2021.`,
  'oppdatering-status-ugyldig': (v) =>
    `Ukjend status «${v.value}».${v.fix ? ` Meinte du «${v.fix}»?` : ''} Bruk ein av: ${v.known}.`,
  'oppdatering-malform-ugyldig': (v) =>
    `Ukjend målform «${v.value}». Skriv «nb» (bokmål) eller «nn» (nynorsk).`,
  'oppdatering-dokument-ukjent': (v) =>
    `Fann ikkje dokumentet «${v.value}».${v.fix ? ` Meinte du «${v.fix}»?` : ''} Skriv id-en til handlingsplanen: stien under content/ utan .md.`,
  'oppdatering-dokument-mangler': (v) =>
    `Det går ikkje fram kva handlingsplan tiltaket «${v.value}» høyrer til.${v.fix ? ` Meinte du «${v.fix}»?` : ''} Skriv «tiltak: dokument-id#tiltak-id», eller «dokument: …» øvst i fila.`,
  'oppdatering-tiltak-ukjent': (v) =>
    `Dokumentet «${v.doc}» har ikkje noko tiltak med id «${v.value}».${v.fix ? ` Meinte du «${v.fix}»?` : ''} Bruk ein av id-ane der: ${v.known}.`,
} satisfies Dictionary['update'];

/** Messages the Markdown pipeline attaches to images and links. */
const local = {
  remoteImage: (url, name) =>
    `Biletet «${url}» ligg på ei anna nettside og blir ikkje lasta inn: det ville fortelje den sida kven som les, og PDF-en til arkivet må vere komplett. Last ned fila, legg ho ved sida av dokumentet og skriv ![…](${target(name)}).`,
  imageOutside: (src) =>
    `Biletet «${src}» ligg utanfor content-mappa og kan ikkje publiserast. Legg fila ved sida av dokumentet og skriv stien relativt til dokumentet.`,
  imageMissing: (src, file, suggestion) =>
    `Biletet «${src}» finst ikkje (${file}).${meant(suggestion)} Stien er relativ til mappa dokumentet ligg i; sjekk skrivemåten og at fila er lagd inn.`,
  imageType: (src, ext) =>
    `Biletet «${src}» er ei ${ext ? `.${ext}-fil` : 'fil utan filtype'}; nettsida og PDF-en kan berre vise ${IMAGE_TYPES}. Lagre biletet som PNG eller JPEG og lenk til den fila.`,
  imageAlt: (src) =>
    `Biletet «${src}» manglar alternativ tekst for dei som ikkje ser det. Skriv ein alternativ tekst mellom [ ] som fortel kva biletet viser, t.d. ![Figur 1 Løysingar på ulike nivå](${target(src)}).`,
  linkOutside: (href) =>
    `Lenkja «${href}» peikar ut av content-mappa. Legg fila inn i content-mappa, gjerne ved sida av dokumentet, og lenk til ho der.`,
  documentMissing: (href, from, id, suggestion) =>
    `Lenkja «${href}» i «${from}» peikar på dokumentet «${id}», som ikkje finst.${meant(suggestion)} Stien er relativ til mappa dette dokumentet ligg i.`,
  fileMissing: (href, from, file, suggestion) =>
    `Lenkja «${href}» i «${from}» peikar på fila «${file}», som ikkje finst.${meant(suggestion)} Stien er relativ til mappa dette dokumentet ligg i.`,
  linkDraft: (href, from, id) =>
    `Lenkja «${href}» i «${from}» peikar på «${id}», som er eit utkast og ikkje blir publisert. Fjern lenkja, eller vent med å publisere til «${id}» er klar.`,
  anchorMissing: (href, where, suggestion) =>
    `Lenkja «${href}» peikar på ei overskrift som ikkje finst${where ? ` i «${where}»` : ' i dokumentet'}.${meant(suggestion)}`,
  nameClash: (file, other, url) =>
    `Fila «${file}» får same adresse som ${other === undefined ? 'PDF-en av dokumentet' : `«${other}»`} (${url}). Gje ei av filene eit anna namn.`,
  exampleImage: 'bilete.png',
} satisfies Dictionary['local'];

/** Messages about HTML the sanitiser removed. */
const html = {
  dropped: (tag) =>
    `HTML-elementet <${tag}> er fjerna saman med innhaldet. Berre ${ALLOWED_HTML} kan stå som HTML i teksten; skriv resten som Markdown.`,
  unwrapped: (tag) =>
    `HTML-elementet <${tag}> er fjerna, teksten i det er teken vare på. Berre ${ALLOWED_HTML} kan stå som HTML i teksten; skriv resten som Markdown.`,
  unsafeUrl: (tag, attribute, url, protocols) =>
    `Adressa «${url}» i <${tag} ${attribute}> er fjerna. Berre adresser som byrjar med ${protocols} er tillatne.`,
  eventHandler: (tag, attribute) =>
    `Attributtet ${attribute} på <${tag}> er fjerna: teksten kan ikkje innehalde skript.`,
} satisfies Dictionary['html'];

/** The words the Markdown pipeline writes into a page. */
const pipeline = {
  footnotes: 'Fotnotar',
  backToReference: (n, k) => `Tilbake til tilvising ${k > 1 ? `${n}-${k}` : n}`,
  table: 'Tabell',
} satisfies Dictionary['pipeline'];

/** Words only the printed document uses. */
const print = {
  page: 'Side',
  of: 'av',
  /** The publishing kommune(r) the way a letterhead names them: «Årdal og Lærdal kommunar». */
  kommuneLine: (names) =>
    names.length === 0
      ? ''
      : names.length === 1
        ? `${names[0]} kommune`
        : `${names.slice(0, -1).join(', ')} og ${names.at(-1)} kommunar`,
  coatOfArms: '{name} kommunevåpen',
  internalLink: 'Lenkje til ein annan del av dokumentet',
  officialVersion: 'Offisiell versjon: {url}',
  respond:
    'Send høyringssvar til {kommune} innan fristen. Korleis du svarar, og kva som har kome inn, står på {url}',
} satisfies Dictionary['print'];

/** The data pages: tiltak overview, status reports, satsingsområde pages, vedtak register, open data, feeds. */
const data = {
  tiltakTitle: 'Tiltak i handlingsplanane',
  tiltakIntro:
    'Alle tiltak frå handlingsplanane, med gjeldande status etter siste statusoppdatering.',
  tiltakCount: '{n} tiltak',
  filters: 'Filtrer tiltaka',
  filterStatus: 'Status',
  filterAnsvar: 'Ansvar',
  filterYear: 'Frist (år)',
  filterArea: 'Satsingsområde',
  all: 'Alle',
  showing: 'Viser: {what}',
  progress: 'Framdrift',
  progressOf: 'Framdrift: {name}',
  progressChartDesc:
    'Stolpediagram med talet på tiltak per status. Tabellen under viser dei same tala.',
  perStrategy: 'Per strategi',
  perArea: 'Per satsingsområde',
  total: 'Totalt',
  source: 'Dokument',
  strategy: 'Strategi',
  currentStatus: 'Gjeldande status',
  since: 'frå {date}',
  history: 'Statushistorikk',
  historyOf: 'Statushistorikk for «{name}»',
  fromDocument: 'Status i vedteken plan',
  fromUpdate: 'Statusoppdatering',
  noTiltak: 'Ingen tiltak.',
  report: 'Statusrapport',
  reportTitle: 'Statusrapport: {name}',
  reportIntro:
    'Status for tiltaka i {name} per {date}. Strategiteksten står uendra slik han vart vedteken; statusen endrar seg med statusoppdateringar.',
  reports: 'Statusrapportar',
  printHint: 'Sida er laga for utskrift.',
  areaPage: 'Satsingsområde',
  areaIn: 'Satsingsområde i {name}',
  goals: 'Mål',
  readSection: 'Les om satsingsområdet i strategien',
  areaTiltak: 'Tiltak i satsingsområdet',
  vedtakTitle: 'Vedtaksregister',
  vedtakIntro: 'Alle vedtak og innstillingar, nyaste først.',
  vedtakCount: '{n} vedtak og innstillingar',
  filterOrgan: 'Organ',
  kindVedtak: 'Vedtak',
  kindInnstilling: 'Innstilling',
  colKind: 'Type',
  colOrgan: 'Organ',
  colDate: 'Dato',
  colCaseNo: 'Saksnr.',
  colPoints: 'Vedtak',
  colDocument: 'Dokument',
  // Issue 14 (pages): the vedtak register's kommune column and year filter, the licence.
  colKommune: 'Kommune',
  filterDecisionYear: 'År',
  registerFilters: 'Filtrer registeret',
  licenceHeading: 'Lisens',
  licenceText: 'Dataa er publiserte under lisensen:',
  regionLabel: 'Tabell: {name}',
  openData: 'Opne data',
  openDataIntro:
    'Alt som er publisert her, finst også som opne data som kan lastast ned og brukast fritt.',
  feed: 'Nyheitsstraum (Atom) for {name}',
  feedAll: 'Nye og endra dokument',
  dataTiltakCsv: 'Tiltak (CSV)',
  dataVedtakCsv: 'Vedtak og innstillingar (CSV)',
  dataJson: 'Dokument (JSON)',
  dataSchema: 'JSON Schema for dokumenta',
  // The open-data page.
  noteJson:
    '{n} dokument med alle felt frå innhaldsmodellen, vedtak, satsingsområde og tiltak med gjeldande status og historikk.',
  noteSchema: 'Skildrar dokument.json (JSON Schema, utkast 2020-12). Bruk det til å validere fila.',
  noteTiltak:
    '{n} tiltak med satsingsområde, ansvar, frist, gjeldande status, kostnad og kjeldedokument.',
  noteVedtak: '{n} vedtak og innstillingar med organ, dato, saksnummer og dokument.',
  filesHeading: 'Filer',
  formatHeading: 'Format',
  formatCsv:
    'CSV-filene er i UTF-8 med BOM, har semikolon mellom felta og CRLF som linjeskift, slik at dei opnar rett i Excel med norske innstillingar. Sjå under for LibreOffice.',
  formatNumbers:
    'Tal står utan skiljeteikn for tusen og med desimalkomma; datoar står som ÅÅÅÅ-MM-DD.',
  formatStatus:
    'Status for tiltak: planlagt, pagar (pågår), fullfort (fullført), utsatt (utsett), avlyst. Gjeldande status er siste statusoppdatering; status_i_dokumentet er statusen i den vedtekne planen.',
  formatUrls: 'URL-ar i JSON-fila er relative til rota av nettstaden',
  spreadsheetHeading: 'Opne CSV-filene i eit rekneark',
  spreadsheetExcel:
    'Excel: dobbeltklikk på fila. Står alt i éin kolonne eller ser æ, ø og å rare ut, vel Data → Frå tekst/CSV, filopphav «65001: Unicode (UTF-8)» og skiljeteiknet «Semikolon».',
  spreadsheetCalc:
    'LibreOffice Calc: opne fila og vel i vindauget for tekstimport teiknsettet «Unicode (UTF-8)», kryss av for «Semikolon» som skiljeteikn og fjern krysset for «Komma», og vel språket «Norsk» så tal med desimalkomma blir tal.',
  spreadsheetCli:
    'LibreOffice frå kommandolinja viser ikkje dette vindauget og les då fila som Latin-1 med komma mellom felta. Gi importinnstillingane sjølv (semikolon, UTF-8, norske tal):',
  feedsHeading: 'Nyheitsstraumar',
};

/** The search form and page. */
const search = {
  searchLabel: 'Søk i dokumenta',
  searchButton: 'Søk',
  pageTitle: 'Søk',
  filtersHeading: 'Avgrens søket',
  filterLegend: {
    type: 'Type',
    kommune: 'Kommune',
    year: 'År',
    status: 'Status',
    malform: 'Målform',
  },
  sortLabel: 'Sorter',
  sortRelevance: 'Mest relevant',
  sortNewest: 'Nyaste først',
  sortOldest: 'Eldste først',
  clearFilters: 'Fjern alle avgrensingar',
  resultsHeading: 'Resultat',
  countMany: '{n} treff',
  countOne: '1 treff',
  countNone: 'Ingen treff. Prøv eit anna ord eller færre avgrensingar.',
  browseCount: '{n} dokument',
  loading: 'Søkjer …',
  showMore: 'Vis fleire',
  noScript: 'Søket treng JavaScript. Du finn alle dokumenta på listesidene.',
  allDocumentsLink: 'Sjå alle dokument',
  loadError: 'Søket kunne ikkje lastast. Prøv igjen seinare.',
  values: {
    strategi: 'Strategi',
    plan: 'Plan',
    handlingsplan: 'Handlingsplan',
    saksframlegg: 'Saksframlegg',
    orientering: 'Orientering',
    notat: 'Notat',
    nb: 'Bokmål',
    nn: 'Nynorsk',
  },
} satisfies Dictionary['search'];

// Language and structure checks (issue 15, scopes 2 and 3): warnings about a
// body, after Språkrådet's klarspråk advice, and the dev page's words.
const language = {
  otherMalform: (word, fix) =>
    `«${word}» er bokmål, men dokumentet er på nynorsk. Skriv «${fix}», eller set målform: bokmål om heile teksten er bokmål. Eit sitat på bokmål kan stå som sitat (> …).`,
  sentenceLong: (words, max) =>
    `Setninga har ${words} ord. Setningar på meir enn ${max} ord er tunge å lese (Språkrådet); del henne i to eller fleire.`,
  paragraphLong: (words, max) =>
    `Avsnittet har ${words} ord. Del avsnitt på meir enn ${max} ord, gjerne med ein mellomtittel eller ei punktliste.`,
  abbreviation: (abbr) =>
    `Forkortinga «${abbr}» er ikkje forklart før ho blir brukt. Skriv det fulle namnet første gong, med forkortinga i parentes: «… (${abbr})».`,
  linkText: (text) =>
    `Lenketeksten «${text}» seier ikkje kvar lenka fører. Skriv kva lesaren finn, t.d. [budsjettet for 2025](…), ikkje «her» eller «les meir».`,
  headingSkip: (from, to) =>
    `Overskrifta hoppar frå nivå ${from} til nivå ${to}. Bruk nivå ${from + 1} (${'#'.repeat(from + 1)}), så skjermlesarar og innhaldslista viser strukturen rett.`,
  headingEmpty: () => 'Overskrifta er tom. Skriv ein tekst etter #-teikna, eller fjern lina.',
  tableCells: (row, cells, columns) =>
    `Rad ${row} i tabellen har ${cells} ${cells === 1 ? 'celle' : 'celler'}, men tabellen har ${columns} kolonnar. ${cells < columns ? 'Legg til dei tomme cellene (| |)' : 'Fjern cellene som er for mykje, eller legg til ein kolonne i overskriftsrada'}; elles blir celler ${cells < columns ? 'ståande tomme' : 'borte'} utan at det synest.`,
  silence: (ruleId) => ` (Er det med vilje? Skriv språkvask: { av: [${ruleId}] } i frontmatter.)`,
  previewPdf: 'Førehandsvis PDF',
  previewExplain:
    'PDF-en blir skriven ut no, med same oppsett som ved publisering. Det tek nokre sekund.',
  notesHeading: (count) =>
    `${count} ${count === 1 ? 'merknad' : 'merknader'} til dette dokumentet (blir berre vist i førehandsvisinga)`,
} satisfies Dictionary['language'];

/** The page the dev server shows while the content has errors. */
const problemPage = {
  title: 'Innhaldet har feil',
  intro:
    'Sidene kan ikkje visast før feila under er retta. Sida vert lasta inn på nytt når du lagrar ei fil.',
  line: 'linje',
  error: 'Feil',
  warning: 'Åtvaring',
  check: 'Kommandoen «npm run check» viser den same lista.',
};

// --- npm run import (issue 15, scope 1): everything the .docx importer says.
const importDocx = {
  created: (path: string) =>
    `Importerte ${path} (status: utkast).\nLes gjennom teksten, og køyr «npm run check» før du endrar status.`,
  unmapped: () => 'Dette kunne eg ikkje føre over av meg sjølv:',
  exists: (path: string) =>
    `Fila ${path} finst alt, og eg skriv ikkje over henne. Gi den nye fila eit anna namn med --ut <sti>, t.d. --ut ${path.replace(/\.md$/, '-2.md')}.`,
  missing: (path: string) => `Finn ikkje fila ${path}. Sjekk namnet og mappa.`,
  notFile: (path: string) => `${path} er ikkje ei fil. Oppgi ei .docx-fil.`,
  tooBig: (path: string) =>
    `${path} er større enn 50 MB, og eg les henne ikkje. Ta ut store bilete i Word (Komprimer bilete), og prøv igjen.`,
  ole: (path: string) =>
    `${path} er eit gammalt Word-dokument (.doc) eller verna med passord. Opne det i Word, fjern passordet og lagre som .docx.`,
  notDocx: (path: string) =>
    `${path} er ikkje eit Word-dokument (.docx). Lagre dokumentet som «Word-dokument (.docx)» og prøv igjen.`,
  bomb: (path: string) =>
    `${path} pakkar seg ut til meir enn 200 MB eller for mange delar, og eg les henne ikkje. Eit vanleg Word-dokument gjer ikkje det; lagre det på nytt frå Word.`,
  unreadable: (path: string) =>
    `Word-dokumentet ${path} er skadd eller har innhald eg ikkje kan lese (t.d. eigne XML-entitetar). Opne det i Word, lagre det på nytt som .docx, og prøv igjen.`,
  missingFile: () => 'Oppgi Word-fila, t.d.: npm run import -- saksframlegg.docx',
  noTitle: () =>
    'Fann ingen tittel i dokumentet. Gi tittelen stilen «Tittel» eller «Overskrift 1» i Word, og prøv igjen.',
  noType: (all: string) =>
    `Fann ikkje kva dokumenttype dette er. Oppgi han med --type, ein av: ${all}.`,
  unknownOption: (detail: string) =>
    `Ukjend val: ${detail}. Skriv npm run import -- --help for hjelp.`,
  attachment: (name: string) =>
    `Vedlegget «${name}» er ikkje i .docx-fila. Legg fila i mappa vedlegg/ ved sida av dokumentet, og før henne opp under vedlegg: (sjå kommentaren øvst i fila).`,
  attachmentComment: (name: string) =>
    `Vedlegg frå Word: «${name}». Legg fila i vedlegg/ og skriv: vedlegg: [{tittel: ..., fil: vedlegg/...}]`,
  unsafeLink: (text: string, href: string) =>
    `Lenkja «${text}» gjekk til «${href}», som ikkje er ei nettadresse. Eg tok med berre teksten.`,
  imageType: (n: number, type: string) =>
    `Bilete ${n} er i formatet ${type}, som nettlesarar ikkje viser. Lagre det som PNG eller JPEG og set det inn med ![tekst](fil.png).`,
  imageNoAlt: (file: string) =>
    `Biletet ${file} har ingen alternativ tekst i Word. Skriv kva biletet viser mellom [ ] i ![](${file}).`,
  style: (name: string) =>
    `Word-stilen «${name}» er ukjend for meg; teksten står som vanleg avsnitt.`,
  malformGuessed: (malform: string, nb: number, nn: number) =>
    `Målforma er ${malform} etter orda i teksten (${nb} bokmålsord, ${nn} nynorskord). Bruk --malform nb|nn for ei anna.`,
  malformDefault: (malform: string) =>
    `Teksten seier ikkje sjølv om han er bokmål eller nynorsk; eg valde ${malform}, målforma til nettstaden. Bruk --malform nb|nn for ei anna.`,
  kommuneDefault: (kommune: string) =>
    `Dokumentet nemner ingen kjend kommune; eg valde ${kommune}. Bruk --kommune <namn> for ein annan.`,
  dateDefault: (date: string) =>
    `Dokumentet har ingen dato; eg sette dagens dato, ${date}. Rett dato: i fila.`,
  titleCase: (title: string, fixed: string) =>
    `Tittelen stod med store bokstavar («${title}»); eg skreiv han «${fixed}». Rett tittel: om forkortingar skal ha store bokstavar.`,
  markersDropped: (n: number) =>
    `${n} ${n === 1 ? 'merkelinje' : 'merkelinjer'} frå Word-malen («… Ikkje slett denne lina») er tekne ut.`,
  tocDropped: () =>
    'Innhaldslista frå Word er teken ut: nettsida og PDF-en lagar si eiga frå overskriftene.',
  help: (types: string) => `Importer eit Word-dokument (.docx) som eit utkast i content/.

  npm run import -- FIL.docx [--type T] [--kommune Namn] [--malform nb|nn] [--ut sti.md]

  --type       ${types} (standard: typen Word-malen skriv øvst)
  --kommune    kommunen dokumentet høyrer til (standard: den dokumentet nemner)
  --malform    nb eller nn (standard: det teksten er skriven på)
  --ut         kvar Markdown-fila skal skrivast (standard: content/<kommune>/<tittel>.md)`,
};

/** Everything `npm run new` says. */
// --- Archive hand-off (`npm run arkiv`, src/lib/archive/): words for archive staff and clerks.
const archive = {
  help: () => `Lever dokumenta som vart vedtekne i ein periode, til arkivet (Noark 5).

  npm run arkiv -- --fra ÅÅÅÅ-MM-DD --til ÅÅÅÅ-MM-DD [--kommune Namn] [--ut mappe]

  --fra, --til   perioden, begge dagane med; eit dokument høyrer til perioden etter
                 datoen for det siste vedtaket (orientering og notat: dato)
  --kommune      berre dokumenta til éin kommune
  --ut           mappa som vert skriven (standard: dist-arkiv/<fra>_<til>/)
  --dist         den bygde nettstaden PDF-ane vert henta frå (standard: dist/)

PDF-ane vert henta frå dist/ (køyr «npm run build» først); mappa får
arkivstruktur.xml og PDF/A-filene i DOKUMENT/. Sjå docs/arkiv.md.`,
  badOption: (detail: string) => `Ukjend val: ${detail}. Skriv npm run arkiv -- --help for hjelp.`,
  missingDate: (name: string) =>
    `Skriv perioden med --fra og --til, t.d.: npm run arkiv -- --fra 2021-01-01 --til 2021-12-31 (--${name} manglar).`,
  badDate: (name: string, value: string) =>
    `--${name} «${value}» er ikkje ein gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, t.d. 2021-03-01.`,
  reversed: (from: string, to: string) => `--fra (${from}) er etter --til (${to}). Byt om datoane.`,
  unknownKommune: (name: string, all: string) =>
    `Kommunen «${name}» finst ikkje i planverk.config.ts. Kjende kommunar er: ${all}.`,
  contentErrors: (count: number) =>
    `Innhaldet har ${count} ${count === 1 ? 'feil' : 'feil'}; rett ${count === 1 ? 'han' : 'dei'} og bygg på nytt før du leverer til arkivet.`,
  noDist: (dir: string) =>
    `Fann ikkje ein bygd nettstad i ${dir}/. Køyr «npm run build» først: PDF-ane til arkivet vert henta derifrå.`,
  staleDist: (dir: string, file: string) =>
    `Nettstaden i ${dir}/ er eldre enn innhaldet (${file} er endra etter bygginga). Køyr «npm run build» på nytt, så arkivet får dei same PDF-ane som nettstaden.`,
  missingPdf: (source: string, pdf: string) =>
    `PDF-en til ${source} manglar (${pdf}). Køyr «npm run build» på nytt.`,
  fromDist: (dir: string) => `PDF-ane er henta frå den bygde nettstaden i ${dir}/.`,
  undated: (source: string) =>
    `Ikkje med: ${source} har ikkje noko vedtak med dato. Legg inn vedtak med dato for å få det med.`,
  written: (count: number, dir: string, from: string, to: string) =>
    `Skreiv ${count} ${count === 1 ? 'dokument' : 'dokument'} vedtekne ${from}–${to} til ${dir}/ (arkivstruktur.xml og DOKUMENT/).`,
};

const cli = {
  created: (path: string) =>
    `Oppretta ${path}\nFyll inn teksten, og køyr «npm run check» før du endrar status frå utkast.`,
  exists: (path: string) =>
    `Fila ${path} finst alt, og eg skriv ikkje over henne. Vel ein annan tittel, eller bruk --dir for ei anna mappe.`,
  unknownType: (word: string, hint: string, all: string) =>
    `Ukjend dokumenttype «${word}».${hint} Gyldige typar er: ${all}.`,
  didYouMean: (word: string) => ` Meinte du «${word}»?`,
  unknownMalform: (word: string) => `Ukjend målform «${word}». Skriv nb, nn, bokmål eller nynorsk.`,
  unknownKommune: (word: string, hint: string, all: string) =>
    `Kommunen «${word}» finst ikkje i planverk.config.ts.${hint} Kjende kommunar er: ${all}.`,
  missingType: () =>
    'Skriv kva dokumenttype du vil lage, t.d.: npm run new -- saksframlegg "Tittel"',
  missingTitle: () =>
    'Skriv ein tittel i hermeteikn etter typen, t.d.: npm run new -- plan "Økonomiplan 2027–2030"',
  emptySlug: (title: string) =>
    `Tittelen «${title}» gjev ikkje noko filnamn. Bruk minst éin bokstav eller eitt tal.`,
  noStrategy: () =>
    'Fann ingen strategi å knyte handlingsplanen til, så han har fått eigne satsingsområde. Vil du knyte han til ein strategi, lag strategien først eller oppgje han med --strategi <id>.',
  // Content model round: which kommune `npm run new` chose, and how to pick another.
  kommuneChosen: (chosen: string, others: readonly string[]) =>
    others.length === 0
      ? `Kommune: ${chosen} (den einaste i planverk.config.ts).`
      : `Kommune: ${chosen} (den første i planverk.config.ts). Vel ein annan med --kommune, til dømes --kommune "${others[0]}"; fleire skil du med komma. Kjende kommunar: ${[chosen, ...others].join(', ')}.`,
  strategyChosen: (id: string) =>
    `Handlingsplanen er knytt til strategien ${id}. Bruk --strategi <id> for ein annan.`,
  unknownOption: (detail: string) =>
    `Ukjend val: ${detail}. Skriv npm run new -- --help for hjelp.`,
  help: (types: string) => `Lag eit nytt dokument frå ein mal.

  npm run new -- <type> "Tittel" [--malform nb|nn] [--kommune Namn] [--dir mappe] [--strategi id]

  <type>       ${types}
  --malform    nb, nn, bokmål eller nynorsk (standard: målforma til nettstaden)
  --kommune    éin kommune, eller fleire skilde med komma: "Årdal, Lærdal"
  --dir        mappe under content/ (standard: content/<kommune>/)
  --strategi   id til strategien ein handlingsplan følgjer opp`,
};

/** The check's closing lines and the content folder it cannot find. */
const check = {
  summary: (checked, warnings) =>
    `✔ ${checked} dokument kontrollerte, ingen feil${
      warnings === 0 ? '' : ` (${warnings} ${warnings === 1 ? 'åtvaring' : 'åtvaringar'})`
    }`,
  count: (errors, warnings, files) => {
    const parts = errors > 0 ? [`${errors} feil`] : [];
    if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'åtvaring' : 'åtvaringar'}`);
    return `✖ ${parts.join(' og ')} i ${files} ${files === 1 ? 'fil' : 'filer'}`;
  },
  contentFolderMissing: 'Finn ikkje innhaldsmappa',
} satisfies Dictionary['check'];

/** The dictionary, with exactly the sections and keys of nb.ts. */
export const nn = {
  ui,
  problem,
  yaml: { hint: yamlHint },
  update,
  check,
  local,
  html,
  pipeline,
  print,
  data,
  search,
  problemPage,
  language,
  cli,
  archive,
  import: importDocx,
  parts: { expected, yamlHints, yamlFallback, unsafeWhat, allowedTypes, found },
} satisfies Dictionary;

// No key that nb lacks either (a spread section escapes `satisfies`' excess check).
const exactKeys: [ExtraKeys<typeof nn, Dictionary>] extends [never] ? true : false = true;
void exactKeys;
