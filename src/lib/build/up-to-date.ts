import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, realpath, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chooseChromium } from '../browser/chromium.ts';
import { readAhead } from '../core/read-ahead.ts';

/*
 * The no-change rebuild. After a build publishes, it records a digest of
 * everything the site was built from and a digest of the published folder.
 * The next build computes the first again: when it is the same and the
 * folder is still exactly what was published, there is nothing to do, and
 * the build says so (with the same content warnings) instead of validating,
 * rendering and indexing everything to write the same bytes.
 *
 * What the inputs cover: the engine's code fingerprint (src/, public/, the
 * configs, the lockfile: files/code-fingerprint.ts), the site configuration
 * as loaded, the run's options (content folder, drafts, «today», which
 * decides whether a høring is open), every file under the content folder by
 * name and bytes, and which Chromium would print (path, size, mtime). Any
 * difference, or any change to the published folder (a file edited, added
 * or removed by hand), makes a full build; `--force` always does.
 */

/** What a published build leaves for the next one to compare against. */
export interface PublishedRecord {
  version: 1;
  /** {@link buildInputsDigest} of the build that published. */
  inputs: string;
  /** {@link treeDigest} of the output folder right after publishing. */
  tree: string;
  documents: number;
  pages: number;
  /** The content warnings the build printed, printed again when nothing changed. */
  warnings: string[];
}

/** What a build's output depends on besides the content files. */
export interface BuildInputs {
  fingerprint: string;
  config: unknown;
  contentDir: string;
  outDir: string;
  includeDrafts: boolean;
  today: string;
}

/** A digest of the inputs: the parts above, every content file, and the Chromium that prints. */
export async function buildInputsDigest(inputs: BuildInputs): Promise<string> {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      version: 1,
      fingerprint: inputs.fingerprint,
      config: inputs.config,
      contentDir: path.resolve(inputs.contentDir),
      outDir: path.resolve(inputs.outDir),
      includeDrafts: inputs.includeDrafts,
      today: inputs.today,
      chromium: await chromiumIdentity(),
    }),
  );
  await hashFolder(hash, inputs.contentDir);
  return hash.digest('hex');
}

/** A digest of every file below `dir` (names and bytes); `undefined` when `dir` does not exist. */
export async function treeDigest(dir: string): Promise<string | undefined> {
  const hash = createHash('sha256');
  const found = await hashFolder(hash, dir);
  return found ? hash.digest('hex') : undefined;
}

/** Where the record of the build that published `outDir` is kept. */
function recordFile(cacheDir: string, outDir: string): string {
  const name = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 24);
  return path.join(cacheDir, 'published', `${name}.json`);
}

/** The record of the last build that published `outDir`, if any (an unreadable one counts as none). */
export async function readPublishedRecord(
  cacheDir: string,
  outDir: string,
): Promise<PublishedRecord | undefined> {
  try {
    const record = JSON.parse(
      await readFile(recordFile(cacheDir, outDir), 'utf8'),
    ) as Partial<PublishedRecord>;
    if (
      record.version !== 1 ||
      typeof record.inputs !== 'string' ||
      typeof record.tree !== 'string' ||
      !Array.isArray(record.warnings)
    )
      return undefined;
    return record as PublishedRecord;
  } catch {
    return undefined;
  }
}

/** Writes the record atomically (a crash leaves the old record or the new one, never half). */
export async function writePublishedRecord(
  cacheDir: string,
  outDir: string,
  record: PublishedRecord,
): Promise<void> {
  const file = recordFile(cacheDir, outDir);
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(record));
  await rename(temporary, file);
}

/**
 * True when `record` was made from exactly `inputs` and `outDir` still holds
 * exactly what that build published.
 */
export async function isUpToDate(
  record: PublishedRecord | undefined,
  inputs: string,
  outDir: string,
): Promise<boolean> {
  if (!record || record.inputs !== inputs) return false;
  return (await treeDigest(outDir)) === record.tree;
}

/** Hashes the files below `dir` in a fixed order; false when `dir` does not exist. */
async function hashFolder(hash: ReturnType<typeof createHash>, dir: string): Promise<boolean> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const files = entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  // Read ahead of the hash, which takes them in order (core/read-ahead.ts).
  const read = (file: string): Promise<Buffer> =>
    readFile(file).catch(() => Buffer.from('\0unreadable'));
  for await (const [file, bytes] of readAhead(files, read)) {
    const name = path.relative(dir, file).split(path.sep).join('/');
    // Names length-prefixed: moving bytes between a name and a file never hashes alike.
    hash.update(`${Buffer.byteLength(name)}:${name}${bytes.byteLength}:`);
    hash.update(bytes);
  }
  return true;
}

/** Which Chromium would print, as far as its output could differ. */
async function chromiumIdentity(): Promise<string> {
  try {
    const choice = await chooseChromium();
    const file = await stat(await realpath(choice.path)).catch(() => undefined);
    return `${choice.source} ${choice.path} ${file?.size ?? '-'} ${file?.mtimeMs ?? '-'}`;
  } catch {
    return 'none';
  }
}
