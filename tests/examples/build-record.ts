/**
 * Lets `npm run test:examples` check the `npm run build` that .ci/run has
 * just made instead of building the example site a second time, but only
 * when it can prove that dist/ is that build of the sources as they are now.
 * .ci/run runs, around its `npm run build`:
 *
 *   npx node tests/examples/build-record.ts before      sources' hashes before the build
 *   npx node tests/examples/build-record.ts after dist  …after it, and the output's
 *
 * into .planverk/ci-build.json. tests/examples/site-examples.test.ts reuses
 * dist/ only when the engine's files, the config and content/ hash as they
 * did right after that build and dist/ is byte for byte what it wrote; else
 * it builds as before. `contentBefore` keeps its check that the build never
 * writes into content/.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hashTree } from '../e2e/helpers/build.ts';
import { ROOT } from '../helpers/project.ts';

/** Where .ci/run leaves the record (not in dist/: it is not for publishing). */
export const RECORD = path.join(ROOT, '.planverk', 'ci-build.json');

/** What a build of the example site is made from, besides content/. */
const ENGINE = [
  'src',
  'scripts',
  'public',
  'templates',
  'astro.config.mjs',
  'planverk.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

export interface BuildRecord {
  /** content/ before the build. */
  contentBefore: string;
  /** content/ after it. */
  contentAfter: string;
  /** The engine's files and the config before the build (they must not change either). */
  engine: string;
  /** The output folder, relative to the root, and its hash after the build. */
  out: string;
  outHash: string;
}

async function hashPaths(paths: string[]): Promise<string> {
  const parts: string[] = [];
  for (const entry of paths) {
    const file = path.join(ROOT, entry);
    const info = await stat(file).catch(() => undefined);
    if (!info) parts.push(`${entry}:missing`);
    else if (info.isDirectory()) parts.push(`${entry}:${await hashTree(file)}`);
    else
      parts.push(
        `${entry}:${createHash('sha256')
          .update(await readFile(file))
          .digest('hex')}`,
      );
  }
  return parts.join('\n');
}

/**
 * The output folder of the recorded `npm run build` when it is provably the
 * build of the sources as they are now (and unchanged since), else undefined.
 */
export async function recordedBuild(): Promise<BuildRecord | undefined> {
  const text = await readFile(RECORD, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const record = JSON.parse(text) as BuildRecord;
  if (!record.outHash || (await hashPaths(ENGINE)) !== record.engine) return undefined;
  if ((await hashTree(path.join(ROOT, 'content'))) !== record.contentAfter) return undefined;
  const out = path.join(ROOT, record.out);
  const outHash = await hashTree(out).catch(() => undefined);
  return outHash === record.outHash ? record : undefined;
}

async function main(step: string | undefined, out: string | undefined): Promise<void> {
  const content = await hashTree(path.join(ROOT, 'content'));
  if (step === 'before') {
    await mkdir(path.dirname(RECORD), { recursive: true });
    const record = { contentBefore: content, engine: await hashPaths(ENGINE) };
    await writeFile(RECORD, JSON.stringify(record));
    return;
  }
  if (step === 'after' && out) {
    const record = JSON.parse(await readFile(RECORD, 'utf8')) as BuildRecord;
    const engine = await hashPaths(ENGINE);
    // A build that changed its own sources proves nothing: no record.
    if (engine !== record.engine) throw new Error('the build changed the engine or the config');
    const done: BuildRecord = {
      ...record,
      contentAfter: content,
      out,
      outHash: await hashTree(path.join(ROOT, out)),
    };
    await writeFile(RECORD, JSON.stringify(done));
    return;
  }
  throw new Error('usage: node tests/examples/build-record.ts before | after <out dir>');
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  await main(process.argv[2], process.argv[3]);
}
