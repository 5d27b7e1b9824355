/**
 * Messages for clerks about status update files, in bokmål and nynorsk. Each
 * says what is wrong and how to fix it; tests snapshot them.
 */
import type { Malform } from '../model/types.ts';

type Vars = Record<string, string>;
type Message = (v: Vars) => string;

const MESSAGES: Record<string, Record<Malform, Message>> = {
  'oppdatering-yaml': {
    nb: (v) => `Fila kan ikke leses: ${v.detail}.`,
    nn: (v) => `Fila kan ikkje lesast: ${v.detail}.`,
  },
  'oppdatering-dobbel-nokkel': {
    nb: (v) => `«${v.key}» står to ganger (også på linje ${v.line}). Behold bare én av dem.`,
    nn: (v) => `«${v.key}» står to gonger (òg på linje ${v.line}). Behald berre éin av dei.`,
  },
  'oppdatering-ukjent-nokkel': {
    nb: (v) =>
      `Ukjent nøkkel «${v.key}».${v.fix ? ` Mente du «${v.fix}»?` : ` Tillatte nøkler: ${v.known}.`}`,
    nn: (v) =>
      `Ukjend nøkkel «${v.key}».${v.fix ? ` Meinte du «${v.fix}»?` : ` Tillatne nøklar: ${v.known}.`}`,
  },
  'oppdatering-mangler-felt': {
    nb: (v) => `«${v.key}» mangler. Skriv for eksempel «${v.key}: ${v.example}».`,
    nn: (v) => `«${v.key}» manglar. Skriv til dømes «${v.key}: ${v.example}».`,
  },
  'oppdatering-ikke-liste': {
    nb: (v) =>
      `«${v.key}» skal være en liste med oppdateringer. Skriv hver oppdatering som felt: første linje «- tiltak: …», og «dato», «status» og «merknad» med innrykk under.`,
    nn: (v) =>
      `«${v.key}» skal vere ei liste med oppdateringar. Skriv kvar oppdatering som felt: første linje «- tiltak: …», og «dato», «status» og «merknad» med innrykk under.`,
  },
  'oppdatering-dato-ugyldig': {
    nb: (v) =>
      v.reason === 'impossible'
        ? `Datoen «${v.value}» finnes ikke i kalenderen. Sjekk dag og måned.`
        : `«${v.value}» er ikke en dato. Skriv datoen som 2021-10-15 eller 15.10.2021.`,
    nn: (v) =>
      v.reason === 'impossible'
        ? `Datoen «${v.value}» finst ikkje i kalenderen. Sjekk dag og månad.`
        : `«${v.value}» er ikkje ein dato. Skriv datoen som 2021-10-15 eller 15.10.2021.`,
  },
  'oppdatering-status-ugyldig': {
    nb: (v) =>
      `Ukjent status «${v.value}».${v.fix ? ` Mente du «${v.fix}»?` : ''} Bruk en av: ${v.known}.`,
    nn: (v) =>
      `Ukjend status «${v.value}».${v.fix ? ` Meinte du «${v.fix}»?` : ''} Bruk ein av: ${v.known}.`,
  },
  'oppdatering-malform-ugyldig': {
    nb: (v) => `Ukjent målform «${v.value}». Skriv «nb» (bokmål) eller «nn» (nynorsk).`,
    nn: (v) => `Ukjend målform «${v.value}». Skriv «nb» (bokmål) eller «nn» (nynorsk).`,
  },
  'oppdatering-dokument-ukjent': {
    nb: (v) =>
      `Fant ikke dokumentet «${v.value}».${v.fix ? ` Mente du «${v.fix}»?` : ''} Skriv id-en til handlingsplanen: stien under content/ uten .md.`,
    nn: (v) =>
      `Fann ikkje dokumentet «${v.value}».${v.fix ? ` Meinte du «${v.fix}»?` : ''} Skriv id-en til handlingsplanen: stien under content/ utan .md.`,
  },
  'oppdatering-dokument-mangler': {
    nb: (v) =>
      `Det går ikke fram hvilken handlingsplan tiltaket «${v.value}» hører til.${v.fix ? ` Mente du «${v.fix}»?` : ''} Skriv «tiltak: dokument-id#tiltak-id», eller «dokument: …» øverst i fila.`,
    nn: (v) =>
      `Det går ikkje fram kva handlingsplan tiltaket «${v.value}» høyrer til.${v.fix ? ` Meinte du «${v.fix}»?` : ''} Skriv «tiltak: dokument-id#tiltak-id», eller «dokument: …» øvst i fila.`,
  },
  'oppdatering-tiltak-ukjent': {
    nb: (v) =>
      `Dokumentet «${v.doc}» har ikke noe tiltak med id «${v.value}».${v.fix ? ` Mente du «${v.fix}»?` : ''} Bruk en av id-ene der: ${v.known}.`,
    nn: (v) =>
      `Dokumentet «${v.doc}» har ikkje noko tiltak med id «${v.value}».${v.fix ? ` Meinte du «${v.fix}»?` : ''} Bruk ein av id-ane der: ${v.known}.`,
  },
};

/** The rule ids a status update file can break. */
export type StatusRule = keyof typeof MESSAGES;

/** The message for a rule in the given målform. */
export function statusMessage(rule: StatusRule, malform: Malform, vars: Vars): string {
  const entry = MESSAGES[rule];
  if (!entry) throw new Error(`No message for rule ${rule}`);
  return entry[malform](vars);
}
