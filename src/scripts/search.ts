/**
 * The search page's browser side: loads the site's Pagefind bundle, builds
 * the filter checkboxes from the index, runs queries as the reader types or
 * changes a filter, renders the results with excerpts cut from the real text
 * only, and announces the count in the page's live region.
 *
 * After a search is sent (Enter in the header field, which loads this page
 * with `?q=`, or in the page's own field) focus moves to the count, so the
 * first result is one Tab away. The filter counts follow the current results
 * (see {@link facetCounts}). Every committed change (a sent query, a filter,
 * the sort) is a history entry, so Back and Forward step through them and the
 * URL always reproduces what is shown.
 */
import { formatDate } from '../lib/i18n/date.ts';
import { FILTER_KEYS, type FilterKey } from '../lib/search/attributes.ts';
import { buildExcerpt } from '../lib/search/client/excerpt.ts';
import {
  PAGE_SIZE,
  facetQueries,
  isEmptyState,
  paramsFromState,
  stateFromParams,
  toPagefindQuery,
  type SearchState,
} from '../lib/search/client/query.ts';
import type { Malform } from '../lib/model/types.ts';
import type { SearchWords } from '../lib/i18n/types.ts';
import { fill } from '../lib/i18n/text.ts';

/** What the page reads of one Pagefind result. */
interface ResultData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

/** Counts per filter value, as Pagefind reports them. */
type FilterCounts = Record<string, Record<string, number>>;

/** The subset of pagefind.js the page uses. */
interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options: object,
  ): Promise<{ results: { data(): Promise<ResultData> }[]; filters: FilterCounts } | null>;
}

const DEBOUNCE_MS = 150;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Starts the search UI inside `root` (the page's `#pv_search`). */
export async function startSearch(root: HTMLElement): Promise<void> {
  const words = JSON.parse(root.dataset['words'] ?? '{}') as SearchWords;
  const malform = (root.dataset['malform'] ?? 'nb') as Malform;
  const input = root.querySelector<HTMLInputElement>('input[type=search]');
  const form = root.querySelector<HTMLFormElement>('form');
  const sort = root.querySelector<HTMLSelectElement>('#pv_sort');
  const filtersBox = root.querySelector<HTMLElement>('[data-filters]');
  const clear = root.querySelector<HTMLButtonElement>('[data-clear]');
  const count = root.querySelector<HTMLElement>('[data-count]');
  const list = root.querySelector<HTMLOListElement>('[data-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-more]');
  if (!input || !form || !sort || !filtersBox || !clear || !count || !list || !more) return;

  let state: SearchState = stateFromParams(new URLSearchParams(location.search));
  const panel = root.querySelector<HTMLDetailsElement>('[data-filter-panel]');
  const anyFilter = FILTER_KEYS.some((k) => state.filters[k].length > 0);
  if (panel && !anyFilter && window.matchMedia('(max-width: 47.99rem)').matches) panel.open = false;
  input.value = state.q;
  sort.value = state.sort;

  let pagefind: Pagefind;
  try {
    const bundle = root.dataset['bundle'] ?? '/pagefind/';
    pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.init();
  } catch {
    count.textContent = words.loadError;
    return;
  }

  // Filter checkboxes, one fieldset per filter, from the values the index holds.
  const available = await pagefind.filters();
  const label = (key: FilterKey, value: string): string =>
    key === 'year' || key === 'kommune' ? value : (words.values[value] ?? value);
  // Each checkbox's label, to rewrite its count after every search.
  const labels: { key: FilterKey; value: string; label: HTMLLabelElement }[] = [];
  for (const key of FILTER_KEYS) {
    const values = Object.entries(available[key] ?? {});
    if (values.length === 0) continue;
    values.sort(([a], [b]) =>
      key === 'year' ? b.localeCompare(a) : label(key, a).localeCompare(label(key, b), 'nb'),
    );
    const fieldset = el('fieldset', {}, el('legend', { textContent: words.filterLegend[key] }));
    values.forEach(([value, n], i) => {
      const id = `pv_f_${key}_${i}`;
      const box = el('input', {
        type: 'checkbox',
        id,
        name: key,
        value,
        checked: state.filters[key].includes(value),
      });
      const text = el('label', { htmlFor: id, textContent: `${label(key, value)} (${n})` });
      labels.push({ key, value, label: text });
      fieldset.append(el('div', { className: 'pv-search__option' }, box, text));
    });
    filtersBox.append(fieldset);
  }

  let serial = 0;
  let shown = 0;
  let results: { data(): Promise<ResultData> }[] = [];
  // The page arrives with the first page of the empty search rendered (sok.astro),
  // so a bare /sok/ downloads no fragment until the reader asks for something.
  const total = Number(root.dataset['total'] ?? NaN);
  const prerendered = list.hasAttribute('data-static') && isEmptyState(state) && total >= 0;
  if (!prerendered) list.replaceChildren();
  list.removeAttribute('data-static');
  // The empty search's result list for «show more» (a search without words fetches
  // no index chunk; only the fragments of the hits shown are ever downloaded).
  let browse: Promise<void> | undefined;

  /**
   * What each filter value would give if chosen now: the current query with
   * the filters of the *other* keys (within a key the values are alternatives,
   * so a value's own key is left out). Keys with nothing chosen read the main
   * search's counts; each key with a choice costs one more search.
   */
  const facetCounts = async (main: FilterCounts): Promise<FilterCounts> => {
    const counts: FilterCounts = { ...main };
    await Promise.all(
      facetQueries(state).map(async ({ key, query }) => {
        const found = await pagefind.search(query.term, query.options);
        counts[key] = found?.filters[key] ?? {};
      }),
    );
    return counts;
  };
  const showCounts = (counts: FilterCounts): void => {
    for (const { key, value, label: text } of labels) {
      const n = counts[key]?.[value] ?? 0;
      text.textContent = `${label(key, value)} (${n})`;
      text.parentElement?.classList.toggle('pv-search__option--none', n === 0);
    }
  };

  const renderHit = (data: ResultData): HTMLLIElement => {
    const meta = data.meta;
    const parts = [meta['type'], meta['status']]
      .map((v) => (v ? (words.values[v] ?? v) : ''))
      .filter(Boolean);
    if (meta['date']) parts.push(formatDate(meta['date'], malform));
    const excerpt = el('p', { className: 'pv-search__excerpt' });
    const pieces = buildExcerpt(data.content, data.locations);
    if (pieces)
      for (const p of pieces) excerpt.append(p.mark ? el('mark', { textContent: p.text }) : p.text);
    else excerpt.textContent = meta['summary'] ?? '';
    // The document's own målform: a bokmål hit on a nynorsk site is read in bokmål.
    const lang = meta['malform'] === 'nb' || meta['malform'] === 'nn' ? meta['malform'] : malform;
    return el(
      'li',
      { className: 'pv-search__hit', lang },
      el('h3', {}, el('a', { href: data.url, textContent: meta['title'] ?? data.url })),
      el('p', { className: 'pv-search__meta', textContent: parts.join(' · ') }),
      excerpt,
    );
  };

  const showMore = async (mine: number): Promise<void> => {
    if (browse) {
      await browse;
      browse = undefined;
    }
    if (mine !== serial) return;
    const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (mine !== serial) return;
    list.append(...page.map(renderHit));
    shown += page.length;
    more.hidden = shown >= results.length;
  };

  /**
   * How a search records itself in the history: `push` makes a new entry (a
   * sent query, a filter, the sort), `replace` rewrites the current one (the
   * reader is still typing), `none` leaves it (Back/Forward brought us here).
   */
  type HistoryMode = 'push' | 'replace' | 'none';
  // True while the entry on top was made by typing, so further keystrokes rewrite it.
  let typingEntry = false;
  const record = (mode: HistoryMode): void => {
    const params = paramsFromState(state);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (mode === 'none' || url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  /** Runs the search for `state`; `focusCount` moves focus to the count when it is shown. */
  const run = async (mode: HistoryMode, focusCount = false): Promise<void> => {
    const mine = ++serial;
    const query = toPagefindQuery(state);
    record(mode);
    // Busy until this search's results are in (screen readers wait; tests too).
    list.setAttribute('aria-busy', 'true');
    clear.hidden = FILTER_KEYS.every((k) => state.filters[k].length === 0);
    const found = await pagefind.search(query.term, query.options);
    if (mine !== serial || !found) return; // a newer search superseded this one
    const counts = await facetCounts(found.filters);
    if (mine !== serial) return;
    showCounts(counts);
    results = found.results;
    shown = 0;
    list.replaceChildren();
    await showMore(mine);
    if (mine !== serial) return;
    const n = results.length;
    count.textContent =
      n === 0
        ? words.countNone
        : query.term === null
          ? fill(words.browseCount, { n })
          : n === 1
            ? words.countOne
            : fill(words.countMany, { n });
    list.removeAttribute('aria-busy');
    if (focusCount) count.focus();
  };

  /** Sets the controls to `state` (after Back/Forward). */
  const showState = (): void => {
    input.value = state.q;
    sort.value = state.sort;
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
      box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, q: input.value.trim() };
      // The first keystroke after a committed search starts a new entry; the rest rewrite it.
      void run(typingEntry ? 'replace' : 'push');
      typingEntry = true;
    }, DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: input.value.trim() };
    void run(typingEntry ? 'replace' : 'push', true);
    typingEntry = false;
  });
  sort.addEventListener('change', () => {
    state = { ...state, sort: sort.value as SearchState['sort'] };
    typingEntry = false;
    void run('push');
  });
  filtersBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const key = box.name as FilterKey;
    const current = new Set(state.filters[key]);
    if (box.checked) current.add(box.value);
    else current.delete(box.value);
    state = { ...state, filters: { ...state.filters, [key]: [...current] } };
    typingEntry = false;
    void run('push');
  });
  clear.addEventListener('click', () => {
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input:checked'))
      box.checked = false;
    state = stateFromParams(
      new URLSearchParams(state.q ? { q: state.q, sort: state.sort } : { sort: state.sort }),
    );
    typingEntry = false;
    void run('push');
    input.focus();
  });
  more.addEventListener('click', () => {
    const first = shown;
    void showMore(serial).then(() => list.children[first]?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    state = stateFromParams(new URLSearchParams(location.search));
    typingEntry = false;
    showState();
    void run('none');
  });
  if (prerendered) {
    // What run() would show for the empty search, without searching yet.
    shown = list.children.length;
    count.textContent = fill(words.browseCount, { n: total });
    more.hidden = shown >= total;
    const mine = serial;
    browse = pagefind.search(null, toPagefindQuery(state).options).then((found) => {
      if (mine === serial && found) results = found.results;
    });
    return;
  }
  // Arriving with a query (the header's search field) is a sent search: focus the count.
  await run('none', state.q !== '');
}
