/**
 * Run by `npm run preview` before `astro preview`: puts dist/ back if a
 * build was killed while swapping it (src/lib/build/recover-publish.ts), so
 * the preview serves the last complete site, never nothing.
 *
 *   npx node scripts/restore-output.ts [DIR]   default dist/
 */
import path from 'node:path';
import { withBuildLock } from '../src/lib/build/build-lock.ts';
import { restoreOutput } from '../src/lib/build/recover-publish.ts';

const log = {
  info: (message: string) => console.log(`[planverk] ${message}`),
  warn: (message: string) => console.warn(`[planverk] ${message}`),
};
const root = process.cwd();
const outDir = path.resolve(root, process.argv[2] ?? 'dist');
await withBuildLock(root, () => restoreOutput(outDir, root, log), log.info);
