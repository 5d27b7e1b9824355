import { describe, expect, it } from 'vitest';
import { buildExcerpt, EXPANSION_MARK, realText } from '../../../src/lib/search/client/excerpt.ts';
import {
  facetQueries,
  paramsFromState,
  stateFromParams,
  toPagefindQuery,
} from '../../../src/lib/search/client/query.ts';
import { indexableText, metaText, withExpansion } from '../../../src/lib/search/html.ts';

const content = `Tenester. Kommunane gir gode tenester til innbyggjarane. ${EXPANSION_MARK} tjenester kommunene`;

describe('excerpts', () => {
  it('marks the matched words of the real text', () => {
    const parts = buildExcerpt(content, [4]) ?? [];
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['tenester']);
    expect(parts.map((p) => p.text).join('')).toBe(
      'Tenester. Kommunane gir gode tenester til innbyggjarane.',
    );
  });
  it('gives no excerpt when only hidden terms matched', () =>
    expect(buildExcerpt(content, [8, 9])).toBeNull());
  it('cuts the hidden terms off the text', () =>
    expect(realText(content)).not.toContain('tjenester'));
});

describe('search state in the URL', () => {
  it('round-trips query, filters and sort', () => {
    const params = new URLSearchParams(
      'q=tenester&kommune=Årdal&kommune=Lærdal&year=2021&sort=newest',
    );
    expect(paramsFromState(stateFromParams(params)).toString()).toBe(params.toString());
  });
  it('browses newest first with an empty query', () => {
    expect(toPagefindQuery(stateFromParams(new URLSearchParams('type=plan')))).toEqual({
      term: null,
      options: { filters: { type: { any: ['plan'] } }, sort: { date: 'desc' } },
    });
  });
  it('ranks by relevance when there are words', () => {
    expect(toPagefindQuery(stateFromParams(new URLSearchParams('q=plan&sort=bogus')))).toEqual({
      term: 'plan',
      options: { filters: {} },
    });
  });
});

describe('filter counts (one search per key with a choice)', () => {
  it('leaves out only the key itself, keeping the query, the other keys and the sort', () => {
    const state = stateFromParams(
      new URLSearchParams('q=skule&kommune=Tysnes&kommune=Årdal&status=vedtatt&sort=oldest'),
    );
    expect(facetQueries(state)).toEqual([
      {
        key: 'kommune',
        query: {
          term: 'skule',
          options: { filters: { status: { any: ['vedtatt'] } }, sort: { date: 'asc' } },
        },
      },
      {
        key: 'status',
        query: {
          term: 'skule',
          options: { filters: { kommune: { any: ['Tysnes', 'Årdal'] } }, sort: { date: 'asc' } },
        },
      },
    ]);
  });
  it('needs no extra search without a choice', () => {
    expect(facetQueries(stateFromParams(new URLSearchParams('q=skule')))).toEqual([]);
  });
});

describe('page text for the expander', () => {
  const html =
    '<html><body><header data-pagefind-ignore>Meny</header><main data-pagefind-body><h1>Plan</h1><p>Tekst <b>her</b></p><div data-pagefind-ignore>Filter</div><script>x</script></main></body></html>';
  it('reads only the body region, without ignored parts', () =>
    expect(indexableText(html)).toBe('Plan Tekst her'));
  it('reads the meta values Pagefind makes searchable, ignored region or not', () =>
    expect(
      metaText(
        '<div hidden data-pagefind-ignore><span data-pagefind-meta="summary">Korleis tenestene</span><span data-pagefind-filter="type">plan</span></div>',
      ),
    ).toBe('Korleis tenestene'));
  it('appends the hidden terms as a second body region before </body>', () => {
    expect(withExpansion(html, ['a', 'b'])).toContain(
      `<div data-pagefind-body data-pagefind-weight="0.5">${EXPANSION_MARK} a b</div></body>`,
    );
    expect(withExpansion(html, [])).toBe(html);
  });
});
