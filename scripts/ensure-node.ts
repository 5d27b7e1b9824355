/**
 * Fails loudly when scripts run on a Node older than the project's pinned one.
 * `npm install` puts Node 22 into node_modules/.bin; with `--ignore-scripts`
 * that binary is never fetched and `npm run` silently falls back to the
 * system Node, where Astro 7 and Vitest 5 break in confusing ways.
 */
import { assertNodeVersion } from '../src/lib/node-version.ts';

try {
  assertNodeVersion(process.versions.node);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
