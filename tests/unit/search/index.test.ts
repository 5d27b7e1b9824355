import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExcerpt, EXPANSION_MARK, realText } from '../../../src/lib/search/client/excerpt.ts';
import { tokenize } from '../../../src/lib/search/tokens.ts';
import { buildFixtureSite } from '../../fixtures/search/site.ts';
import { openIndex, type Hit, type NodeIndex } from '../../fixtures/search/query.ts';
import { COMPOUND_QUERIES, MALFORM_PAIRS, NB_DOC, NN_DOC } from './cases.ts';

// Runs real queries against a real Pagefind index built by the search step
// over the fixture pages, through the site's own pagefind.js.
const OUT = fileURLToPath(new URL('../../fixtures/search/generated/index-test/', import.meta.url));
let index: NodeIndex;
const urls = (hits: Hit[]): string[] => hits.map((h) => h.url);
const realWords = async (url: string): Promise<string[]> => {
  const hit = (await index.search(null)).find((h) => h.url === url);
  return tokenize(realText(hit?.content ?? ''));
};

beforeAll(async () => {
  await buildFixtureSite(OUT);
  index = await openIndex(OUT);
}, 120_000);

describe('inflected forms (Pagefind stemming, one index for nb and nn)', () => {
  it.each([
    ['kommune', [NN_DOC, NB_DOC]],
    ['kommunane', [NB_DOC]],
    ['kommunene', [NN_DOC]],
    ['teneste', [NN_DOC]],
    ['tenestene', [NN_DOC]],
    ['tjeneste', [NB_DOC]],
  ])('%s finds %j', async (q, expected) => {
    expect(urls(await index.search(q))).toEqual(expect.arrayContaining(expected));
  });
});

describe('bokmål query finds nynorsk text and the other way round', () => {
  it("the premise holds: neither document uses the other målform's word", async () => {
    const nn = new Set(await realWords(NN_DOC));
    const nb = new Set(await realWords(NB_DOC));
    expect(MALFORM_PAIRS.filter(([b]) => nn.has(b))).toEqual([]);
    expect(MALFORM_PAIRS.filter(([, n]) => nb.has(n))).toEqual([]);
  });
  it(`has at least 40 pairs (${MALFORM_PAIRS.length})`, () =>
    expect(MALFORM_PAIRS.length).toBeGreaterThanOrEqual(40));
  it.each(MALFORM_PAIRS)('%s finds the nynorsk document, %s the bokmål one', async (nb, nn) => {
    expect(urls(await index.search(nb))).toContain(NN_DOC);
    expect(urls(await index.search(nn))).toContain(NB_DOC);
  });
  it('a multi-word bokmål query (Pagefind ANDs words) finds the nynorsk document', async () => {
    expect(urls(await index.search('hvordan tjenester innbyggerne ikke'))).toContain(NN_DOC);
  });
});

describe('compounds', () => {
  it(`has at least 20 queries (${COMPOUND_QUERIES.length})`, () =>
    expect(COMPOUND_QUERIES.length).toBeGreaterThanOrEqual(20));
  it.each(COMPOUND_QUERIES)('%s finds %s, which has it only inside a compound', async (q, url) => {
    const words = await realWords(url);
    expect(words.filter((w) => w === q || (w.startsWith(q) && w.length <= q.length + 3))).toEqual(
      [],
    );
    // …and does have it inside a longer word (for `tjeneste`, its nynorsk stem).
    const part = q === 'tjeneste' ? 'tenest' : q.slice(0, -1);
    expect(words.some((w) => w.length > q.length + 3 && w.includes(part))).toBe(true);
    expect(urls(await index.search(q))).toContain(url);
  });
});

describe('filters, sorting and browsing', () => {
  it('offers type, kommune, year, status and målform with counts (no drafts)', async () => {
    const f = await index.filters();
    expect(f['kommune']).toEqual({ Årdal: 3, Lærdal: 2, Tysnes: 1, Levanger: 1 });
    expect(f['type']).toEqual({
      strategi: 1,
      plan: 1,
      notat: 2,
      saksframlegg: 1,
      handlingsplan: 1,
    });
    expect(f['year']).toEqual({ '2018': 1, '2019': 1, '2021': 1, '2022': 1, '2023': 1, '2024': 1 });
    expect(f['status']).toEqual({ vedtatt: 4, horing: 1, opphevet: 1 });
    expect(f['malform']).toEqual({ nb: 3, nn: 3 });
  });
  it('browses every published document with an empty query', async () => {
    expect(await index.search(null)).toHaveLength(6);
  });
  it.each([
    [
      { type: { any: ['notat'] } },
      ['/dokument/ardal/digitalisering-og-velferd/', '/dokument/levanger/notat-oppheva-2018/'],
    ],
    [
      { kommune: { any: ['Tysnes', 'Levanger'] } },
      [NB_DOC, '/dokument/levanger/notat-oppheva-2018/'],
    ],
    [{ kommune: { any: ['Lærdal'] } }, [NN_DOC, '/dokument/laerdal/okonomiplan-2023/']],
    [{ year: { any: ['2019'] } }, ['/dokument/ardal/saksframlegg-gangbru-2019/']],
    [{ status: { any: ['horing'] } }, [NB_DOC]],
    [
      { malform: { any: ['nb'] }, type: { any: ['plan', 'handlingsplan'] } },
      [NB_DOC, '/dokument/laerdal/okonomiplan-2023/'],
    ],
  ])('filter %j lists %j', async (filters, expected) => {
    expect(urls(await index.search(null, { filters })).sort()).toEqual([...expected].sort());
  });
  it('combines a query with a filter', async () => {
    expect(urls(await index.search('tenester', { filters: { malform: { any: ['nb'] } } }))).toEqual(
      [NB_DOC],
    );
  });
  it('sorts by date both ways', async () => {
    const desc = (await index.search(null, { sort: { date: 'desc' } })).map(
      (h) => h.meta['date'] ?? '',
    );
    const asc = (await index.search('kommune', { sort: { date: 'asc' } })).map(
      (h) => h.meta['date'] ?? '',
    );
    expect(desc).toEqual([...desc].sort().reverse());
    expect(desc[0]).toBe('2024-01-15');
    expect(asc).toEqual([...asc].sort());
    expect(asc.length).toBeGreaterThan(2);
  });
  it('returns title, type, status, date and summary as metadata', async () => {
    const [hit] = await index.search('gangbru');
    expect(hit?.meta).toMatchObject({
      title: 'Saksframlegg om ny bru over elva',
      type: 'saksframlegg',
      status: 'vedtatt',
      date: '2019-11-20',
      summary: 'Framlegg om å byggje ny bru over elva ved sentrum.',
    });
  });
});

describe('what is and is not indexed', () => {
  it('indexes vedtak points and tiltak', async () => {
    expect(urls(await index.search('gangbru'))).toEqual([
      '/dokument/ardal/saksframlegg-gangbru-2019/',
    ]);
    expect(urls(await index.search('ladestasjoner'))).toEqual([
      '/dokument/laerdal/okonomiplan-2023/',
    ]);
  });
  it.each(['Chromeordet', 'Fotordet', 'Hovudmeny', 'Listeordet'])(
    'leaves page chrome and list pages out (%s)',
    async (q) => {
      expect(await index.search(q)).toEqual([]);
    },
  );
  it('has no trace of the draft anywhere in the output, compressed files included', async () => {
    expect(await index.search('Hemmelegmerke7731')).toEqual([]);
    const files = (await readdir(OUT, { recursive: true })).map((f) => path.join(OUT, f));
    for (const file of files) {
      const bytes = await readFile(file).catch(() => undefined);
      if (!bytes) continue;
      const text =
        bytes[0] === 0x1f && bytes[1] === 0x8b
          ? gunzipSync(bytes).toString('latin1')
          : bytes.toString('latin1');
      expect(text.includes('Hemmelegmerke7731'), file).toBe(false);
    }
  });
  it('keeps the expansion terms out of the served HTML', async () => {
    const html = await readFile(
      path.join(OUT, 'dokument/ardal/tenester-til-innbyggjarane/index.html'),
      'utf8',
    );
    expect(html).not.toContain(EXPANSION_MARK);
    expect(html).not.toMatch(/\btjenester\b/);
  });
  it('cuts excerpts from the real text: a match only on a hidden term gives no excerpt', async () => {
    const hits = await index.search('tjenester');
    const nn = hits.find((h) => h.url === NN_DOC);
    const nb = hits.find((h) => h.url === NB_DOC);
    expect(nn?.content).toContain(EXPANSION_MARK);
    expect(buildExcerpt(nn?.content ?? '', nn?.locations ?? [])).toBeNull();
    const parts = buildExcerpt(nb?.content ?? '', nb?.locations ?? []) ?? [];
    expect(parts.filter((p) => p.mark).map((p) => p.text.toLowerCase())).toContain('tjenester');
    expect(parts.map((p) => p.text).join('')).not.toContain(EXPANSION_MARK);
  });
});
