/**
 * `npm run bench` — build and PDF times of the example site
 * (bench/build-bench.ts), then search on a generated 1,000-document corpus.
 *
 * Generates bench/corpus/content (deterministic, nb and nn, gitignored),
 * renders the pages with Astro into bench/corpus/site, then indexes them
 * twice: plain Pagefind (baseline) and Planverk's search step with the
 * bokmål↔nynorsk and compound expansions. For each it reports indexing
 * time, index size, and in Debian Chromium the bytes fetched for a first
 * query (cold cache) and the time from keystroke to results, with ratios.
 *
 *   npm run bench                 1,000 documents
 *   npm run bench -- --docs 200   another size
 *   npm run bench -- --only build  (or search, or nesting) one part
 *   npm run bench -- --only print  per-PDF print times, system and bundled Chromium side by side
 *
 * Also times the check of bodies nested 100–1,000 levels deep
 * (bench/nesting-bench.ts), and builds the generated corpus side by side
 * with Starlight (bench/peer-bench.ts), interleaved, as ratios of medians:
 *
 *   PLANVERK_BENCH_STARLIGHT=/work/peers/starlight npm run bench -- --only peers --docs 200 --runs 3
 *   (or --starlight DIR; --peers DIR for gen-corpus.mjs, default ../shared/bench-peers)
 *
 * Without a Starlight install that part is skipped with a message.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { assertNodeVersion } from '../src/lib/node-version.ts';

const QUERIES = [
  'tjenester',
  'kommunane',
  'strategi',
  'innbyggjarar',
  'ikke',
  'plattform',
  'barnehage',
];

async function dirBytes(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    bytes += (await stat(path.join(e.parentPath, e.name))).size;
    files += 1;
  }
  return { bytes, files };
}

async function main(): Promise<void> {
  assertNodeVersion(process.versions.node);
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '1000' },
      'skip-build': { type: 'boolean', default: false },
      only: { type: 'string' },
      runs: { type: 'string', default: '3' },
      starlight: { type: 'string' },
      peers: { type: 'string' },
    },
  });
  const root = process.cwd();
  const corpus = path.join(root, 'bench', 'corpus');
  if (values.only === undefined || values.only === 'nesting') {
    const { benchNesting } = await import('../bench/nesting-bench.ts');
    const { default: siteConfig } = await import('../planverk.config.ts');
    await benchNesting(siteConfig);
    if (values.only === 'nesting') return;
  }
  if (values.only === undefined || values.only === 'peers') {
    const { benchPeers } = await import('../bench/peer-bench.ts');
    await benchPeers(root, {
      docs: Number(values.docs),
      runs: Number(values.runs),
      starlight: values.starlight,
      peers: values.peers,
    });
    if (values.only === 'peers') return;
  }
  if (values.only === 'print') {
    const { benchPrint } = await import('../bench/build-bench.ts');
    await benchPrint(root, corpus);
    return;
  }
  if (values.only !== 'search') {
    const { benchBuild } = await import('../bench/build-bench.ts');
    await benchBuild(root, corpus);
    if (values.only === 'build') return;
  }
  const n = Number(values.docs);
  // With a Starlight install the corpus is the peers' one, so Starlight builds the same documents.
  const starlight = values.starlight ?? process.env['PLANVERK_BENCH_STARLIGHT'];
  const peers = await import('../bench/search-peer.ts');
  const withPeer = peers.hasStarlight(starlight);
  const peerDir = path.join(corpus, `search-peer-${n}`);
  const content = withPeer ? path.join(peerDir, 'planverk') : path.join(corpus, 'content');
  const site = withPeer ? path.join(peerDir, 'site') : path.join(corpus, 'site');
  const starlightDist = path.join(peerDir, 'starlight', 'dist');
  const log = { info: console.log, warn: console.warn, error: console.error };

  const { generateCorpus } = await import('../bench/corpus.ts');
  let t = performance.now();
  if (!values['skip-build']) {
    if (withPeer) {
      const { default: config } = await import('../planverk.config.ts');
      const generator =
        values.peers ??
        process.env['PLANVERK_BENCH_PEERS'] ??
        path.resolve(root, '..', 'shared', 'bench-peers');
      const dirs = await peers.peerCorpus(
        root,
        peerDir,
        n,
        generator,
        config.kommuner.map((k) => k.name),
      );
      t = performance.now();
      await peers.buildStarlight(starlight, dirs.plain, path.dirname(starlightDist));
      console.log(`starlight: built in ${Math.round(performance.now() - t)} ms`);
      t = performance.now();
    } else await generateCorpus(content, n);
    console.log(
      `corpus: ${n} documents in ${Math.round(performance.now() - t)} ms → ${path.relative(root, content)}`,
    );

    // Pages only (no PDFs or cards: they do not change what search indexes).
    const { siteOptions } = await import('../src/lib/site/options.ts');
    const { renderPages } = await import('../src/lib/build/build-site.ts');
    t = performance.now();
    await rm(site, { recursive: true, force: true });
    await renderPages({ command: 'build', options: siteOptions(root, false, content) }, site);
    console.log(`astro: pages in ${Math.round(performance.now() - t)} ms`);
  }

  const { default: config } = await import('../planverk.config.ts');
  const { createSearchStep } = await import('../src/lib/search/pagefind-step.ts');
  const { launchChromium } = await import('../src/lib/browser/chromium.ts');
  const { serveStatic } = await import('../src/lib/server/static-server.ts');
  const { measureSearchPage } = await import('../bench/measure.ts');
  const bytes = await import('../bench/search-bytes.ts');
  const journeys: Record<string, Awaited<ReturnType<typeof bytes.measureJourneys>>> = {};
  const ctx = {
    root,
    outDir: site,
    contentDir: content,
    cacheDir: path.join(root, '.planverk', 'cache'),
    documents: [],
    bodies: new Map(),
    config,
    preview: false,
    logger: log,
  };

  const rows: Record<string, Record<string, number>> = {};
  for (const [name, expand] of [
    ['baseline (plain Pagefind)', false],
    ['planverk (expanded)', true],
  ] as const) {
    await rm(path.join(site, 'pagefind'), { recursive: true, force: true });
    // Cold every time: the step keeps pages' words and terms between builds.
    await rm(path.join(ctx.cacheDir, 'search'), { recursive: true, force: true });
    t = performance.now();
    await createSearchStep({ expand }).run(ctx);
    const indexMs = Math.round(performance.now() - t);
    const size = await dirBytes(path.join(site, 'pagefind'));
    // Browser and server start after indexing: Pagefind's service must be closed first.
    const browser = await launchChromium();
    const server = await serveStatic(site);
    try {
      const figures = await measureSearchPage(browser, server.url, QUERIES);
      journeys[name] = await bytes.measureJourneys(
        browser,
        server.url,
        bytes.planverkSite,
        QUERIES,
      );
      rows[name] = { indexMs, indexBytes: size.bytes, indexFiles: size.files, ...figures, hits: 0 };
      console.log(`${name}: hits per query ${JSON.stringify(figures.hits)}`);
    } finally {
      await server.close();
      await browser.close();
    }
    if (!expand) {
      await rm(path.join(site, 'pagefind-baseline'), { recursive: true, force: true });
      await rename(path.join(site, 'pagefind'), path.join(site, 'pagefind-baseline'));
    }
  }
  const [base, ours] = Object.values(rows) as [Record<string, number>, Record<string, number>];
  const metrics = [
    'indexMs',
    'indexBytes',
    'indexFiles',
    'firstQueryBytes',
    'firstQueryRequests',
    'firstQueryMs',
    'keystrokeMs',
  ];
  console.log(`\n| metric (${n} documents) | baseline | planverk | ratio |\n|---|---:|---:|---:|`);
  for (const m of metrics) {
    const a = base[m] ?? 0;
    const b = ours[m] ?? 0;
    console.log(`| ${m} | ${a} | ${b} | ${a ? (b / a).toFixed(2) : '–'} |`);
  }

  if (withPeer) {
    const browser = await launchChromium();
    const server = await serveStatic(starlightDist);
    try {
      journeys['starlight'] = await bytes.measureJourneys(
        browser,
        server.url,
        bytes.starlightSite,
        QUERIES,
      );
      console.log(`starlight: hits per query ${JSON.stringify(journeys['starlight'].hits)}`);
    } finally {
      await server.close();
      await browser.close();
    }
  } else console.log('\nsearch bytes: Starlight skipped (set PLANVERK_BENCH_STARLIGHT).');
  const names = Object.keys(journeys);
  const peer = journeys['starlight'];
  const ratio = (a: number, b: number | undefined): string => (b ? (a / b).toFixed(2) : '–');
  console.log(
    `\n| open search + first query, ${n} documents, median of ${QUERIES.length} queries, bytes | ${names.join(' | ')} | planverk ÷ starlight |`,
  );
  console.log(`|---|${names.map(() => '---:').join('|')}|---:|`);
  const ours2 = journeys['planverk (expanded)'];
  for (const [label, key] of [
    ['search (Pagefind + search script)', 'search'],
    ['every response', 'total'],
  ] as const)
    console.log(
      `| ${label} | ${names.map((k) => journeys[k]?.[key] ?? 0).join(' | ')} | ${ratio(ours2?.[key] ?? 0, peer?.[key])} |`,
    );
  const groups = [...new Set(names.flatMap((k) => Object.keys(journeys[k]?.groups ?? {})))].sort();
  for (const g of groups)
    console.log(`| ${g} | ${names.map((k) => journeys[k]?.groups[g] ?? 0).join(' | ')} | |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
