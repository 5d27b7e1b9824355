/**
 * `npm run build` — validate content/, build the site with Astro, run the
 * post-build steps and publish to dist/ only when everything succeeded.
 *
 *   npm run build                       production build into dist/
 *   npm run build -- --preview          drafts shown and marked, into dist-preview/
 *   npm run build -- --content DIR --out DIR   another content or output directory (tests)
 *   npm run build -- --shard 2/4 [--out DIR]   CI: print the PDFs and cards of shard 2 of 4 into DIR
 *                                       (default dist-shard-2-of-4/); no site is published
 *   npm run build -- --assemble DIR…    the site, taking the shards' PDFs and cards from their DIRs
 *                                       (docs/ci-shards.md)
 *   npm run build -- --force            build everything even when nothing changed since the
 *                                       last build (which otherwise says «up to date» and stops)
 *
 * A preview build never writes dist/ unless --out says so, so a production
 * site cannot be replaced by one showing drafts by accident.
 */
import module from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { assertNodeVersion } from '../src/lib/node-version.ts';
import { limitHeapGrowth } from '../src/lib/heap-growth.ts';

// Node's on-disk cache of compiled modules (V8 code cache, checked against
// each file's contents before use): a build loads Astro, Vite, rolldown and
// the engine, some 1,500 modules, and compiling them again is ≈ 10 % of a
// small build's CPU. node_modules/.cache so that the projects sharing one
// install share it; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache(path.join(process.cwd(), 'node_modules', '.cache', 'planverk-node'));
// A heap that grows by half between collections, not by up to 4×: the peak
// RSS of a large build (src/lib/heap-growth.ts).
limitHeapGrowth();

const log = {
  info: (message: string) => console.log(`[planverk] ${message}`),
  warn: (message: string) => console.warn(`[planverk] ${message}`),
  error: (message: string) => console.error(`[planverk] ${message}`),
};

async function main(): Promise<number> {
  assertNodeVersion(process.versions.node);
  const { values, positionals } = parseArgs({
    options: {
      preview: { type: 'boolean', default: false },
      content: { type: 'string' },
      out: { type: 'string' },
      shard: { type: 'string' },
      assemble: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const root = process.cwd();
  const contentDir = values.content ?? process.env['PLANVERK_CONTENT_DIR'];
  const outDir = values.out ?? process.env['PLANVERK_OUT_DIR'];
  // Imported after the Node check: Astro fails obscurely on an old Node.
  const { buildSite } = await import('../src/lib/build/build-site.ts');
  const { ContentError, formatProblems } = await import('../src/lib/model/problems.ts');
  const { ContentFolderError } = await import('../src/lib/content/load.ts');
  const { ShardError, parseShard } = await import('../src/lib/build/shard.ts');
  const outLabel = outDir ?? (values.preview ? 'dist-preview/' : 'dist/');
  try {
    if (positionals.length > 0 && !values.assemble) {
      throw new ShardError(
        `Unexpected arguments: ${positionals.join(' ')} (folders go after --assemble).`,
      );
    }
    if (values.assemble && positionals.length === 0) {
      throw new ShardError("--assemble wants the shards' output folders: --assemble DIR DIR…");
    }
    if (values.assemble && values.shard)
      throw new ShardError('--shard and --assemble exclude each other.');
    await buildSite({
      root,
      contentDir: contentDir && path.resolve(root, contentDir),
      outDir: outDir && path.resolve(root, outDir),
      preview: values.preview,
      logger: log,
      shard: values.shard === undefined ? undefined : parseShard(values.shard),
      assemble: values.assemble ? positionals.map((dir) => path.resolve(root, dir)) : undefined,
      force: values.force,
    });
    return 0;
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(formatProblems(error.problems));
      log.error(
        `build stopped: fix the problems above (npm run check lists the same). ${outLabel} is unchanged.`,
      );
    } else if (error instanceof ContentFolderError || error instanceof ShardError) {
      // A wrong --content path is a setup error with a clear message: no stack trace.
      log.error(error.message);
    } else {
      console.error(error);
      log.error(`build failed; the previous ${outLabel} is unchanged.`);
    }
    return 1;
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
