import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * What of a project decides its output besides the content: the engine's code
 * (pages, layouts, components, styles, the libraries), the site's
 * configuration, the public files the layouts embed, the locked dependency
 * versions (fonts come from node_modules/@fontsource) and the build's own
 * settings. Relative to the project root; a folder is hashed whole.
 */
export const CODE_INPUTS = [
  'src',
  'public',
  'astro.config.mjs',
  'astro.config.ts',
  'planverk.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
] as const;

const fingerprints = new Map<string, Promise<string>>();

/**
 * A hash of everything in {@link CODE_INPUTS}: part of every cache key of the
 * incremental build (rendered bodies, pages), so a change to a layout, a
 * stylesheet or a plugin renders everything again without anyone having to
 * remember a version number. Memoized per root for the life of the process.
 */
export function codeFingerprint(root: string): Promise<string> {
  const key = path.resolve(root);
  let fingerprint = fingerprints.get(key);
  if (!fingerprint) {
    fingerprint = hashInputs(key);
    fingerprints.set(key, fingerprint);
  }
  return fingerprint;
}

/** Forgets the memoized fingerprints (a test that edits the code inputs in one process). */
export function forgetCodeFingerprints(): void {
  fingerprints.clear();
}

async function hashInputs(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const input of CODE_INPUTS) {
    for (const file of await filesOf(path.join(root, input))) {
      // Names length-prefixed: moving bytes between a name and a file never hashes alike.
      const name = path.relative(root, file).split(path.sep).join('/');
      const bytes = await readFile(file);
      hash.update(`${Buffer.byteLength(name)}:${name}${bytes.byteLength}:`);
      hash.update(bytes);
    }
  }
  return hash.digest('hex');
}

/** The files of `target` (itself when it is a file), sorted; none when it does not exist. */
async function filesOf(target: string): Promise<string[]> {
  try {
    const entries = await readdir(target, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return [target];
    if (code === 'ENOENT') return [];
    throw error;
  }
}
