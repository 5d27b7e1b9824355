/**
 * Wording of every content problem, in bokmål and nynorsk. Each message says
 * what is wrong and how to fix it. Rule ids are stable; tests snapshot the
 * wording so changes are reviewed like any other text clerks read.
 */
import type { Malform } from '../core/types.ts';
import { FILE_MESSAGES } from './file-problems.ts';

/** A word in both målformer (a vocabulary term, or a plain string for both). */
export type Spelled = string | { nb: string; nn: string };

/** Values a message may mention. */
export interface MessageArgs {
  /** The clerk's key or value, quoted as written. */
  value?: string;
  /** The key concerned, e.g. a missing field (spelled per målform). */
  key?: Spelled;
  /** Nearest known key, value or id. */
  suggestion?: Spelled;
  /** Allowed values, listed after the suggestion. */
  allowed?: readonly Spelled[];
  /** A free detail: YAML parser text, expected path, other file. */
  detail?: string;
  /** An example value for a missing field. */
  example?: Spelled;
  /** A line the message refers to. */
  line?: number;
  /** For `verdi-type`: what the field holds. */
  expected?: 'text' | 'list' | 'object' | 'textOrList' | 'objectOrText' | 'number';
  /** Why a field is required in this case. */
  because?: 'horing' | 'handlingsplan';
  /** A YAML parser error code (`TAB_AS_INDENT`), worded by {@link yamlHint}. */
  code?: string;
  /** A count the message mentions. */
  count?: number;
  // File safety and URL collisions (file-problems.ts):
  /** Another file, or what a file really holds (`HTML`), that the message names. */
  other?: string;
}

type Render = (a: MessageArgs, s: (w: Spelled | undefined) => string) => string;

/** Every rule id a content problem may carry. */
export type RuleId = keyof typeof MESSAGES;

const list = (items: readonly Spelled[] | undefined, s: (w: Spelled) => string): string =>
  (items ?? []).map((w) => `\`${s(w)}\``).join(', ');

const EXPECTED = {
  nb: {
    text: 'en tekst',
    list: 'en liste (linjer som begynner med «- »)',
    object: 'felt med innrykk under',
    textOrList: 'en tekst eller en liste',
    objectOrText: 'en tekst eller felt med innrykk under',
    number: 'et tall',
  },
  nn: {
    text: 'ein tekst',
    list: 'ei liste (linjer som byrjar med «- »)',
    object: 'felt med innrykk under',
    textOrList: 'ein tekst eller ei liste',
    objectOrText: 'ein tekst eller felt med innrykk under',
    number: 'eit tal',
  },
} as const;

/** What each YAML parser error means for a clerk, and what to do. */
const YAML_HINTS: Record<string, { nb: string; nn: string }> = {
  TAB_AS_INDENT: {
    nb: 'innrykket inneholder tabulatortegn. Bruk mellomrom (for eksempel to) til innrykk',
    nn: 'innrykket inneheld tabulatorteikn. Bruk mellomrom (til dømes to) til innrykk',
  },
  BAD_INDENT: {
    nb: 'innrykket stemmer ikke. Sjekk at felt på samme nivå starter i samme kolonne, og at en liste i `[ ]` blir avsluttet',
    nn: 'innrykket stemmer ikkje. Sjekk at felt på same nivå startar i same kolonne, og at ei liste i `[ ]` blir avslutta',
  },
  MISSING_CHAR: {
    nb: 'et tegn mangler, ofte et avsluttende `]`, `}` eller hermetegn. Legg til tegnet som mangler',
    nn: 'eit teikn manglar, ofte ein avsluttande `]`, `}` eller eit hermeteikn. Legg til teiknet som manglar',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    nb: 'en linje mangler kolon etter feltnavnet, eller innrykket er feil. Sjekk linja og den over',
    nn: 'ei linje manglar kolon etter feltnamnet, eller innrykket er feil. Sjekk lina og den over',
  },
  MULTILINE_IMPLICIT_KEY: {
    nb: 'en linje mangler kolon etter feltnavnet, eller en tekst over flere linjer står uten hermetegn. Sett teksten i hermetegn',
    nn: 'ei linje manglar kolon etter feltnamnet, eller ein tekst over fleire linjer står utan hermeteikn. Set teksten i hermeteikn',
  },
  BAD_SCALAR_START: {
    nb: 'en verdi begynner med et tegn YAML ikke godtar der (for eksempel `@`, `` ` `` eller `%`). Sett verdien i hermetegn',
    nn: 'ein verdi byrjar med eit teikn YAML ikkje godtek der (til dømes `@`, `` ` `` eller `%`). Set verdien i hermeteikn',
  },
  BAD_DQ_ESCAPE: {
    nb: 'en tekst i doble hermetegn har en ugyldig `\\`. Bruk enkle hermetegn, eller skriv `\\\\`',
    nn: 'ein tekst i doble hermeteikn har ein ugyldig `\\`. Bruk enkle hermeteikn, eller skriv `\\\\`',
  },
  BAD_ALIAS: {
    nb: 'en `*` viser til et anker (`&`) som ikke finnes. Sett teksten i hermetegn hvis `*` skal stå som tegn',
    nn: 'ein `*` viser til eit anker (`&`) som ikkje finst. Set teksten i hermeteikn om `*` skal stå som teikn',
  },
  TOO_MANY_ALIASES: {
    nb: `alias (\`*\`) utvider frontmatter til for mange verdier. Skriv verdiene ut i stedet for å bruke alias`,
    nn: `alias (\`*\`) utvidar frontmatter til for mange verdiar. Skriv verdiane ut i staden for å bruke alias`,
  },
  MULTIPLE_DOCS: {
    nb: 'det står en ekstra linje med `---` i frontmatter. Fjern den, slik at frontmatter har én `---` før og én etter',
    nn: 'det står ei ekstra linje med `---` i frontmatter. Fjern ho, slik at frontmatter har éi `---` før og éi etter',
  },
  // Text hygiene and limits (issue 9): frontmatter nested deeper than any template.
  RESOURCE_EXHAUSTION: {
    nb: 'frontmatter er nøstet for dypt (lister i lister eller felt i felt i mange nivåer). Skriv feltene med færre nivåer, slik malen viser',
    nn: 'frontmatter er nesta for djupt (lister i lister eller felt i felt i mange nivå). Skriv felta med færre nivå, slik malen viser',
  },
  TOO_DEEP: {
    nb: 'frontmatter er nøstet for dypt (lister i lister eller felt i felt i mange nivåer). Skriv feltene med færre nivåer, slik malen viser',
    nn: 'frontmatter er nesta for djupt (lister i lister eller felt i felt i mange nivå). Skriv felta med færre nivå, slik malen viser',
  },
  UNEXPECTED_TOKEN: {
    nb: 'et tegn står der YAML ikke venter det, ofte et kolon, `#`, `[` eller `{` i en tekst uten hermetegn. Sett teksten i hermetegn',
    nn: 'eit teikn står der YAML ikkje ventar det, ofte eit kolon, `#`, `[` eller `{` i ein tekst utan hermeteikn. Set teksten i hermeteikn',
  },
};

const YAML_FALLBACK = {
  nb: 'sjekk innrykket og kolon etter feltnavnet, og sett tekst som inneholder kolon, `#`, `[` eller `{` i hermetegn',
  nn: 'sjekk innrykket og kolon etter feltnamnet, og set tekst som inneheld kolon, `#`, `[` eller `{` i hermeteikn',
};

/** A clerk's explanation of a YAML parser error code, starting in lower case. */
export function yamlHint(code: string | undefined, malform: Malform): string {
  return (YAML_HINTS[code ?? ''] ?? YAML_FALLBACK)[malform];
}

// ---- Text hygiene, numbers, nesting and future dates (issue 9) ----

/** What kind of unsafe character `tegn-ulovlig` found (its `code`), and the likely cause. */
const UNSAFE_WHAT = {
  nb: {
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
  },
  nn: {
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
  },
} as const;

type UnsafeCode = keyof (typeof UNSAFE_WHAT)['nb'];
const unsafeWhat = (m: Malform, code: string | undefined) =>
  UNSAFE_WHAT[m][(code ?? 'control') in UNSAFE_WHAT[m] ? (code as UnsafeCode) : 'control'];

const HYGIENE_MESSAGES = {
  'tegn-ulovlig': {
    nb: (a) => {
      const [what, cause] = unsafeWhat('nb', a.code);
      return `Teksten inneholder ${what} (${a.detail}), som ville gjort nyhetsstrømmen og de åpne dataene ugyldige. ${cause}. Fjern tegnet (skriv ordet på nytt hvis du ikke ser det).`;
    },
    nn: (a) => {
      const [what, cause] = unsafeWhat('nn', a.code);
      return `Teksten inneheld ${what} (${a.detail}), som ville gjort nyheitsstraumen og dei opne dataa ugyldige. ${cause}. Fjern teiknet (skriv ordet på nytt om du ikkje ser det).`;
    },
  },
  'tegn-usynlig': {
    nb: (a) =>
      `Teksten inneholder ${a.code === 'bidi' ? 'et usynlig tegn som endrer skriveretningen' : 'et usynlig tegn uten bredde'} (${a.detail}). Det kan skjule eller stokke om deler av teksten for leseren. Fjern tegnet (skriv teksten på nytt hvis du ikke ser det).`,
    nn: (a) =>
      `Teksten inneheld ${a.code === 'bidi' ? 'eit usynleg teikn som endrar skriveretninga' : 'eit usynleg teikn utan breidd'} (${a.detail}). Det kan skjule eller stokke om delar av teksten for lesaren. Fjern teiknet (skriv teksten på nytt om du ikkje ser det).`,
  },
  'brodtekst-for-djup': {
    nb: (a) =>
      `Teksten er nøstet i over ${a.count} nivåer her (lister, sitater med «>», utheving, lenker eller HTML inni hverandre). Så dyp nøsting er nesten alltid en feil fra kopiering og kan ikke vises. Fjern innrykk, «>» eller tagger, slik at teksten får færre nivåer.`,
    nn: (a) =>
      `Teksten er nesta i over ${a.count} nivå her (lister, sitat med «>», utheving, lenkjer eller HTML inni kvarandre). Så djup nesting er nesten alltid ein feil frå kopiering og kan ikkje visast. Fjern innrykk, «>» eller taggar, slik at teksten får færre nivå.`,
  },
  'belop-eksponent': {
    nb: (a) =>
      `«${a.value}» er skrevet med eksponent (e), og et beløp blir ikke publisert slik. Skriv beløpet med sifre, for eksempel 100000 eller "100 000".`,
    nn: (a) =>
      `«${a.value}» er skrive med eksponent (e), og eit beløp blir ikkje publisert slik. Skriv beløpet med siffer, til dømes 100000 eller "100 000".`,
  },
  'belop-desimalar': {
    nb: (a) =>
      `«${a.value}» har flere desimaler enn øre. Skriv høyst to desimaler etter komma (for eksempel "12,35"), eller skriv tusener med mellomrom ("12 345").`,
    nn: (a) =>
      `«${a.value}» har fleire desimalar enn øre. Skriv høgst to desimalar etter komma (til dømes "12,35"), eller skriv tusen med mellomrom ("12 345").`,
  },
  'belop-for-stort': {
    nb: (a) =>
      `«${a.value}» er for stort til at siden, PDF-en og de åpne dataene kan vise beløpet nøyaktig. Sjekk om det er skrevet for mange sifre, og skriv beløpet i kroner, for eksempel "57 060".`,
    nn: (a) =>
      `«${a.value}» er for stort til at sida, PDF-en og dei opne dataa kan vise beløpet nøyaktig. Sjekk om det er skrive for mange siffer, og skriv beløpet i kroner, til dømes "57 060".`,
  },
  'tall-for-stort': {
    nb: (a) =>
      `«${a.value}» er et for stort tall. Skriv et lite helt tall fra 1 og oppover, for eksempel 1.`,
    nn: (a) =>
      `«${a.value}» er eit for stort tal. Skriv eit lite heiltal frå 1 og oppover, til dømes 1.`,
  },
  'dato-framtid': {
    nb: (a) =>
      `«${a.value}» er mer enn ${a.count} år fram i tid. Sjekk årstallet (for eksempel 2202 i stedet for 2022).`,
    nn: (a) =>
      `«${a.value}» er meir enn ${a.count} år fram i tid. Sjekk årstalet (til dømes 2202 i staden for 2022).`,
  },
} satisfies Record<string, { nb: Render; nn: Render }>;

// ---- end of issue 9 block ----

const MESSAGES = {
  // Files that would be published (type, content, SVG, address): file-problems.ts.
  ...FILE_MESSAGES,
  'fil-utf16': {
    nb: () =>
      'Fila er lagret som UTF-16 («Unicode»), ikke UTF-8. Åpne fila og lagre den på nytt med koding UTF-8 (i Notisblokk: Lagre som → Koding: UTF-8).',
    nn: () =>
      'Fila er lagra som UTF-16 («Unicode»), ikkje UTF-8. Opne fila og lagre ho på nytt med koding UTF-8 (i Notisblokk: Lagre som → Koding: UTF-8).',
  },
  'fil-koding': {
    nb: (a) =>
      `Fila er ikke lagret som UTF-8 (æ, ø og å blir feil her: «${a.detail}»). Åpne fila og lagre den på nytt med koding UTF-8 (i Notisblokk: Lagre som → Koding: UTF-8).`,
    nn: (a) =>
      `Fila er ikkje lagra som UTF-8 (æ, ø og å blir feil her: «${a.detail}»). Opne fila og lagre ho på nytt med koding UTF-8 (i Notisblokk: Lagre som → Koding: UTF-8).`,
  },
  'fil-binaer': {
    nb: () =>
      'Fila er ikke en tekstfil (den inneholder NUL-tegn), for eksempel et bilde eller et Word-dokument med feil filending. Gi den riktig filending, eller lim inn teksten i en ny .md-fil.',
    nn: () =>
      'Fila er ikkje ei tekstfil (ho inneheld NUL-teikn), til dømes eit bilete eller eit Word-dokument med feil filending. Gi ho rett filending, eller lim inn teksten i ei ny .md-fil.',
  },
  'fil-ubrukt': {
    nb: () =>
      'Fila er ikke brukt av noe dokument, så den blir ikke publisert. Legg den inn som `vedlegg` i et dokument, lenk til den fra teksten, eller flytt den ut av content-mappen.',
    nn: () =>
      'Fila er ikkje brukt av noko dokument, så ho blir ikkje publisert. Legg ho inn som `vedlegg` i eit dokument, lenk til ho frå teksten, eller flytt ho ut av content-mappa.',
  },
  'fil-stor': {
    nb: () =>
      'Fila er over 1 MB. Den blir publisert, men gjør kontrollen og byggingen treg og siden tung å lese. Del dokumentet opp, eller legg store tabeller ved som `vedlegg`.',
    nn: () =>
      'Fila er over 1 MB. Ho blir publisert, men gjer kontrollen og bygginga treg og sida tung å lese. Del dokumentet opp, eller legg store tabellar ved som `vedlegg`.',
  },
  'ingen-dokument': {
    nb: () =>
      'Fant ingen dokumenter (.md-filer) i mappen. Sjekk at du peker på riktig mappe, eller lag et dokument med `npm run new`.',
    nn: () =>
      'Fann ingen dokument (.md-filer) i mappa. Sjekk at du peikar på rett mappe, eller lag eit dokument med `npm run new`.',
  },
  'frontmatter-toml': {
    nb: () =>
      'Frontmatter står mellom `+++` (TOML), men Planverk leser bare YAML mellom `---`. Bytt `+++` med `---` og skriv feltene som `tittel: Min tittel`.',
    nn: () =>
      'Frontmatter står mellom `+++` (TOML), men Planverk les berre YAML mellom `---`. Byt `+++` med `---` og skriv felta som `tittel: Min tittel`.',
  },
  'tom-fil': {
    nb: () =>
      'Fila er tom. Begynn med frontmatter mellom to linjer med `---`: tittel, type, status og dato.',
    nn: () =>
      'Fila er tom. Byrj med frontmatter mellom to linjer med `---`: tittel, type, status og dato.',
  },
  'ingen-frontmatter': {
    nb: () =>
      'Fila mangler frontmatter. Den første linja skal være `---`, så feltene (tittel, type, status, dato …) og til slutt en linje med `---`.',
    nn: () =>
      'Fila manglar frontmatter. Den første linja skal vere `---`, så felta (tittel, type, status, dato …) og til slutt ei linje med `---`.',
  },
  'frontmatter-open': {
    nb: () =>
      'Frontmatter blir ikke avsluttet. Legg til en linje med bare `---` etter det siste feltet.',
    nn: () =>
      'Frontmatter blir ikkje avslutta. Legg til ei linje med berre `---` etter det siste feltet.',
  },
  'frontmatter-form': {
    nb: () => 'Frontmatter må bestå av felt på formen `tittel: Min tittel`, ett per linje.',
    nn: () => 'Frontmatter må bestå av felt på forma `tittel: Min tittel`, eitt per linje.',
  },
  'yaml-syntaks': {
    nb: (a) => `Frontmatter kan ikke leses: ${yamlHint(a.code, 'nb')}.`,
    nn: (a) => `Frontmatter kan ikkje lesast: ${yamlHint(a.code, 'nn')}.`,
  },
  'felt-dobbelt': {
    nb: (a, s) =>
      `\`${s(a.key)}\` står to ganger (også på linje ${a.line}). Behold bare ett av dem.`,
    nn: (a, s) =>
      `\`${s(a.key)}\` står to gonger (òg på linje ${a.line}). Behald berre eitt av dei.`,
  },
  'ukjent-felt': {
    nb: (a, s) =>
      a.suggestion
        ? `«${a.value}» er ikke et kjent felt. Mente du \`${s(a.suggestion)}\`?`
        : `«${a.value}» er ikke et kjent felt her. Bruk et av de kjente feltene (${list(a.allowed, s)}), eller fjern linja.`,
    nn: (a, s) =>
      a.suggestion
        ? `«${a.value}» er ikkje eit kjent felt. Meinte du \`${s(a.suggestion)}\`?`
        : `«${a.value}» er ikkje eit kjent felt her. Bruk eitt av dei kjende felta (${list(a.allowed, s)}), eller fjern linja.`,
  },
  'obligatorisk-felt': {
    nb: (a, s) =>
      `Feltet \`${s(a.key)}\` ${a.value === '' ? 'er tomt' : 'mangler'}${
        a.because === 'horing'
          ? ' (det er påkrevd når status er høring)'
          : a.because === 'handlingsplan'
            ? ' (det er påkrevd for en handlingsplan)'
            : ''
      }. Skriv for eksempel \`${s(a.key)}: ${s(a.example)}\`.`,
    nn: (a, s) =>
      `Feltet \`${s(a.key)}\` ${a.value === '' ? 'er tomt' : 'manglar'}${
        a.because === 'horing'
          ? ' (det er påkravd når status er høyring)'
          : a.because === 'handlingsplan'
            ? ' (det er påkravd for ein handlingsplan)'
            : ''
      }. Skriv til dømes \`${s(a.key)}: ${s(a.example)}\`.`,
  },
  'verdi-ukjent': {
    nb: (a, s) =>
      `«${a.value}» er ikke en gyldig verdi.${a.suggestion ? ` Mente du \`${s(a.suggestion)}\`?` : ''} Gyldige verdier er ${list(a.allowed, s)}.`,
    nn: (a, s) =>
      `«${a.value}» er ikkje ein gyldig verdi.${a.suggestion ? ` Meinte du \`${s(a.suggestion)}\`?` : ''} Gyldige verdiar er ${list(a.allowed, s)}.`,
  },
  'verdi-type': {
    nb: (a) =>
      `Her skal det stå ${EXPECTED.nb[a.expected ?? 'text']}. Sjekk innrykket og skrivemåten.`,
    nn: (a) =>
      `Her skal det stå ${EXPECTED.nn[a.expected ?? 'text']}. Sjekk innrykket og skrivemåten.`,
  },
  'dato-ugyldig': {
    nb: (a) => `«${a.value}» er ikke en gyldig dato. Skriv datoen som 26.03.2020 eller 2020-03-26.`,
    nn: (a) =>
      `«${a.value}» er ikkje ein gyldig dato. Skriv datoen som 26.03.2020 eller 2020-03-26.`,
  },
  'dato-format': {
    nb: (a, s) =>
      `«${a.value}» er ikke skrevet som en dato.${a.suggestion ? ` Mente du ${s(a.suggestion)}?` : ''} Skriv datoen som 26.03.2020, 26. mars 2020 eller 2020-03-26.`,
    nn: (a, s) =>
      `«${a.value}» er ikkje skrive som ein dato.${a.suggestion ? ` Meinte du ${s(a.suggestion)}?` : ''} Skriv datoen som 26.03.2020, 26. mars 2020 eller 2020-03-26.`,
  },
  'frist-ugyldig': {
    nb: (a, s) =>
      `«${a.value}» er ikke en gyldig frist.${a.suggestion ? ` Mente du ${s(a.suggestion)}?` : ''} Skriv en dato (26.03.2021), et år (2021), et tertial (2021-T2) eller et kvartal (2021-K3).`,
    nn: (a, s) =>
      `«${a.value}» er ikkje ein gyldig frist.${a.suggestion ? ` Meinte du ${s(a.suggestion)}?` : ''} Skriv ein dato (26.03.2021), eit år (2021), eit tertial (2021-T2) eller eit kvartal (2021-K3).`,
  },
  'belop-ugyldig': {
    nb: (a) =>
      `«${a.value}» er ikke et gyldig beløp. Skriv kroner som et tall, for eksempel 57060, "57 060" eller "kr 57 060,-".`,
    nn: (a) =>
      `«${a.value}» er ikkje eit gyldig beløp. Skriv kroner som eit tal, til dømes 57060, "57 060" eller "kr 57 060,-".`,
  },
  'belop-negativt': {
    nb: (a) =>
      `«${a.value}» er et negativt beløp. Skriv kostnaden som et tall fra 0 og oppover; en innsparing kan stå i \`merknad\`.`,
    nn: (a) =>
      `«${a.value}» er eit negativt beløp. Skriv kostnaden som eit tal frå 0 og oppover; ei innsparing kan stå i \`merknad\`.`,
  },
  'tall-ugyldig': {
    nb: (a) => `«${a.value}» er ikke et helt tall fra 1 og oppover. Skriv for eksempel 1.`,
    nn: (a) => `«${a.value}» er ikkje eit heiltal frå 1 og oppover. Skriv til dømes 1.`,
  },
  'periode-ugyldig': {
    nb: (a) =>
      `«${a.value}» er ikke en gyldig periode. Skriv for eksempel 2020–2025 eller {fra: 2020, til: 2025}, med det første året først.`,
    nn: (a) =>
      `«${a.value}» er ikkje ein gyldig periode. Skriv til dømes 2020–2025 eller {frå: 2020, til: 2025}, med det første året først.`,
  },
  'kommune-ukjent': {
    nb: (a, s) =>
      `«${a.value}» er ikke en kommune på dette nettstedet.${a.suggestion ? ` Mente du \`${s(a.suggestion)}\`?` : ''} Kommunene er ${list(a.allowed, s)}.`,
    nn: (a, s) =>
      `«${a.value}» er ikkje ein kommune på denne nettstaden.${a.suggestion ? ` Meinte du \`${s(a.suggestion)}\`?` : ''} Kommunane er ${list(a.allowed, s)}.`,
  },
  'id-format': {
    nb: (a, s) =>
      `«${a.value}» kan ikke brukes som id. Bruk små bokstaver, tall og bindestrek, for eksempel \`${s(a.suggestion)}\`.`,
    nn: (a, s) =>
      `«${a.value}» kan ikkje brukast som id. Bruk små bokstavar, tal og bindestrek, til dømes \`${s(a.suggestion)}\`.`,
  },
  'id-duplikat': {
    nb: (a) =>
      `Id-en «${a.value}» er allerede brukt på linje ${a.line}. Hver id må være unik i dokumentet; gi denne en annen id.`,
    nn: (a) =>
      `Id-en «${a.value}» er alt brukt på linje ${a.line}. Kvar id må vere unik i dokumentet; gi denne ein annan id.`,
  },
  'referanse-ukjent': {
    nb: (a, s) =>
      `Finner ikke dokumentet «${a.value}».${a.suggestion ? ` Mente du \`${s(a.suggestion)}\`?` : ''} Skriv id-en til dokumentet: stien under content/ uten .md, for eksempel \`strategier/digital-strategi\`.`,
    nn: (a, s) =>
      `Finn ikkje dokumentet «${a.value}».${a.suggestion ? ` Meinte du \`${s(a.suggestion)}\`?` : ''} Skriv id-en til dokumentet: stien under content/ utan .md, til dømes \`strategiar/digital-strategi\`.`,
  },
  'referanse-utkast': {
    nb: (a) =>
      `«${a.value}» er et utkast og skal ikke publiseres, men dette dokumentet er publisert og viser til det, slik at utkastet ville bli synlig. Fjern henvisningen, eller vent til «${a.value}» har status høring eller vedtatt.`,
    nn: (a) =>
      `«${a.value}» er eit utkast og skal ikkje publiserast, men dette dokumentet er publisert og viser til det, slik at utkastet ville bli synleg. Fjern tilvisinga, eller vent til «${a.value}» har status høyring eller vedteken.`,
  },
  'referanse-seg-sjolv': {
    nb: () =>
      'Dokumentet viser til seg selv. Skriv id-en til et annet dokument, eller fjern feltet.',
    nn: () =>
      'Dokumentet viser til seg sjølv. Skriv id-en til eit anna dokument, eller fjern feltet.',
  },
  'erstatter-ring': {
    nb: (a) =>
      `\`erstatter\` går i ring: ${a.detail}. Et dokument kan ikke erstatte et som (via andre) erstatter det selv; fjern \`erstatter\` i det eldste dokumentet.`,
    nn: (a) =>
      `\`erstattar\` går i ring: ${a.detail}. Eit dokument kan ikkje erstatte eit som (via andre) erstattar det sjølv; fjern \`erstattar\` i det eldste dokumentet.`,
  },
  'erstatter-dobbel': {
    nb: (a) =>
      `«${a.value}» blir også erstattet av «${a.detail}». Et dokument kan bare erstattes av ett dokument; fjern \`erstatter\` i det ene.`,
    nn: (a) =>
      `«${a.value}» blir òg erstatta av «${a.detail}». Eit dokument kan berre erstattast av eitt dokument; fjern \`erstattar\` i det eine.`,
  },
  'strategi-type': {
    nb: (a) =>
      `«${a.value}» er ${a.detail ? `et dokument av typen ${a.detail}` : 'et dokument'}, ikke en strategi. Skriv id-en til dokumentet med \`type: strategi\` som har satsingsområdene tiltakene hører til.`,
    nn: (a) =>
      `«${a.value}» er ${a.detail ? `eit dokument av typen ${a.detail}` : 'eit dokument'}, ikkje ein strategi. Skriv id-en til dokumentet med \`type: strategi\` som har satsingsområda tiltaka høyrer til.`,
  },
  'satsingsomrade-ukjent': {
    nb: (a, s) =>
      `«${a.value}» er ikke et satsingsområde i ${a.detail}.${a.suggestion ? ` Mente du \`${s(a.suggestion)}\`?` : ''} ${a.allowed?.length ? `Bruk id-en til et av dem: ${list(a.allowed, s)}.` : 'Det finnes ingen satsingsområder der: legg dem inn i strategien, eller fjern feltet.'}`,
    nn: (a, s) =>
      `«${a.value}» er ikkje eit satsingsområde i ${a.detail}.${a.suggestion ? ` Meinte du \`${s(a.suggestion)}\`?` : ''} ${a.allowed?.length ? `Bruk id-en til eitt av dei: ${list(a.allowed, s)}.` : 'Det finst ingen satsingsområde der: legg dei inn i strategien, eller fjern feltet.'}`,
  },
  'seksjon-ukjent': {
    nb: (a, s) =>
      `Dokumentet har ingen overskrift «${a.value}».${a.suggestion ? ` Mente du «${s(a.suggestion)}»?` : ''} Skriv teksten eller ankeret til en overskrift i dokumentet${a.allowed?.length ? `: ${list(a.allowed, s)}` : ''}.`,
    nn: (a, s) =>
      `Dokumentet har inga overskrift «${a.value}».${a.suggestion ? ` Meinte du «${s(a.suggestion)}»?` : ''} Skriv teksten eller ankeret til ei overskrift i dokumentet${a.allowed?.length ? `: ${list(a.allowed, s)}` : ''}.`,
  },
  'vedlegg-sti': {
    nb: (a) =>
      `«${a.value}» peker ut av content-mappen. Legg vedlegget i mappen til dokumentet (eller en undermappe) og skriv stien dit, for eksempel \`vedlegg/budsjett.pdf\`.`,
    nn: (a) =>
      `«${a.value}» peikar ut av content-mappa. Legg vedlegget i mappa til dokumentet (eller ei undermappe) og skriv stien dit, til dømes \`vedlegg/budsjett.pdf\`.`,
  },
  'vedlegg-fil': {
    nb: (a) =>
      `Finner ikke vedlegget «${a.value}» (ventet ${a.detail}). Sjekk stavemåten, eller legg fila der.`,
    nn: (a) =>
      `Finn ikkje vedlegget «${a.value}» (venta ${a.detail}). Sjekk stavemåten, eller legg fila der.`,
  },
  'vedlegg-mappe': {
    nb: (a) =>
      `«${a.value}» er en mappe, ikke en fil. Skriv stien til selve fila, for eksempel \`${a.value}/budsjett.pdf\`.`,
    nn: (a) =>
      `«${a.value}» er ei mappe, ikkje ei fil. Skriv stien til sjølve fila, til dømes \`${a.value}/budsjett.pdf\`.`,
  },
  'vedlegg-dokument': {
    nb: (a) =>
      `«${a.value}» er et dokument på nettstedet, ikke et vedlegg. Vis til det med \`relatert: ${a.detail}\` i stedet.`,
    nn: (a) =>
      `«${a.value}» er eit dokument på nettstaden, ikkje eit vedlegg. Vis til det med \`relatert: ${a.detail}\` i staden.`,
  },
  'slug-duplikat': {
    nb: (a) =>
      `Dokumentet får samme nettadresse (${a.detail}) som «${a.value}», fordi store og små bokstaver og æ/ae, ø/o, å/a blir like i adressen. Gi en av filene et annet navn.`,
    nn: (a) =>
      `Dokumentet får same nettadresse (${a.detail}) som «${a.value}», fordi store og små bokstavar og æ/ae, ø/o, å/a blir like i adressa. Gi ei av filene eit anna namn.`,
  },
  ...HYGIENE_MESSAGES,
  // --- Draft gate (issue 9, scope 5): what the build's draft gate refuses, reported first. ---
  'utkast-nemnt': {
    nb: (a) =>
      `Teksten nevner «${a.value}», som er adressen eller id-en til utkastet «${a.detail}». Et utkast blir ikke publisert, og et publisert dokument kan ikke vise hvor det skal ligge. Fjern adressen, eller vent til «${a.detail}» er klar.`,
    nn: (a) =>
      `Teksten nemner «${a.value}», som er adressa eller id-en til utkastet «${a.detail}». Eit utkast blir ikkje publisert, og eit publisert dokument kan ikkje vise kvar det skal liggje. Fjern adressa, eller vent til «${a.detail}» er klar.`,
  },
  // --- end draft gate ---
} satisfies Record<string, { nb: Render; nn: Render }>;

/** The message for a rule in the given målform. */
export function problemMessage(ruleId: RuleId, malform: Malform, args: MessageArgs = {}): string {
  const spell = (w: Spelled | undefined): string =>
    w === undefined ? '' : typeof w === 'string' ? w : w[malform];
  return MESSAGES[ruleId][malform](args, spell);
}
