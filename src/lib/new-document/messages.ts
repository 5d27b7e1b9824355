import type { Malform } from '../model/types.ts';

/**
 * Everything `npm run new` says to a clerk, in bokmål and nynorsk. The
 * wording is snapshotted in tests/unit/new-document so changes are reviewed
 * like any other interface text.
 */
const MESSAGES = {
  created: {
    nb: (path: string) =>
      `Opprettet ${path}\nFyll inn teksten, og kjør «npm run check» før du endrer status fra utkast.`,
    nn: (path: string) =>
      `Oppretta ${path}\nFyll inn teksten, og køyr «npm run check» før du endrar status frå utkast.`,
  },
  exists: {
    nb: (path: string) =>
      `Filen ${path} finnes allerede, og jeg skriver ikke over den. Velg en annen tittel, eller bruk --dir for en annen mappe.`,
    nn: (path: string) =>
      `Fila ${path} finst alt, og eg skriv ikkje over henne. Vel ein annan tittel, eller bruk --dir for ei anna mappe.`,
  },
  unknownType: {
    nb: (word: string, hint: string, all: string) =>
      `Ukjent dokumenttype «${word}».${hint} Gyldige typer er: ${all}.`,
    nn: (word: string, hint: string, all: string) =>
      `Ukjend dokumenttype «${word}».${hint} Gyldige typar er: ${all}.`,
  },
  didYouMean: {
    nb: (word: string) => ` Mente du «${word}»?`,
    nn: (word: string) => ` Meinte du «${word}»?`,
  },
  unknownMalform: {
    nb: (word: string) => `Ukjent målform «${word}». Skriv nb, nn, bokmål eller nynorsk.`,
    nn: (word: string) => `Ukjend målform «${word}». Skriv nb, nn, bokmål eller nynorsk.`,
  },
  unknownKommune: {
    nb: (word: string, hint: string, all: string) =>
      `Kommunen «${word}» finnes ikke i planverk.config.ts.${hint} Kjente kommuner er: ${all}.`,
    nn: (word: string, hint: string, all: string) =>
      `Kommunen «${word}» finst ikkje i planverk.config.ts.${hint} Kjende kommunar er: ${all}.`,
  },
  missingType: {
    nb: () =>
      'Skriv hvilken dokumenttype du vil lage, f.eks.: npm run new -- saksframlegg "Tittel"',
    nn: () => 'Skriv kva dokumenttype du vil lage, t.d.: npm run new -- saksframlegg "Tittel"',
  },
  missingTitle: {
    nb: () =>
      'Skriv en tittel i anførselstegn etter typen, f.eks.: npm run new -- plan "Økonomiplan 2027–2030"',
    nn: () =>
      'Skriv ein tittel i hermeteikn etter typen, t.d.: npm run new -- plan "Økonomiplan 2027–2030"',
  },
  emptySlug: {
    nb: (title: string) =>
      `Tittelen «${title}» gir ikke noe filnavn. Bruk minst én bokstav eller ett tall.`,
    nn: (title: string) =>
      `Tittelen «${title}» gjev ikkje noko filnamn. Bruk minst éin bokstav eller eitt tal.`,
  },
  noStrategy: {
    nb: () =>
      'Fant ingen strategi å knytte handlingsplanen til. Lag strategien først, eller oppgi den med --strategi <id>.',
    nn: () =>
      'Fann ingen strategi å knyte handlingsplanen til. Lag strategien først, eller oppgje han med --strategi <id>.',
  },
  strategyChosen: {
    nb: (id: string) =>
      `Handlingsplanen er knyttet til strategien ${id}. Bruk --strategi <id> for en annen.`,
    nn: (id: string) =>
      `Handlingsplanen er knytt til strategien ${id}. Bruk --strategi <id> for ein annan.`,
  },
  unknownOption: {
    nb: (detail: string) => `Ukjent valg: ${detail}. Skriv npm run new -- --help for hjelp.`,
    nn: (detail: string) => `Ukjend val: ${detail}. Skriv npm run new -- --help for hjelp.`,
  },
  help: {
    nb: (types: string) => `Lag et nytt dokument fra en mal.

  npm run new -- <type> "Tittel" [--malform nb|nn] [--kommune Navn] [--dir mappe] [--strategi id]

  <type>       ${types}
  --malform    nb, nn, bokmål eller nynorsk (standard: nettstedets målform)
  --kommune    én kommune, eller flere skilt med komma: "Årdal, Lærdal"
  --dir        mappe under content/ (standard: content/<kommune>/)
  --strategi   id til strategien en handlingsplan følger opp`,
    nn: (types: string) => `Lag eit nytt dokument frå ein mal.

  npm run new -- <type> "Tittel" [--malform nb|nn] [--kommune Namn] [--dir mappe] [--strategi id]

  <type>       ${types}
  --malform    nb, nn, bokmål eller nynorsk (standard: målforma til nettstaden)
  --kommune    éin kommune, eller fleire skilde med komma: "Årdal, Lærdal"
  --dir        mappe under content/ (standard: content/<kommune>/)
  --strategi   id til strategien ein handlingsplan følgjer opp`,
  },
} as const;

/** Name of one message in the catalogue. */
export type MessageKey = keyof typeof MESSAGES;

/** The message `key` in the given målform, with its arguments filled in. */
export function say<K extends MessageKey>(
  malform: Malform,
  key: K,
  ...args: Parameters<(typeof MESSAGES)[K][Malform]>
): string {
  const render = MESSAGES[key][malform] as (...a: typeof args) => string;
  return render(...args);
}
