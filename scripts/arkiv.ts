/**
 * `npm run arkiv -- --fra DATE --til DATE [--kommune K]`: hands the official
 * PDFs of the documents decided in a period, from dist/, to the archive with
 * a Noark 5 arkivstruktur.xml (docs/arkiv.md). Logic in
 * src/lib/archive/arkiv-command.ts.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { assertNodeVersion } from '../src/lib/node-version.ts';
import { runArkiv } from '../src/lib/archive/arkiv-command.ts';
import type { SiteConfig } from '../src/lib/config/schema.ts';

try {
  assertNodeVersion(process.versions.node);
  const root = process.cwd();
  const configModule = (await import(pathToFileURL(resolve(root, 'planverk.config.ts')).href)) as {
    default: SiteConfig;
  };
  process.exitCode = await runArkiv(process.argv.slice(2), root, configModule.default, {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
