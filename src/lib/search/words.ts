import type { Malform } from '../model/types.ts';

/** Interface words of the search form and page, per målform. */
export interface SearchWords {
  searchLabel: string;
  searchButton: string;
  pageTitle: string;
  filtersHeading: string;
  filterLegend: Record<'type' | 'kommune' | 'year' | 'status' | 'malform', string>;
  sortLabel: string;
  sortRelevance: string;
  sortNewest: string;
  sortOldest: string;
  clearFilters: string;
  resultsHeading: string;
  /** `{n}` is the number of hits. */
  countMany: string;
  countOne: string;
  countNone: string;
  /** `{n}` documents in all, shown while browsing without a query. */
  browseCount: string;
  loading: string;
  showMore: string;
  noScript: string;
  /** Link text to the list of all documents, shown when JavaScript is off. */
  allDocumentsLink: string;
  loadError: string;
  /** Values of the filters, keyed by the model's codes. */
  values: Record<string, string>;
}

const values = {
  strategi: 'Strategi',
  plan: 'Plan',
  handlingsplan: 'Handlingsplan',
  saksframlegg: 'Saksframlegg',
  orientering: 'Orientering',
  notat: 'Notat',
  utkast: 'Utkast',
  vedtatt: 'Vedtatt',
  opphevet: 'Opphevet',
  horing: 'Høring',
  nb: 'Bokmål',
  nn: 'Nynorsk',
};

/** The words in bokmål and nynorsk. */
export const SEARCH_WORDS: Record<Malform, SearchWords> = {
  nb: {
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
    values,
  },
  nn: {
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
    values: { ...values, vedtatt: 'Vedteken', opphevet: 'Oppheva', horing: 'Høyring' },
  },
};
