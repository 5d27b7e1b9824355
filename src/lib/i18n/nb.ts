/**
 * Every word a reader or clerk sees, in bokmål: page words (`ui`), content
 * problems, status-file problems, the check summary, Markdown messages, print,
 * data-page, search and `npm run new` words. nn.ts holds exactly the same
 * keys (the type checker makes sure). Look words up with `t` (index.ts); a
 * string's `{name}` placeholders are filled there, a message with logic
 * (plural, lists) is a function. Tests snapshot the wording.
 */
import type {
  LanguageText,
  LocalText,
  MessageArgs,
  PipelineWords,
  Render,
  SearchWords,
  StatusVars,
  UnsafeHtmlText,
} from './types.ts';
import { list, target } from './text.ts';

/** Page words: pages, components, the PDF cover, social cards. */
const ui = {
  skipLink: 'Hopp til hovedinnholdet',
  mainNav: 'Hovedmeny',
  menu: 'Meny',
  menuWithSearch: 'Søk og meny',
  home: 'Forside',
  allDocuments: 'Alle dokumenter',
  documentTypes: 'Dokumenttyper',
  navTiltak: 'Tiltak',
  navVedtak: 'Vedtak',
  navOpenData: 'Åpne data',
  kommuner: 'Kommuner',
  accessibilityStatement: 'Tilgjengelighetserklæring',
  contact: 'Kontakt',
  newest: 'Nyeste dokumenter',
  onConsultation: 'På høring nå',
  noneOnConsultation: 'Ingen dokumenter er på høring nå.',
  documentsCount: '{n} dokumenter',
  documentsCountOne: '1 dokument',
  documentsFrom: 'Dokumenter fra {kommune}',
  draft: 'Utkast – ikke publisert',
  draftExplain: 'Denne siden vises bare i forhåndsvisning og blir ikke publisert.',
  consultationOpen: 'Dokumentet er på høring. Høringsfristen er {date}.',
  consultationClosed: 'Dokumentet var på høring. Høringsfristen gikk ut {date}.',
  consultationNoDeadline: 'Dokumentet er på høring.',
  repealed: 'Dokumentet er opphevet.',
  replacedBy: 'Erstattet av',
  replaces: 'Erstatter',
  metaHeading: 'Om dokumentet',
  type: 'Type',
  status: 'Status',
  kommune: 'Kommune',
  date: 'Dato',
  period: 'Periode',
  caseNumber: 'Arkivsak',
  archiveCode: 'Arkivkode',
  caseOfficer: 'Saksbehandler',
  responsible: 'Ansvarlig',
  deadline: 'Høringsfrist',
  route: 'Saksgang',
  body: 'Utvalg',
  meetingDate: 'Møtedato',
  caseNo: 'Saksnr.',
  recommendation: 'Innstilling',
  recommendationFrom: 'Innstilling fra {from}',
  decisions: 'Vedtak',
  decisionIn: 'Vedtak i {organ}',
  focusAreas: 'Satsingsområder',
  goals: 'Mål',
  priority: 'Prioritet {n}',
  readSection: 'Les mer: {section}',
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
  actionFromDocument: 'i den vedtatte planen',
  actionFromUpdate: 'statusoppdatering',
  actionStatusNote:
    'Status for tiltakene er oppdatert etter at planen ble vedtatt. Teksten i planen står uendret; den vedtatte statusen ligger i historikken.',
  actionAllTiltak: 'Alle tiltak med gjeldende status',
  attachments: 'Vedlegg',
  toc: 'Innhold',
  tocShow: 'Vis innholdet',
  // Issue 14 (pages): long documents, wide tables and honest tiltak dates.
  tocJump: 'Til innhold',
  backToTop: 'Til toppen',
  tableScrollHint: 'Tabellen er bred: rull sidelengs for å se alle kolonnene.',
  actionStatusAtAdoption: 'ved vedtak',
  actionStatusInDocument: 'i dokumentet',
  followUp: 'Oppfølging',
  followUpReport: 'Statusrapport for tiltakene',
  followUpAreas: 'Satsingsområdene, hvert med sine tiltak',
  related: 'Relaterte dokumenter',
  pdf: 'Last ned som PDF',
  notFoundTitle: 'Fant ikke siden',
  notFoundText: 'Siden du leter etter, finnes ikke eller er flyttet.',
  notFoundBack: 'Gå til forsiden',
  tertial: '{n}. tertial {year}',
  quarter: '{n}. kvartal {year}',
  kr: 'kr',
  'type.strategi': 'Strategi',
  'type.plan': 'Plan',
  'type.handlingsplan': 'Handlingsplan',
  'type.saksframlegg': 'Saksframlegg',
  'type.orientering': 'Orientering',
  'type.notat': 'Notat',
  'types.strategi': 'Strategier',
  'types.plan': 'Planer',
  'types.handlingsplan': 'Handlingsplaner',
  'types.saksframlegg': 'Saksframlegg',
  'types.orientering': 'Orienteringer',
  'types.notat': 'Notater',
  'status.horing': 'På høring',
  'status.vedtatt': 'Vedtatt',
  'status.opphevet': 'Opphevet',
  'status.lagt-fram': 'Lagt fram',
  'action.planlagt': 'Planlagt',
  'action.pagar': 'Pågår',
  'action.fullfort': 'Fullført',
  'action.utsatt': 'Utsatt',
  'action.avlyst': 'Avlyst',
  // Content model round (høringssvar): how to respond to a høring, on the page, the front page and in the PDF.
  respondEmail: 'Send høringssvaret ditt på e-post til {link} innen fristen.',
  respondForm: 'Svar på høringen i {link} innen fristen.',
  respondFormLink: 'skjemaet for høringssvar',
  respondGeneric: 'Send høringssvaret ditt til {kommune} innen fristen, på e-post eller brev.',
  respondCase: 'Merk svaret med saksnummer {caseNumber}.',
};

// ---- Parts the messages below are built from ----

const expected = {
  text: 'en tekst',
  list: 'en liste (linjer som begynner med «- »)',
  object: 'felt med innrykk under',
  textOrList: 'en tekst eller en liste',
  objectOrText: 'en tekst eller felt med innrykk under',
  number: 'et tall',
};

/** What each YAML parser error means for a clerk, and what to do. */
const yamlHints = {
  TAB_AS_INDENT: 'innrykket inneholder tabulatortegn. Bruk mellomrom (for eksempel to) til innrykk',
  BAD_INDENT:
    'innrykket stemmer ikke. Sjekk at felt på samme nivå starter i samme kolonne, og at en liste i `[ ]` blir avsluttet',
  MISSING_CHAR:
    'et tegn mangler, ofte et avsluttende `]`, `}` eller hermetegn. Legg til tegnet som mangler',
  BLOCK_AS_IMPLICIT_KEY:
    'en linje mangler kolon etter feltnavnet, eller innrykket er feil. Sjekk linja og den over',
  MULTILINE_IMPLICIT_KEY:
    'en linje mangler kolon etter feltnavnet, eller en tekst over flere linjer står uten hermetegn. Sett teksten i hermetegn',
  BAD_SCALAR_START:
    'en verdi begynner med et tegn YAML ikke godtar der (for eksempel `@`, `` ` `` eller `%`). Sett verdien i hermetegn',
  BAD_DQ_ESCAPE:
    'en tekst i doble hermetegn har en ugyldig `\\`. Bruk enkle hermetegn, eller skriv `\\\\`',
  BAD_ALIAS:
    'en `*` viser til et anker (`&`) som ikke finnes. Sett teksten i hermetegn hvis `*` skal stå som tegn',
  TOO_MANY_ALIASES: `alias (\`*\`) utvider frontmatter til for mange verdier. Skriv verdiene ut i stedet for å bruke alias`,
  MULTIPLE_DOCS:
    'det står en ekstra linje med `---` i frontmatter. Fjern den, slik at frontmatter har én `---` før og én etter',
  // Text hygiene and limits (issue 9): frontmatter nested deeper than any template.
  RESOURCE_EXHAUSTION:
    'frontmatter er nøstet for dypt (lister i lister eller felt i felt i mange nivåer). Skriv feltene med færre nivåer, slik malen viser',
  TOO_DEEP:
    'frontmatter er nøstet for dypt (lister i lister eller felt i felt i mange nivåer). Skriv feltene med færre nivåer, slik malen viser',
  UNEXPECTED_TOKEN:
    'et tegn står der YAML ikke venter det, ofte et kolon, `#`, `[` eller `{` i en tekst uten hermetegn. Sett teksten i hermetegn',
};

const yamlFallback =
  'sjekk innrykket og kolon etter feltnavnet, og sett tekst som inneholder kolon, `#`, `[` eller `{` i hermetegn';

/** What kind of unsafe character `tegn-ulovlig` found (its `code`), and the likely cause. */
const unsafeWhat = {
  control: ['et usynlig styretegn', 'Det kommer ofte fra tekst kopiert fra et annet program'],
  c1: [
    'et C1-styretegn',
    'Det er ofte et anførselstegn eller en tankestrek som er lagret med feil koding',
  ],
  noncharacter: [
    'et tegn som ikke er gyldig i Unicode',
    'Det kommer ofte fra tekst kopiert fra et annet program',
  ],
  surrogate: [
    'en halv UTF-16-kode som ikke er et tegn',
    'Den kommer ofte fra en `\\u`-kode i hermetegn; skriv selve tegnet i stedet',
  ],
  reference: [
    'en tegnreferanse (`&#…;`) til et tegn som ikke kan publiseres',
    'Slike referanser har ingen plass i en tekst',
  ],
};

/** The allowed types as a clerk reads them, as docs/rettleiing.md lists them; keep in step with PUBLISHABLE in src/lib/files/file-types.ts. */
const allowedTypes =
  'PDF, PNG, JPEG, WebP, GIF, SVG (uten skript), Word (.doc, .docx), Excel (.xls, .xlsx), PowerPoint (.ppt, .pptx), OpenDocument (.odt, .ods, .odp), RTF, CSV, TXT og ZIP';

/** What sniff.ts found in a file, as a clerk would say it. */
const found = {
  HTML: 'en nettside (HTML)',
  XML: 'XML',
  SVG: 'en SVG-tegning',
  PDF: 'en PDF',
  PNG: 'et PNG-bilde',
  JPEG: 'et JPEG-bilde',
  GIF: 'et GIF-bilde',
  WebP: 'et WebP-bilde',
  ZIP: 'en ZIP-fil (eller en Office-fil i nytt format, .docx/.xlsx/.pptx)',
  OLE: 'en Office-fil i gammelt format (.doc/.xls/.ppt)',
  RTF: 'RTF',
  'UTF-7': 'tekst med skjult HTML (UTF-7)',
  binary: 'ukjent binært innhold',
  text: 'vanlig tekst',
};

const yamlHint = (code: string | undefined): string =>
  Object.hasOwn(yamlHints, code ?? '') ? yamlHints[code as keyof typeof yamlHints] : yamlFallback;
const unsafe = (code: string | undefined) =>
  unsafeWhat[(code ?? 'control') in unsafeWhat ? (code as keyof typeof unsafeWhat) : 'control'];
const foundIn = (a: MessageArgs): string =>
  Object.hasOwn(found, a.other ?? '') ? found[a.other as keyof typeof found] : (a.other ?? '');
const kind = (ext: string | undefined): string => (ext ? `en .${ext}-fil` : 'en fil uten filtype');
const meant = (what: string | undefined): string =>
  what === undefined ? '' : ` Mente du «${what}»?`;
const IMAGE_TYPES = 'PNG, JPEG, GIF, WebP og SVG';
const ALLOWED_HTML = '<b>, <i>, <u>, <s>, <sub>, <sup> og <br>';

// ---- Content problems (rule ids are stable) ----

const fileProblems = {
  'fil-type': (a) =>
    `«${a.value}» er ${kind(a.detail)}, og den typen kan ikke publiseres: nettsider, skript og ukjente filtyper kunne kjøre kode på nettstedet. Tillatt er ${allowedTypes}. Lagre fila som PDF (eller en av de andre typene) og vis til den fila.`,
  'fil-innhald': (a) =>
    `«${a.value}» heter .${a.detail}, men innholdet er ${foundIn(a)}. En fil som ikke er det navnet sier, blir ikke publisert (en nettleser kunne tolke den som en nettside). Åpne fila i programmet den er laget i, og lagre den på nytt som ${a.detail?.toUpperCase()} eller PDF. Tillatt er ${allowedTypes}.`,
  'svg-ugyldig': (a) =>
    `SVG-fila «${a.value}» er ikke gyldig XML (linje ${a.line} i SVG-fila: ${a.detail}), så den blir ikke publisert. Eksporter tegningen på nytt som SVG fra tegneprogrammet, eller lagre den som PNG.`,
  'svg-aktivt': (a) =>
    `SVG-fila «${a.value}» inneholder ${a.detail} (linje ${a.line} i SVG-fila). En SVG blir bare publisert når den er en ren tegning: uten skript, hendelser (on…), <foreignObject>, <!DOCTYPE> og lenker eller stiler som henter noe utenfor fila. Eksporter tegningen på nytt som «vanlig SVG» eller «optimalisert SVG», eller lagre den som PNG.`,
  'fil-adresse': (a) =>
    `«${a.value}» blir publisert på samme adresse (${a.detail}) som ${a.other === undefined ? 'PDF-en av dokumentet' : `«${a.other}»${a.line ? ` (linje ${a.line})` : ''}`}, fordi store og små bokstaver, mellomrom og æ/ae, ø/o, å/a blir like i adressen. Gi en av filene et annet navn.`,
} satisfies Record<string, Render>;

const hygieneProblems = {
  'tegn-ulovlig': (a) => {
    const [what, cause] = unsafe(a.code);
    return `Teksten inneholder ${what} (${a.detail}), som ville gjort nyhetsstrømmen og de åpne dataene ugyldige. ${cause}. Fjern tegnet (skriv ordet på nytt hvis du ikke ser det).`;
  },
  'tegn-usynlig': (a) =>
    `Teksten inneholder ${a.code === 'bidi' ? 'et usynlig tegn som endrer skriveretningen' : 'et usynlig tegn uten bredde'} (${a.detail}). Det kan skjule eller stokke om deler av teksten for leseren. Fjern tegnet (skriv teksten på nytt hvis du ikke ser det).`,
  'brodtekst-for-djup': (a) =>
    `Teksten er nøstet i over ${a.count} nivåer her (lister, sitater med «>», utheving, lenker eller HTML inni hverandre). Så dyp nøsting er nesten alltid en feil fra kopiering og kan ikke vises. Fjern innrykk, «>» eller tagger, slik at teksten får færre nivåer.`,
  'belop-eksponent': (a) =>
    `«${a.value}» er skrevet med eksponent (e), og et beløp blir ikke publisert slik. Skriv beløpet med sifre, for eksempel 100000 eller "100 000".`,
  'belop-desimalar': (a) =>
    `«${a.value}» har flere desimaler enn øre. Skriv høyst to desimaler etter komma (for eksempel "12,35"), eller skriv tusener med mellomrom ("12 345").`,
  'belop-for-stort': (a) =>
    `«${a.value}» er for stort til at siden, PDF-en og de åpne dataene kan vise beløpet nøyaktig. Sjekk om det er skrevet for mange sifre, og skriv beløpet i kroner, for eksempel "57 060".`,
  'tall-for-stort': (a) =>
    `«${a.value}» er et for stort tall. Skriv et lite helt tall fra 1 og oppover, for eksempel 1.`,
  'dato-framtid': (a) =>
    `«${a.value}» er mer enn ${a.count} år fram i tid. Sjekk årstallet (for eksempel 2202 i stedet for 2022).`,
} satisfies Record<string, Render>;

// Long paragraphs (longpara): a paragraph of thousands of lines is refused before parsing.
const longParagraphProblems = {
  'brodtekst-langt-avsnitt': (a) =>
    `Avsnittet som begynner her, har over ${a.count} linjer uten en tom linje imellom. Et så langt avsnitt er nesten alltid en feil fra kopiering, og det ville gjort kontrollen og byggingen av nettstedet svært treg. Del det opp med tomme linjer mellom avsnittene. Er det en tabell eller en liste, del den opp i flere, eller legg dataene ved som en fil (for eksempel CSV eller regneark).`,
} satisfies Record<string, Render>;

const problem = {
  // Files that would be published (type, content, SVG, address): the fil-* rules.
  ...fileProblems,
  'fil-utf16': () =>
    'Fila er lagret som UTF-16 («Unicode»), ikke UTF-8. Åpne fila og lagre den på nytt med koding UTF-8 (i Notisblokk: Lagre som → Koding: UTF-8).',
  'fil-koding': (a) =>
    `Fila er ikke lagret som UTF-8 (æ, ø og å blir feil her: «${a.detail}»). Åpne fila og lagre den på nytt med koding UTF-8 (i Notisblokk: Lagre som → Koding: UTF-8).`,
  'fil-binaer': () =>
    'Fila er ikke en tekstfil (den inneholder NUL-tegn), for eksempel et bilde eller et Word-dokument med feil filending. Gi den riktig filending, eller lim inn teksten i en ny .md-fil.',
  'fil-ubrukt': () =>
    'Fila er ikke brukt av noe dokument, så den blir ikke publisert. Legg den inn som `vedlegg` i et dokument, lenk til den fra teksten, eller flytt den ut av content-mappen.',
  'fil-stor': () =>
    'Fila er over 1 MB. Den blir publisert, men gjør kontrollen og byggingen treg og siden tung å lese. Del dokumentet opp, eller legg store tabeller ved som `vedlegg`.',
  'ingen-dokument': () =>
    'Fant ingen dokumenter (.md-filer) i mappen. Sjekk at du peker på riktig mappe, eller lag et dokument med `npm run new`.',
  'frontmatter-toml': () =>
    'Frontmatter står mellom `+++` (TOML), men Planverk leser bare YAML mellom `---`. Bytt `+++` med `---` og skriv feltene som `tittel: Min tittel`.',
  'tom-fil': () =>
    'Fila er tom. Begynn med frontmatter mellom to linjer med `---`: tittel, type, status og dato.',
  'ingen-frontmatter': () =>
    'Fila mangler frontmatter. Den første linja skal være `---`, så feltene (tittel, type, status, dato …) og til slutt en linje med `---`.',
  'frontmatter-open': () =>
    'Frontmatter blir ikke avsluttet. Legg til en linje med bare `---` etter det siste feltet.',
  'frontmatter-form': () =>
    'Frontmatter må bestå av felt på formen `tittel: Min tittel`, ett per linje.',
  'yaml-syntaks': (a) => `Frontmatter kan ikke leses: ${yamlHint(a.code)}.`,
  'felt-dobbelt': (a, s) =>
    `\`${s(a.key)}\` står to ganger (også på linje ${a.line}). Behold bare ett av dem.`,
  'ukjent-felt': (a, s) =>
    a.suggestion
      ? `«${a.value}» er ikke et kjent felt. Mente du \`${s(a.suggestion)}\`?`
      : `«${a.value}» er ikke et kjent felt her. Bruk et av de kjente feltene (${list(a.allowed, s)}), eller fjern linja.`,
  'obligatorisk-felt': (a, s) =>
    `Feltet \`${s(a.key)}\` ${a.value === '' ? 'er tomt' : 'mangler'}${
      a.because === 'horing'
        ? ' (det er påkrevd når status er høring)'
        : a.because === 'tiltak'
          ? ' (det trengs når tiltak viser til satsingsområder i et annet dokument)'
          : ''
    }. Skriv for eksempel \`${s(a.key)}: ${s(a.example)}\`.`,
  'verdi-ukjent': (a, s) =>
    `«${a.value}» er ikke en gyldig verdi.${a.suggestion ? ` Mente du \`${s(a.suggestion)}\`?` : ''} Gyldige verdier er ${list(a.allowed, s)}.`,
  'verdi-type': (a) =>
    `Her skal det stå ${expected[a.expected ?? 'text']}. Sjekk innrykket og skrivemåten.`,
  'dato-ugyldig': (a) =>
    `«${a.value}» er ikke en gyldig dato. Skriv datoen som 26.03.2020 eller 2020-03-26.`,
  'dato-format': (a, s) =>
    `«${a.value}» er ikke skrevet som en dato.${a.suggestion ? ` Mente du ${s(a.suggestion)}?` : ''} Skriv datoen som 26.03.2020, 26. mars 2020 eller 2020-03-26.`,
  'frist-ugyldig': (a, s) =>
    `«${a.value}» er ikke en gyldig frist.${a.suggestion ? ` Mente du ${s(a.suggestion)}?` : ''} Skriv en dato (26.03.2021), et år (2021), et tertial (2021-T2) eller et kvartal (2021-K3).`,
  'belop-ugyldig': (a) =>
    `«${a.value}» er ikke et gyldig beløp. Skriv kroner som et tall, for eksempel 57060, "57 060" eller "kr 57 060,-".`,
  'belop-negativt': (a) =>
    `«${a.value}» er et negativt beløp. Skriv kostnaden som et tall fra 0 og oppover; en innsparing kan stå i \`merknad\`.`,
  'tall-ugyldig': (a) =>
    `«${a.value}» er ikke et helt tall fra 1 og oppover. Skriv for eksempel 1.`,
  'periode-ugyldig': (a) =>
    `«${a.value}» er ikke en gyldig periode. Skriv for eksempel 2020–2025 eller {fra: 2020, til: 2025}, med det første året først.`,
  'kommune-ukjent': (a, s) =>
    `«${a.value}» er ikke en kommune på dette nettstedet.${a.suggestion ? ` Mente du \`${s(a.suggestion)}\`?` : ''} Kommunene er ${list(a.allowed, s)}.`,
  'id-format': (a, s) =>
    `«${a.value}» kan ikke brukes som id. Bruk små bokstaver, tall og bindestrek, for eksempel \`${s(a.suggestion)}\`.`,
  'id-duplikat': (a) =>
    `Id-en «${a.value}» er allerede brukt på linje ${a.line}. Hver id må være unik i dokumentet; gi denne en annen id.`,
  'referanse-ukjent': (a, s) =>
    `Finner ikke dokumentet «${a.value}».${a.suggestion ? ` Mente du \`${s(a.suggestion)}\`?` : ''} Skriv id-en til dokumentet: stien under content/ uten .md, for eksempel \`strategier/digital-strategi\`.`,
  'referanse-utkast': (a) =>
    `«${a.value}» er et utkast og skal ikke publiseres, men dette dokumentet er publisert og viser til det, slik at utkastet ville bli synlig. Fjern henvisningen, eller vent til «${a.value}» har status høring eller vedtatt.`,
  'referanse-seg-sjolv': () =>
    'Dokumentet viser til seg selv. Skriv id-en til et annet dokument, eller fjern feltet.',
  'erstatter-ring': (a) =>
    `\`erstatter\` går i ring: ${a.detail}. Et dokument kan ikke erstatte et som (via andre) erstatter det selv; fjern \`erstatter\` i det eldste dokumentet.`,
  'erstatter-dobbel': (a) =>
    `«${a.value}» blir også erstattet av «${a.detail}». Et dokument kan bare erstattes av ett dokument; fjern \`erstatter\` i det ene.`,
  'strategi-type': (a) =>
    `«${a.value}» er ${a.detail ? `et dokument av typen ${a.detail}` : 'et dokument'}, ikke en strategi. Skriv id-en til dokumentet med \`type: strategi\` som har satsingsområdene tiltakene hører til.`,
  'satsingsomrade-ukjent': (a, s) =>
    `«${a.value}» er ikke et satsingsområde i ${a.detail}.${a.suggestion ? ` Mente du \`${s(a.suggestion)}\`?` : ''} ${a.allowed?.length ? `Bruk id-en til et av dem: ${list(a.allowed, s)}.` : 'Det finnes ingen satsingsområder der: legg dem inn i strategien, eller fjern feltet.'}`,
  'seksjon-ukjent': (a, s) =>
    `Dokumentet har ingen overskrift «${a.value}».${a.suggestion ? ` Mente du «${s(a.suggestion)}»?` : ''} Skriv teksten eller ankeret til en overskrift i dokumentet${a.allowed?.length ? `: ${list(a.allowed, s)}` : ''}.`,
  'vedlegg-sti': (a) =>
    `«${a.value}» peker ut av content-mappen. Legg vedlegget i mappen til dokumentet (eller en undermappe) og skriv stien dit, for eksempel \`vedlegg/budsjett.pdf\`.`,
  'vedlegg-fil': (a) =>
    `Finner ikke vedlegget «${a.value}» (ventet ${a.detail}). Sjekk stavemåten, eller legg fila der.`,
  'vedlegg-mappe': (a) =>
    `«${a.value}» er en mappe, ikke en fil. Skriv stien til selve fila, for eksempel \`${a.value}/budsjett.pdf\`.`,
  'vedlegg-dokument': (a) =>
    `«${a.value}» er et dokument på nettstedet, ikke et vedlegg. Vis til det med \`relatert: ${a.detail}\` i stedet.`,
  'slug-duplikat': (a) =>
    `Dokumentet får samme nettadresse (${a.detail}) som «${a.value}», fordi store og små bokstaver og æ/ae, ø/o, å/a blir like i adressen. Gi en av filene et annet navn.`,
  ...hygieneProblems,
  ...longParagraphProblems,
  // Draft gate (issue 9, scope 5): what the build's draft gate refuses, reported first.
  'utkast-nemnt': (a) =>
    `Teksten nevner «${a.value}», som er adressen eller id-en til utkastet «${a.detail}». Et utkast blir ikke publisert, og et publisert dokument kan ikke vise hvor det skal ligge. Fjern adressen, eller vent til «${a.detail}» er klar.`,
  // Content model round (lagt fram, høringssvar, strategi, seksjon): the model branch's words.
  'status-type': (a, s) =>
    `Status «${a.value}» passer bare for orientering og notat, som ikke blir vedtatt. Med \`type: ${s(a.key)}\` er status en av ${list(a.allowed, s)}. Skriv \`status: ${s(a.suggestion)}\` når dokumentet er vedtatt.`,
  'horingssvar-epost': (a) =>
    `«${a.value}» kan ikke brukes som e-postadresse for høringssvar. Skriv én adresse uten mellomrom, komma, linjeskift, %, ? eller &, for eksempel \`høringssvar: postmottak@tysnes.kommune.no\`.`,
  'horingssvar-http': (a) =>
    `«${a.value}» er en usikker http-adresse. Skjemaet for høringssvar må ha en adresse som begynner med https://, for eksempel \`høringssvar: https://skjema.tysnes.kommune.no/horing\`.`,
  'horingssvar-adresse': (a) =>
    `«${a.value}» er ikke en trygg adresse til et skjema: den har brukernavn eller passord, mellomrom, eller mangler et fullt domenenavn. Skriv hele adressen til skjemaet, for eksempel \`høringssvar: https://skjema.tysnes.kommune.no/horing\`.`,
  'horingssvar-ugyldig': (a) =>
    `«${a.value}» er verken en e-postadresse eller en https-adresse. Skriv e-postadressen høringssvarene skal sendes til (\`høringssvar: postmottak@tysnes.kommune.no\`) eller adressen til skjemaet (\`høringssvar: https://skjema.tysnes.kommune.no/horing\`).`,
} satisfies Record<string, Render>;

/** Problems in status update files. */
const update = {
  'oppdatering-yaml': (v) => `Fila kan ikke leses: ${v.detail}.`,
  'oppdatering-dobbel-nokkel': (v) =>
    `«${v.key}» står to ganger (også på linje ${v.line}). Behold bare én av dem.`,
  'oppdatering-ukjent-nokkel': (v) =>
    `Ukjent nøkkel «${v.key}».${v.fix ? ` Mente du «${v.fix}»?` : ` Tillatte nøkler: ${v.known}.`}`,
  'oppdatering-mangler-felt': (v) =>
    `«${v.key}» mangler. Skriv for eksempel «${v.key}: ${v.example}».`,
  'oppdatering-ikke-liste': (v) =>
    `«${v.key}» skal være en liste med oppdateringer. Skriv hver oppdatering som felt: første linje «- tiltak: …», og «dato», «status» og «merknad» med innrykk under.`,
  'oppdatering-dato-ugyldig': (v) =>
    v.reason === 'impossible'
      ? `Datoen «${v.value}» finnes ikke i kalenderen. Sjekk dag og måned.`
      : `«${v.value}» er ikke en dato. Skriv datoen som 2021-10-15 eller 15.10.2021.`,
  'oppdatering-status-ugyldig': (v) =>
    `Ukjent status «${v.value}».${v.fix ? ` Mente du «${v.fix}»?` : ''} Bruk en av: ${v.known}.`,
  'oppdatering-malform-ugyldig': (v) =>
    `Ukjent målform «${v.value}». Skriv «nb» (bokmål) eller «nn» (nynorsk).`,
  'oppdatering-dokument-ukjent': (v) =>
    `Fant ikke dokumentet «${v.value}».${v.fix ? ` Mente du «${v.fix}»?` : ''} Skriv id-en til handlingsplanen: stien under content/ uten .md.`,
  'oppdatering-dokument-mangler': (v) =>
    `Det går ikke fram hvilken handlingsplan tiltaket «${v.value}» hører til.${v.fix ? ` Mente du «${v.fix}»?` : ''} Skriv «tiltak: dokument-id#tiltak-id», eller «dokument: …» øverst i fila.`,
  'oppdatering-tiltak-ukjent': (v) =>
    `Dokumentet «${v.doc}» har ikke noe tiltak med id «${v.value}».${v.fix ? ` Mente du «${v.fix}»?` : ''} Bruk en av id-ene der: ${v.known}.`,
} satisfies Record<string, (v: StatusVars) => string>;

/** Messages the Markdown pipeline attaches to images and links. */
const local = {
  remoteImage: (url, name) =>
    `Bildet «${url}» ligger på en annen nettside og blir ikke lastet inn: det ville fortelle den siden hvem som leser, og PDF-en til arkivet må være komplett. Last ned fila, legg den ved siden av dokumentet og skriv ![…](${target(name)}).`,
  imageOutside: (src) =>
    `Bildet «${src}» ligger utenfor content-mappa og kan ikke publiseres. Legg fila ved siden av dokumentet og skriv stien relativt til dokumentet.`,
  imageMissing: (src, file, suggestion) =>
    `Bildet «${src}» finnes ikke (${file}).${meant(suggestion)} Stien er relativ til mappa dokumentet ligger i; sjekk stavemåten og at fila er lagt inn.`,
  imageType: (src, ext) =>
    `Bildet «${src}» er en ${ext ? `.${ext}-fil` : 'fil uten filtype'}; nettsida og PDF-en kan bare vise ${IMAGE_TYPES}. Lagre bildet som PNG eller JPEG og lenk til den fila.`,
  imageAlt: (src) =>
    `Bildet «${src}» mangler alternativ tekst for dem som ikke ser det. Skriv en alternativ tekst mellom [ ] som forteller hva bildet viser, f.eks. ![Figur 1 Løsninger på ulike nivå](${target(src)}).`,
  linkOutside: (href) =>
    `Lenken «${href}» peker ut av content-mappa. Legg fila inn i content-mappa, gjerne ved siden av dokumentet, og lenk til den der.`,
  documentMissing: (href, from, id, suggestion) =>
    `Lenken «${href}» i «${from}» peker på dokumentet «${id}», som ikke finnes.${meant(suggestion)} Stien er relativ til mappa dette dokumentet ligger i.`,
  fileMissing: (href, from, file, suggestion) =>
    `Lenken «${href}» i «${from}» peker på fila «${file}», som ikke finnes.${meant(suggestion)} Stien er relativ til mappa dette dokumentet ligger i.`,
  linkDraft: (href, from, id) =>
    `Lenken «${href}» i «${from}» peker på «${id}», som er et utkast og ikke blir publisert. Fjern lenken, eller vent med å publisere til «${id}» er klar.`,
  anchorMissing: (href, where, suggestion) =>
    `Lenken «${href}» peker på en overskrift som ikke finnes${where ? ` i «${where}»` : ' i dokumentet'}.${meant(suggestion)}`,
  nameClash: (file, other, url) =>
    `Fila «${file}» får samme adresse som ${other === undefined ? 'PDF-en av dokumentet' : `«${other}»`} (${url}). Gi en av filene et annet navn.`,
  exampleImage: 'bilde.png',
} satisfies LocalText;

/** Messages about HTML the sanitiser removed. */
const html = {
  dropped: (tag) =>
    `HTML-elementet <${tag}> er fjernet sammen med innholdet. Bare ${ALLOWED_HTML} kan stå som HTML i teksten; skriv resten som Markdown.`,
  unwrapped: (tag) =>
    `HTML-elementet <${tag}> er fjernet, teksten i det er beholdt. Bare ${ALLOWED_HTML} kan stå som HTML i teksten; skriv resten som Markdown.`,
  unsafeUrl: (tag, attribute, url, protocols) =>
    `Adressen «${url}» i <${tag} ${attribute}> er fjernet. Bare adresser som begynner med ${protocols} er tillatt.`,
  eventHandler: (tag, attribute) =>
    `Attributtet ${attribute} på <${tag}> er fjernet: teksten kan ikke inneholde skript.`,
} satisfies UnsafeHtmlText;

/** The words the Markdown pipeline writes into a page. */
const pipeline = {
  footnotes: 'Fotnoter',
  backToReference: (n, k) => `Tilbake til henvisning ${k > 1 ? `${n}-${k}` : n}`,
  table: 'Tabell',
} satisfies PipelineWords;

/** Words only the printed document uses. */
const print = {
  page: 'Side',
  of: 'av',
  /** The publishing kommune(r) the way a letterhead names them: «Årdal og Lærdal kommuner». */
  kommuneLine: (names: readonly string[]) =>
    names.length === 0
      ? ''
      : names.length === 1
        ? `${names[0]} kommune`
        : `${names.slice(0, -1).join(', ')} og ${names.at(-1)} kommuner`,
  coatOfArms: '{name} kommunevåpen',
  internalLink: 'Lenke til en annen del av dokumentet',
  officialVersion: 'Offisiell versjon: {url}',
  respond:
    'Send høringssvar til {kommune} innen fristen. Hvordan du svarer, og hva som er kommet inn, står på {url}',
};

/** The data pages: tiltak overview, status reports, satsingsområde pages, vedtak register, open data, feeds. */
const data = {
  tiltakTitle: 'Tiltak i handlingsplanene',
  tiltakIntro:
    'Alle tiltak fra handlingsplanene, med gjeldende status etter siste statusoppdatering.',
  tiltakCount: '{n} tiltak',
  filters: 'Filtrer tiltakene',
  filterStatus: 'Status',
  filterAnsvar: 'Ansvar',
  filterYear: 'Frist (år)',
  filterArea: 'Satsingsområde',
  all: 'Alle',
  showing: 'Viser: {what}',
  progress: 'Framdrift',
  progressOf: 'Framdrift: {name}',
  progressChartDesc:
    'Stolpediagram med antall tiltak per status. Tabellen under viser de samme tallene.',
  perStrategy: 'Per strategi',
  perArea: 'Per satsingsområde',
  total: 'Totalt',
  source: 'Dokument',
  strategy: 'Strategi',
  currentStatus: 'Gjeldende status',
  since: 'fra {date}',
  history: 'Statushistorikk',
  historyOf: 'Statushistorikk for «{name}»',
  fromDocument: 'Status i vedtatt plan',
  fromUpdate: 'Statusoppdatering',
  noTiltak: 'Ingen tiltak.',
  report: 'Statusrapport',
  reportTitle: 'Statusrapport: {name}',
  reportIntro:
    'Status for tiltakene i {name} per {date}. Strategiteksten står uendret slik den ble vedtatt; statusen endres med statusoppdateringer.',
  reports: 'Statusrapporter',
  printHint: 'Siden er laget for utskrift.',
  areaPage: 'Satsingsområde',
  areaIn: 'Satsingsområde i {name}',
  goals: 'Mål',
  readSection: 'Les om satsingsområdet i strategien',
  areaTiltak: 'Tiltak i satsingsområdet',
  vedtakTitle: 'Vedtaksregister',
  vedtakIntro: 'Alle vedtak og innstillinger, nyeste først.',
  vedtakCount: '{n} vedtak og innstillinger',
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
  licenceText: 'Dataene er publisert under lisensen:',
  regionLabel: 'Tabell: {name}',
  openData: 'Åpne data',
  openDataIntro:
    'Alt som er publisert her, finnes også som åpne data som kan lastes ned og brukes fritt.',
  feed: 'Nyhetsstrøm (Atom) for {name}',
  feedAll: 'Nye og endrede dokumenter',
  dataTiltakCsv: 'Tiltak (CSV)',
  dataVedtakCsv: 'Vedtak og innstillinger (CSV)',
  dataJson: 'Dokumenter (JSON)',
  dataSchema: 'JSON Schema for dokumentene',
  // The open-data page.
  noteJson:
    '{n} dokumenter med alle felt fra innholdsmodellen, vedtak, satsingsområder og tiltak med gjeldende status og historikk.',
  noteSchema:
    'Beskriver dokument.json (JSON Schema, utkast 2020-12). Bruk det til å validere fila.',
  noteTiltak:
    '{n} tiltak med satsingsområde, ansvar, frist, gjeldende status, kostnad og kildedokument.',
  noteVedtak: '{n} vedtak og innstillinger med organ, dato, saksnummer og dokument.',
  filesHeading: 'Filer',
  formatHeading: 'Format',
  formatCsv:
    'CSV-filene er i UTF-8 med BOM, har semikolon mellom feltene og CRLF som linjeskift, slik at de åpner riktig i Excel med norske innstillinger. Se under for LibreOffice.',
  formatNumbers: 'Tall står uten tusenskille og med desimalkomma; datoer står som ÅÅÅÅ-MM-DD.',
  formatStatus:
    'Status for tiltak: planlagt, pagar (pågår), fullfort (fullført), utsatt, avlyst. Gjeldende status er siste statusoppdatering; status_i_dokumentet er statusen i den vedtatte planen.',
  formatUrls: 'URL-er i JSON-filen er relative til roten av nettstedet',
  spreadsheetHeading: 'Åpne CSV-filene i et regneark',
  spreadsheetExcel:
    'Excel: dobbeltklikk på filen. Står alt i én kolonne eller ser æ, ø og å rare ut, velg Data → Fra tekst/CSV, filopprinnelse «65001: Unicode (UTF-8)» og skilletegnet «Semikolon».',
  spreadsheetCalc:
    'LibreOffice Calc: åpne filen og velg i vinduet for tekstimport tegnsettet «Unicode (UTF-8)», kryss av for «Semikolon» som skilletegn og fjern krysset for «Komma», og velg språket «Norsk» så tall med desimalkomma blir tall.',
  spreadsheetCli:
    'LibreOffice fra kommandolinjen viser ikke dette vinduet og leser da filen som Latin-1 med komma mellom feltene. Oppgi importinnstillingene selv (semikolon, UTF-8, norske tall):',
  feedsHeading: 'Nyhetsstrømmer',
};

/** The search form and page. */
const search = {
  searchLabel: 'Søk i dokumentene',
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
  sortNewest: 'Nyeste først',
  sortOldest: 'Eldste først',
  clearFilters: 'Fjern alle avgrensninger',
  resultsHeading: 'Resultater',
  countMany: '{n} treff',
  countOne: '1 treff',
  countNone: 'Ingen treff. Prøv et annet ord eller færre avgrensninger.',
  browseCount: '{n} dokumenter',
  loading: 'Søker …',
  showMore: 'Vis flere',
  noScript: 'Søket trenger JavaScript. Du finner alle dokumentene på listesidene.',
  allDocumentsLink: 'Se alle dokumenter',
  loadError: 'Søket kunne ikke lastes. Prøv igjen senere.',
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
} satisfies SearchWords;

// Language and structure checks (issue 15, scopes 2 and 3): warnings about a
// body, after Språkrådet's klarspråk advice, and the dev page's words.
const language = {
  otherMalform: (word, fix) =>
    `«${word}» er nynorsk, men dokumentet er på bokmål. Skriv «${fix}», eller sett målform: nynorsk hvis hele teksten er nynorsk. Et sitat på nynorsk kan stå som sitat (> …).`,
  sentenceLong: (words, max) =>
    `Setningen har ${words} ord. Setninger på mer enn ${max} ord er tunge å lese (Språkrådet); del den i to eller flere.`,
  paragraphLong: (words, max) =>
    `Avsnittet har ${words} ord. Del avsnitt på mer enn ${max} ord, gjerne med en mellomtittel eller en punktliste.`,
  abbreviation: (abbr) =>
    `Forkortelsen «${abbr}» er ikke forklart før den blir brukt. Skriv det fulle navnet første gang, med forkortelsen i parentes: «… (${abbr})».`,
  linkText: (text) =>
    `Lenketeksten «${text}» sier ikke hvor lenken fører. Skriv hva leseren finner, f.eks. [budsjettet for 2025](…), ikke «her» eller «les mer».`,
  headingSkip: (from, to) =>
    `Overskriften hopper fra nivå ${from} til nivå ${to}. Bruk nivå ${from + 1} (${'#'.repeat(from + 1)}), så skjermlesere og innholdsfortegnelsen viser strukturen riktig.`,
  headingEmpty: () => 'Overskriften er tom. Skriv en tekst etter #-tegnene, eller fjern linja.',
  tableCells: (row, cells, columns) =>
    `Rad ${row} i tabellen har ${cells} ${cells === 1 ? 'celle' : 'celler'}, men tabellen har ${columns} kolonner. ${cells < columns ? 'Legg til de tomme cellene (| |)' : 'Fjern cellene som er for mye, eller legg til en kolonne i overskriftsraden'}; ellers blir celler ${cells < columns ? 'stående tomme' : 'borte'} uten at det synes.`,
  silence: (ruleId) => ` (Er det med vilje? Skriv språkvask: { av: [${ruleId}] } i frontmatter.)`,
  previewPdf: 'Forhåndsvis PDF',
  previewExplain:
    'PDF-en blir skrevet ut nå, med samme oppsett som ved publisering. Det tar noen sekunder.',
  notesHeading: (count) =>
    `${count} ${count === 1 ? 'merknad' : 'merknader'} til dette dokumentet (vises bare i forhåndsvisning)`,
} satisfies LanguageText;

/** The page the dev server shows while the content has errors. */
const problemPage = {
  title: 'Innholdet har feil',
  intro:
    'Sidene kan ikke vises før feilene under er rettet. Siden lastes inn på nytt når du lagrer en fil.',
  line: 'linje',
  error: 'Feil',
  warning: 'Advarsel',
  check: 'Kommandoen «npm run check» viser den samme listen.',
};

// --- npm run import (issue 15, scope 1): everything the .docx importer says.
const importDocx = {
  created: (path: string) =>
    `Importerte ${path} (status: utkast).\nLes gjennom teksten, og kjør «npm run check» før du endrer status.`,
  unmapped: () => 'Dette kunne jeg ikke føre over av meg selv:',
  exists: (path: string) =>
    `Filen ${path} finnes allerede, og jeg skriver ikke over den. Gi den nye filen et annet navn med --ut <sti>, f.eks. --ut ${path.replace(/\.md$/, '-2.md')}.`,
  missing: (path: string) => `Finner ikke filen ${path}. Sjekk navnet og mappen.`,
  notFile: (path: string) => `${path} er ikke en fil. Oppgi en .docx-fil.`,
  tooBig: (path: string) =>
    `${path} er større enn 50 MB, og jeg leser den ikke. Ta ut store bilder i Word (Komprimer bilder), og prøv igjen.`,
  ole: (path: string) =>
    `${path} er et gammelt Word-dokument (.doc) eller beskyttet med passord. Åpne det i Word, fjern passordet og lagre som .docx.`,
  notDocx: (path: string) =>
    `${path} er ikke et Word-dokument (.docx). Lagre dokumentet som «Word-dokument (.docx)» og prøv igjen.`,
  bomb: (path: string) =>
    `${path} pakker seg ut til mer enn 200 MB eller for mange deler, og jeg leser den ikke. Et vanlig Word-dokument gjør ikke det; lagre det på nytt fra Word.`,
  unreadable: (path: string) =>
    `Word-dokumentet ${path} er skadet eller har innhold jeg ikke kan lese (f.eks. egne XML-entiteter). Åpne det i Word, lagre det på nytt som .docx, og prøv igjen.`,
  missingFile: () => 'Oppgi Word-filen, f.eks.: npm run import -- saksframlegg.docx',
  noTitle: () =>
    'Fant ingen tittel i dokumentet. Gi tittelen stilen «Tittel» eller «Overskrift 1» i Word, og prøv igjen.',
  noType: (all: string) =>
    `Fant ikke hvilken dokumenttype dette er. Oppgi den med --type, én av: ${all}.`,
  unknownOption: (detail: string) =>
    `Ukjent valg: ${detail}. Skriv npm run import -- --help for hjelp.`,
  attachment: (name: string) =>
    `Vedlegget «${name}» er ikke i .docx-filen. Legg filen i mappen vedlegg/ ved siden av dokumentet, og før den opp under vedlegg: (se kommentaren øverst i filen).`,
  attachmentComment: (name: string) =>
    `Vedlegg fra Word: «${name}». Legg filen i vedlegg/ og skriv: vedlegg: [{tittel: ..., fil: vedlegg/...}]`,
  unsafeLink: (text: string, href: string) =>
    `Lenken «${text}» gikk til «${href}», som ikke er en nettadresse. Jeg tok med bare teksten.`,
  imageType: (n: number, type: string) =>
    `Bilde ${n} er i formatet ${type}, som nettlesere ikke viser. Lagre det som PNG eller JPEG og sett det inn med ![tekst](fil.png).`,
  imageNoAlt: (file: string) =>
    `Bildet ${file} har ingen alternativ tekst i Word. Skriv hva bildet viser mellom [ ] i ![](${file}).`,
  style: (name: string) =>
    `Word-stilen «${name}» er ukjent for meg; teksten står som vanlig avsnitt.`,
  malformGuessed: (malform: string, nb: number, nn: number) =>
    `Målformen er ${malform} etter ordene i teksten (${nb} bokmålsord, ${nn} nynorskord). Bruk --malform nb|nn for en annen.`,
  malformDefault: (malform: string) =>
    `Teksten sier ikke selv om den er bokmål eller nynorsk; jeg valgte ${malform}, nettstedets målform. Bruk --malform nb|nn for en annen.`,
  kommuneDefault: (kommune: string) =>
    `Dokumentet nevner ingen kjent kommune; jeg valgte ${kommune}. Bruk --kommune <navn> for en annen.`,
  dateDefault: (date: string) =>
    `Dokumentet har ingen dato; jeg satte dagens dato, ${date}. Rett dato: i filen.`,
  titleCase: (title: string, fixed: string) =>
    `Tittelen stod med store bokstaver («${title}»); jeg skrev den «${fixed}». Rett tittel: om forkortelser skal ha store bokstaver.`,
  markersDropped: (n: number) =>
    `${n} ${n === 1 ? 'merkelinje' : 'merkelinjer'} fra Word-malen («… Ikke slett denne linjen») er tatt ut.`,
  tocDropped: () =>
    'Innholdsfortegnelsen fra Word er tatt ut: nettsiden og PDF-en lager sin egen fra overskriftene.',
  help: (types: string) => `Importer et Word-dokument (.docx) som et utkast i content/.

  npm run import -- FIL.docx [--type T] [--kommune Navn] [--malform nb|nn] [--ut sti.md]

  --type       ${types} (standard: typen Word-malen skriver øverst)
  --kommune    kommunen dokumentet hører til (standard: den dokumentet nevner)
  --malform    nb eller nn (standard: det teksten er skrevet på)
  --ut         hvor Markdown-filen skal skrives (standard: content/<kommune>/<tittel>.md)`,
};

/** Everything `npm run new` says. */
// --- Archive hand-off (`npm run arkiv`, src/lib/archive/): words for archive staff and clerks.
const archive = {
  help: () => `Lever dokumentene som ble vedtatt i en periode, til arkivet (Noark 5).

  npm run arkiv -- --fra ÅÅÅÅ-MM-DD --til ÅÅÅÅ-MM-DD [--kommune Navn] [--ut mappe]

  --fra, --til   perioden, begge dager med; et dokument hører til perioden etter
                 datoen for det siste vedtaket (orientering og notat: dato)
  --kommune      bare dokumentene til én kommune
  --ut           mappen som skrives (standard: dist-arkiv/<fra>_<til>/)
  --dist         det bygde nettstedet PDF-ene hentes fra (standard: dist/)

PDF-ene hentes fra dist/ (kjør «npm run build» først); mappen får
arkivstruktur.xml og PDF/A-filene i DOKUMENT/. Se docs/arkiv.md.`,
  badOption: (detail: string) => `Ukjent valg: ${detail}. Skriv npm run arkiv -- --help for hjelp.`,
  missingDate: (name: string) =>
    `Skriv perioden med --fra og --til, f.eks.: npm run arkiv -- --fra 2021-01-01 --til 2021-12-31 (--${name} mangler).`,
  badDate: (name: string, value: string) =>
    `--${name} «${value}» er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2021-03-01.`,
  reversed: (from: string, to: string) =>
    `--fra (${from}) er etter --til (${to}). Bytt om datoene.`,
  unknownKommune: (name: string, all: string) =>
    `Kommunen «${name}» finnes ikke i planverk.config.ts. Kjente kommuner er: ${all}.`,
  contentErrors: (count: number) =>
    `Innholdet har ${count} ${count === 1 ? 'feil' : 'feil'}; rett ${count === 1 ? 'den' : 'dem'} og bygg på nytt før du leverer til arkivet.`,
  noDist: (dir: string) =>
    `Fant ikke et bygd nettsted i ${dir}/. Kjør «npm run build» først: PDF-ene til arkivet hentes derfra.`,
  staleDist: (dir: string, file: string) =>
    `Nettstedet i ${dir}/ er eldre enn innholdet (${file} er endret etter byggingen). Kjør «npm run build» på nytt, så arkivet får de samme PDF-ene som nettstedet.`,
  missingPdf: (source: string, pdf: string) =>
    `PDF-en til ${source} mangler (${pdf}). Kjør «npm run build» på nytt.`,
  fromDist: (dir: string) => `PDF-ene er hentet fra det bygde nettstedet i ${dir}/.`,
  undated: (source: string) =>
    `Ikke med: ${source} har ikke noe vedtak med dato. Legg inn vedtak med dato for å få det med.`,
  written: (count: number, dir: string, from: string, to: string) =>
    `Skrev ${count} ${count === 1 ? 'dokument' : 'dokumenter'} vedtatt ${from}–${to} til ${dir}/ (arkivstruktur.xml og DOKUMENT/).`,
};

const cli = {
  created: (path: string) =>
    `Opprettet ${path}\nFyll inn teksten, og kjør «npm run check» før du endrer status fra utkast.`,
  exists: (path: string) =>
    `Filen ${path} finnes allerede, og jeg skriver ikke over den. Velg en annen tittel, eller bruk --dir for en annen mappe.`,
  unknownType: (word: string, hint: string, all: string) =>
    `Ukjent dokumenttype «${word}».${hint} Gyldige typer er: ${all}.`,
  didYouMean: (word: string) => ` Mente du «${word}»?`,
  unknownMalform: (word: string) => `Ukjent målform «${word}». Skriv nb, nn, bokmål eller nynorsk.`,
  unknownKommune: (word: string, hint: string, all: string) =>
    `Kommunen «${word}» finnes ikke i planverk.config.ts.${hint} Kjente kommuner er: ${all}.`,
  missingType: () =>
    'Skriv hvilken dokumenttype du vil lage, f.eks.: npm run new -- saksframlegg "Tittel"',
  missingTitle: () =>
    'Skriv en tittel i anførselstegn etter typen, f.eks.: npm run new -- plan "Økonomiplan 2027–2030"',
  emptySlug: (title: string) =>
    `Tittelen «${title}» gir ikke noe filnavn. Bruk minst én bokstav eller ett tall.`,
  noStrategy: () =>
    'Fant ingen strategi å knytte handlingsplanen til, så den har fått egne satsingsområder. Vil du knytte den til en strategi, lag strategien først eller oppgi den med --strategi <id>.',
  // Content model round: which kommune `npm run new` chose, and how to pick another.
  kommuneChosen: (chosen: string, others: readonly string[]) =>
    others.length === 0
      ? `Kommune: ${chosen} (den eneste i planverk.config.ts).`
      : `Kommune: ${chosen} (den første i planverk.config.ts). Velg en annen med --kommune, for eksempel --kommune "${others[0]}"; flere skilles med komma. Kjente kommuner: ${[chosen, ...others].join(', ')}.`,
  strategyChosen: (id: string) =>
    `Handlingsplanen er knyttet til strategien ${id}. Bruk --strategi <id> for en annen.`,
  unknownOption: (detail: string) =>
    `Ukjent valg: ${detail}. Skriv npm run new -- --help for hjelp.`,
  help: (types: string) => `Lag et nytt dokument fra en mal.

  npm run new -- <type> "Tittel" [--malform nb|nn] [--kommune Navn] [--dir mappe] [--strategi id]

  <type>       ${types}
  --malform    nb, nn, bokmål eller nynorsk (standard: nettstedets målform)
  --kommune    én kommune, eller flere skilt med komma: "Årdal, Lærdal"
  --dir        mappe under content/ (standard: content/<kommune>/)
  --strategi   id til strategien en handlingsplan følger opp`,
};

/** The check's closing lines and the content folder it cannot find. */
const check = {
  summary: (checked: number, warnings: number) =>
    `✔ ${checked} ${checked === 1 ? 'dokument' : 'dokumenter'} kontrollert, ingen feil${
      warnings === 0 ? '' : ` (${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'})`
    }`,
  count: (errors: number, warnings: number, files: number) => {
    const parts = errors > 0 ? [`${errors} feil`] : [];
    if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}`);
    return `✖ ${parts.join(' og ')} i ${files} ${files === 1 ? 'fil' : 'filer'}`;
  },
  contentFolderMissing: 'Finner ikke innholdsmappen',
};

/** The dictionary: each section is one kind of text; `t(malform, 'section.key')` looks a word up. */
export const nb = {
  /** Page words (pages, components, PDF cover, cards): `t(malform, key)` without a section. */
  ui,
  problem: problem as Record<keyof typeof problem, Render>,
  /** A YAML parser error code (`TAB_AS_INDENT`) explained, starting in lower case. */
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
  /** What the messages above are built from (not looked up on their own). */
  parts: { expected, yamlHints, yamlFallback, unsafeWhat, allowedTypes, found },
};

/** The shape every målform's dictionary has: nb's keys, the same argument types. */
export type Dictionary = typeof nb;
