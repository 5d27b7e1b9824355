import { FILTER_KEYS, type FilterKey } from '../attributes.ts';

/** Results shown at a time (the first page, then each «show more»): each costs a fragment download. */
export const PAGE_SIZE = 10;

/** Sort orders the search page offers. */
export type SortOrder = 'relevance' | 'newest' | 'oldest';

/** What the reader asked for; kept in the page URL so a search can be shared. */
export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
}

/** Pagefind's filter object: within a key any value matches, across keys all must. */
export type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;

/** The arguments for `pagefind.search(term, options)`. */
export interface PagefindQuery {
  /** `null` browses: every document matching the filters. */
  term: string | null;
  options: { filters: PagefindFilters; sort?: Record<'date', 'asc' | 'desc'> };
}

const SORTS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];

/** Reads the state from a URL query (`?q=…&type=plan&kommune=Årdal&kommune=Lærdal&sort=newest`). */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(
    FILTER_KEYS.map((k) => [k, params.getAll(k).filter(Boolean)]),
  ) as Record<FilterKey, string[]>;
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: SORTS.find((s) => s === sort) ?? 'relevance',
  };
}

/** True for the state of a bare `/sok/`: no words, no filter, the default sort. */
export function isEmptyState(state: SearchState): boolean {
  return (
    state.q === '' &&
    state.sort === 'relevance' &&
    FILTER_KEYS.every((k) => state.filters[k].length === 0)
  );
}

/** Writes the state back as a URL query, leaving out defaults. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const v of state.filters[key]) params.append(key, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/**
 * Turns the state into a Pagefind query. Without words there is no relevance,
 * so browsing lists the newest documents first unless «oldest» is chosen.
 */
export function toPagefindQuery(state: SearchState): PagefindQuery {
  const filters: PagefindFilters = {};
  for (const key of FILTER_KEYS)
    if (state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  const term = state.q === '' ? null : state.q;
  const sort =
    state.sort === 'oldest' ? 'asc' : state.sort === 'newest' || term === null ? 'desc' : undefined;
  return { term, options: sort ? { filters, sort: { date: sort } } : { filters } };
}

/**
 * The extra searches for the filter counts: one per key with a value chosen,
 * with that key's own choice left out (its values are alternatives to each
 * other), so each count says how many results choosing that value gives.
 */
export function facetQueries(state: SearchState): { key: FilterKey; query: PagefindQuery }[] {
  return FILTER_KEYS.filter((key) => state.filters[key].length > 0).map((key) => ({
    key,
    query: toPagefindQuery({ ...state, filters: { ...state.filters, [key]: [] } }),
  }));
}
