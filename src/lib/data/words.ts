/**
 * Interface words of the data pages (tiltak overview, status reports,
 * satsingsområde pages, vedtak register, open data, feeds) in bokmål and
 * nynorsk. Kept beside the data module so W's dictionary stays W's; shared
 * words (statuses, column names) come from src/lib/i18n.
 */
import type { Malform } from '../model/types.ts';

const nb = {
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
  openData: 'Åpne data',
  openDataIntro:
    'Alt som er publisert her, finnes også som åpne data som kan lastes ned og brukes fritt.',
  feed: 'Nyhetsstrøm (Atom) for {name}',
  feedAll: 'Nye og endrede dokumenter',
  dataTiltakCsv: 'Tiltak (CSV)',
  dataVedtakCsv: 'Vedtak og innstillinger (CSV)',
  dataJson: 'Dokumenter (JSON)',
  dataSchema: 'JSON Schema for dokumentene',
};

type Words = typeof nb;

const nn: Words = {
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
  openData: 'Opne data',
  openDataIntro:
    'Alt som er publisert her, finst også som opne data som kan lastast ned og brukast fritt.',
  feed: 'Nyheitsstraum (Atom) for {name}',
  feedAll: 'Nye og endra dokument',
  dataTiltakCsv: 'Tiltak (CSV)',
  dataVedtakCsv: 'Vedtak og innstillingar (CSV)',
  dataJson: 'Dokument (JSON)',
  dataSchema: 'JSON Schema for dokumenta',
};

const WORDS: Record<Malform, Words> = { nb, nn };

/** A key of the data pages' dictionary. */
export type WordKey = keyof Words;

/** Translates a data-page word; `{name}` placeholders are filled from `vars`. */
export function w(
  malform: Malform,
  key: WordKey,
  vars: Record<string, string | number> = {},
): string {
  return WORDS[malform][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(vars[name] ?? `{${name}}`),
  );
}
