/**
 * The Astro phase of a build by itself: validate a content folder (with the
 * render cache, so a second run is quick), then time `renderPages` as the
 * build calls it, for all documents' pages or for one (what an edited
 * rebuild renders; the rest come from the page cache). Prints one JSON line
 * with wall and CPU milliseconds. Profile with `--cpu-prof`.
 *
 *   node bench/astro-phase.ts --content DIR --out DIR [--pages all|one] [--cache DIR] [--reuse 0]
 */
import { rm } from 'node:fs/promises';
import module from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

// As scripts/build.ts does, so the figures are the build's.
module.enableCompileCache(path.join(process.cwd(), 'node_modules', '.cache', 'planverk-node'));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      pages: { type: 'string', default: 'all' },
      cache: { type: 'string' },
      reuse: { type: 'string', default: '1' },
    },
  });
  if (!values.content || !values.out) throw new Error('astro-phase: --content and --out');
  const root = process.cwd();
  const { siteOptions } = await import('../src/lib/site/options.ts');
  const { loadSiteContent } = await import('../src/lib/site/documents.ts');
  const { RenderCache } = await import('../src/lib/check/render-cache.ts');
  const { codeFingerprint } = await import('../src/lib/files/code-fingerprint.ts');
  const { renderPages } = await import('../src/lib/build/build-site.ts');
  const { default: config } = await import('../planverk.config.ts');
  const site = siteOptions(root, false, path.resolve(values.content));
  const cacheDir = path.resolve(values.cache ?? path.join(root, '.planverk', 'cache'));
  const renderCache = new RenderCache(cacheDir, await codeFingerprint(root));
  const loaded = await loadSiteContent(site, config, () => {}, false, renderCache);
  const first = loaded.documents[0];
  const pages =
    values.pages === 'one' && first
      ? new Set([first.id])
      : new Set(loaded.documents.map((d) => d.id));
  const outDir = path.resolve(values.out);
  await rm(outDir, { recursive: true, force: true });
  const cpu = process.cpuUsage();
  const t = performance.now();
  await renderPages(
    { command: 'build', options: site, documents: loaded.documents, bodies: loaded.bodies, pages },
    outDir,
    values.reuse === '0'
      ? undefined
      : { cacheDir, fingerprint: await codeFingerprint(root), logger: console },
  );
  const { user, system } = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      pages: values.pages,
      documents: loaded.documents.length,
      wallMs: Math.round(performance.now() - t),
      cpuMs: Math.round((user + system) / 1000),
    }),
  );
}

await main();
