/**
 * Fails loudly when scripts run on a Node that cannot run the project. Node
 * runs the CLIs' TypeScript as it is (type stripping, Node >= 22.18), so on
 * an older Node a script would die on its first `.ts` import with «Unknown
 * file extension» before it could say why. This file is plain JavaScript so
 * that it speaks on any Node: the package.json scripts preload it
 * (`node --import ./scripts/ensure-node.mjs scripts/build.ts`) or run it
 * before `astro dev` and Vitest.
 *
 * `npm install` puts Node 22 into node_modules/.bin; with `--ignore-scripts`
 * that binary is never fetched and `npm run` silently falls back to the
 * system Node, where Astro 7 and Vitest 5 break in confusing ways.
 */
if (!process.features.typescript) {
  console.error(
    `Planverk needs Node >= 22.18.0, which runs TypeScript as it is, but this is Node ${process.versions.node}` +
      `${process.versions.node.startsWith('22.') ? ' (or type stripping is turned off)' : ''}.\n` +
      'The project pins Node 22 as a dev dependency; run `npm install` (without --ignore-scripts)\n' +
      'and start commands through `npm run …` so node_modules/.bin/node is used.',
  );
  process.exit(1);
}

const { assertNodeVersion } = await import('../src/lib/node-version.ts');
try {
  assertNodeVersion(process.versions.node);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
