/**
 * Each document's own check (model/document.ts: frontmatter, schema, body
 * parse, sections, attachments) kept between builds, so a rebuild after one
 * edit reads every file but parses and checks only the files that changed
 * (issue 11). The checks across documents (references, replacements, slugs,
 * unused files) still run over all of them, on the cached results; they
 * are cheap next to parsing.
 *
 * A file's key covers everything its own check reads: the engine's code
 * (codeFingerprint, which covers src/lib/model and the vocabulary), the site
 * configuration, the content folder (as given and its real path: problems
 * name the one, attachments resolve under the other), today's date (dates
 * more than five years ahead warn: model/future-dates.ts), the file's path
 * and bytes, and {@link contentFilesDigest}: the names of every file under
 * the content folder and the bytes of every file but Markdown, so an
 * attachment added, removed or changed checks every document again.
 *
 * An entry is the CheckedFile as checkDocument returned it, before the
 * checks across files add to it, without the parsed body (the render
 * parses a body again when its own cache misses), in V8's serialisation,
 * which keeps the Maps and undefined fields a JSON round trip would lose.
 */
import { readdir, readFile, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { hashParts, type KeyedCache } from '../files/keyed-cache.ts';
import type { CheckedFile } from '../model/checked-file.ts';

/** Bump when the stored shape changes in a way the code fingerprint would not show. */
const FORMAT = 'check-1';

/** What a build hands {@link loadContent}'s cache. */
export interface CheckCacheOptions {
  cache: KeyedCache;
  /** codeFingerprint() of the project. */
  fingerprint: string;
}

/**
 * A hash of every file under the content folder: the names of all (hidden
 * ones and Markdown included), the bytes of all but Markdown (a document's
 * own bytes are in its key), and where a symlink points. What a body's
 * links and a document's attachments resolve against. Coarse on purpose:
 * changing one attachment checks and renders every body again, which is
 * rare and never wrong.
 */
export async function contentFilesDigest(contentAbs: string): Promise<string> {
  const entries = await readdir(contentAbs, { recursive: true, withFileTypes: true }).catch(
    () => [],
  );
  const files = entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => ({ file: path.join(e.parentPath, e.name), link: e.isSymbolicLink() }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const parts: (string | Uint8Array)[] = [];
  for (const { file, link } of files) {
    parts.push(path.relative(contentAbs, file));
    if (link) parts.push(`->${await readlink(file).catch(() => '?')}`);
    // Markdown by name only; an unreadable file (permissions) counts as such.
    parts.push(
      /\.(md|markdown)$/i.test(file)
        ? ''
        : await readFile(file).catch(() => Buffer.from('\0unreadable')),
    );
  }
  return hashParts(parts);
}

/** The local date, as model/future-dates.ts reads «now». */
function localDay(now = new Date()): string {
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

/** One run's keys: the shared parts hashed once, then one key per file. */
export async function checkKeys(
  options: CheckCacheOptions,
  run: { contentAbs: string; relativeDir: string; config: unknown; filesDigest: string },
): Promise<(file: string, bytes: Uint8Array) => string> {
  const shared = hashParts([
    FORMAT,
    options.fingerprint,
    run.contentAbs,
    await realpath(run.contentAbs).catch(() => '?'),
    run.relativeDir,
    JSON.stringify(run.config),
    localDay(),
    run.filesDigest,
  ]);
  return (file, bytes) => hashParts([shared, file, bytes]);
}

/** A stored check, or undefined when there is none (or it cannot be read back). */
export async function readChecked(
  cache: KeyedCache,
  key: string,
): Promise<CheckedFile | undefined> {
  const bytes = await cache.get(key);
  if (!bytes) return undefined;
  try {
    return deserialize(bytes) as CheckedFile;
  } catch {
    return undefined;
  }
}

/** A file's own check, serialised now (before the checks across files add to it), tree left out. */
export function serializeChecked(file: CheckedFile): Buffer | undefined {
  const { tree: _tree, ...kept } = file;
  try {
    return serialize(kept);
  } catch {
    return undefined; // Something V8 cannot copy: not cached, checked again next time.
  }
}
