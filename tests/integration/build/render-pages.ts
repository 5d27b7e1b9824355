/**
 * Child process of astro-reuse.test.ts: validates a content folder and
 * renders its pages into an output folder as `npm run build` does (Astro,
 * with the bundle reuse of src/lib/build/astro-reuse.ts and its cache), in
 * the project at the working directory (a scratch copy, tests/helpers/project.ts).
 *
 *   node tests/integration/build/render-pages.ts CONTENT OUT CACHE
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [content, out, cache] = process.argv.slice(2);
if (!content || !out || !cache) throw new Error('render-pages: CONTENT OUT CACHE');
const root = process.cwd();
// The project's own copy of the engine (this file is linked in from the repository).
const load = <T>(file: string): Promise<T> =>
  import(pathToFileURL(path.join(root, file)).href) as Promise<T>;
const { siteOptions } =
  await load<typeof import('../../../src/lib/site/options.ts')>('src/lib/site/options.ts');
const { loadSiteContent } = await load<typeof import('../../../src/lib/site/documents.ts')>(
  'src/lib/site/documents.ts',
);
const { codeFingerprint } = await load<typeof import('../../../src/lib/files/code-fingerprint.ts')>(
  'src/lib/files/code-fingerprint.ts',
);
const { renderPages } = await load<typeof import('../../../src/lib/build/build-site.ts')>(
  'src/lib/build/build-site.ts',
);
const { default: config } = await load<{
  default: import('../../../src/lib/config/schema.ts').SiteConfig;
}>('planverk.config.ts');
const site = siteOptions(root, false, content);
const { documents, bodies } = await loadSiteContent(site, config, () => {});
await renderPages({ command: 'build', options: site, documents, bodies }, out, {
  cacheDir: cache,
  fingerprint: await codeFingerprint(root),
  logger: { info: console.log, warn: console.warn, error: console.error },
});
