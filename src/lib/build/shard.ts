import { createHash } from 'node:crypto';
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';

/*
 * Printing the PDFs and cards across CI runners. A shard (`npm run build --
 * --shard i/n`) validates and renders the whole site like any build, then
 * prints the PDFs and renders the cards of its share of the documents into
 * a cache folder, its output. `npm run build -- --assemble DIR…` copies the
 * shards' folders into the build cache and runs an ordinary build, whose
 * PDF and card steps then find every file in the cache (keyed by content,
 * src/lib/pdf/cache.ts and src/lib/social/step.ts): the site is the bytes a
 * one-machine build gives (tests/e2e/shard.test.ts). docs/ci-shards.md has
 * the CI matrices.
 */

/** One share of the documents: `index` of `count`, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n); an English message for the person running the build otherwise. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ShardError(`--shard wants i/n with 1 ≤ i ≤ n (e.g. --shard 2/4), not «${text}».`);
  }
  return { index, count };
}

/**
 * Whether a document belongs to a shard: by a hash of its id, so the share
 * does not move when other documents are added or removed, and every shard
 * of a CI run agrees without talking to the others.
 */
export function inShard(docId: string, shard: Shard): boolean {
  const hash = createHash('sha256').update(docId.normalize('NFC')).digest();
  return hash.readUInt32BE(0) % shard.count === shard.index - 1;
}

/** The cache folders a shard fills (those of src/lib/pdf/cache.ts and src/lib/social/step.ts). */
export const SHARD_CACHE_FOLDERS = ['pdf', 'social'] as const;

/**
 * Copies the shards' outputs into the build cache, so the build that
 * follows prints and renders nothing they already made. Returns how many
 * files it copied. A folder that is not a shard's output is refused.
 */
export async function seedCacheFromShards(
  shardDirs: readonly string[],
  cacheDir: string,
): Promise<number> {
  let copied = 0;
  for (const dir of shardDirs) {
    const entries = await readdir(dir).catch(() => undefined);
    const folders = entries?.filter((e) => (SHARD_CACHE_FOLDERS as readonly string[]).includes(e));
    if (!folders || folders.length === 0) {
      throw new ShardError(
        `--assemble: ${dir} is not the output of a shard build (no ${SHARD_CACHE_FOLDERS.join('/ or ')}/ in it).`,
      );
    }
    for (const folder of folders) {
      const from = path.join(dir, folder);
      const files = await readdir(from, { recursive: true });
      copied += files.length;
      await cp(from, path.join(cacheDir, folder), { recursive: true, force: true });
    }
  }
  return copied;
}

/** A wrong --shard or --assemble argument: a setup error with a message, no stack trace. */
export class ShardError extends Error {
  override name = 'ShardError';
}
