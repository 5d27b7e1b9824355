/**
 * `npm run check`: validates every document under content/ (or `--dir`) and
 * prints every problem; exit code 1 on any error. Logic in
 * src/lib/check/check-command.ts.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { assertNodeVersion } from '../src/lib/node-version.ts';
import { runCheck } from '../src/lib/check/check-command.ts';
import type { SiteConfig } from '../src/lib/config/schema.ts';
import { limitHeapGrowth } from '../src/lib/heap-growth.ts';

// The check reads the whole corpus as the build does (src/lib/heap-growth.ts).
limitHeapGrowth();

try {
  assertNodeVersion(process.versions.node);
  const root = process.cwd();
  const configModule = (await import(pathToFileURL(resolve(root, 'planverk.config.ts')).href)) as {
    default: SiteConfig;
  };
  const code = await runCheck(process.argv.slice(2), root, configModule.default, {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
  process.exitCode = code;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
