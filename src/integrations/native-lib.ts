import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/**
 * The pages' own TypeScript (src/lib/**, planverk.config.ts) left out of
 * Astro's prerender bundle and imported by Node as it is, in builds only.
 *
 * Why: the build process has already loaded most of these modules (it
 * validated the content with them, scripts/build.ts) and Node runs them
 * natively (type stripping; they import each other with `.ts`). Bundling
 * them anyway made Vite/rolldown transform some 250 modules through every
 * Astro plugin and Node compile and evaluate a second copy of them, a
 * large part of the Astro step's fixed cost. What reaches the HTML is the
 * same: the code is the same, and the pages and the build share the run
 * through globalThis (src/lib/site/handover.ts), not through module state.
 *
 * Only files that exist and end in `.ts` under those paths, imported by a
 * relative specifier: styles, `.astro` components and anything that needs
 * Vite (virtual modules, `?raw`) are still bundled. The client bundle (the
 * browser's scripts) and the dev server are left alone.
 */
export function nativeLib(root: string): Plugin {
  const lib = path.join(root, 'src', 'lib') + path.sep;
  const config = path.join(root, 'planverk.config.ts');
  return {
    name: 'planverk:native-lib',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name !== 'client',
    resolveId: {
      order: 'pre',
      handler(source, importer) {
        if (!importer || !source.startsWith('.') || !source.endsWith('.ts')) return null;
        const file = path.resolve(path.dirname(importer.split('?')[0] ?? importer), source);
        if (!(file.startsWith(lib) || file === config) || !existsSync(file)) return null;
        // A file: URL, kept as written: the bundle lives elsewhere (staging).
        return { id: pathToFileURL(file).href, external: true };
      },
    },
  };
}
