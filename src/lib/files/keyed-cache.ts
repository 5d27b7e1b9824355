/**
 * One folder of entries kept between builds, each a file named by a key that
 * hashes everything the entry was made from (issue 11, incremental builds).
 * The caches of the incremental build share it: checked documents
 * (content/check-cache.ts), per-page results of the security and search
 * steps. An entry is written under a temporary name and renamed into place,
 * so a killed build never leaves half of one; reading one refreshes its age,
 * and {@link KeyedCache.prune} removes what no build used for 30 days.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import {
  copyFile,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';

let tempCount = 0;

/** Entries unused for this long are removed by {@link KeyedCache.prune} (as the PDF cache does). */
export const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** Hashes parts, each length-prefixed so two different splits never hash alike. */
export function hashParts(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(`${typeof part === 'string' ? Buffer.byteLength(part) : part.byteLength}:`);
    hash.update(part);
  }
  return hash.digest('hex');
}

/**
 * Writes `file` under a temporary name, then renames it into place, so a
 * killed build never leaves half a file (pid and a counter: two writers at
 * once never share a temporary name).
 */
export async function writeAtomic(file: string, bytes: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}-${(tempCount += 1)}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, file);
}

/**
 * Removes the entries (files or folders) directly under `dir` that no build
 * has used for {@link MAX_AGE_MS}, except the names in `keep`; returns how many.
 */
export async function pruneUnused(
  dir: string,
  now = Date.now(),
  keep: readonly string[] = [],
): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    if (keep.includes(name)) continue;
    const entry = path.join(dir, name);
    const info = await stat(entry).catch(() => undefined);
    if (info && now - info.mtimeMs > MAX_AGE_MS) {
      await rm(entry, { recursive: true, force: true });
      removed += 1;
    }
  }
  return removed;
}

/** Byte entries under one folder, by key; counts what it found and missed, for the log. */
export class KeyedCache {
  hits = 0;
  misses = 0;
  readonly dir: string;
  /** How entry files end (`.bin`, `.json`). */
  private readonly suffix: string;

  constructor(dir: string, suffix = '.bin') {
    this.dir = dir;
    this.suffix = suffix;
  }

  /** The entry of `key`, or undefined (also for an unreadable one). */
  async get(key: string): Promise<Buffer | undefined> {
    const file = this.file(key);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
    return bytes;
  }

  /**
   * Copies the entry of `key` to `target` without reading it into memory,
   * never over an existing file (`COPYFILE_EXCL`: that fails as a write with
   * `wx` would); false, and a miss, when there is no entry. A hit refreshes
   * the entry's age, as {@link get} does.
   */
  async copyTo(key: string, target: string): Promise<boolean> {
    const file = this.file(key);
    try {
      await copyFile(file, target, constants.COPYFILE_EXCL);
    } catch (error) {
      // ENOENT is a missing entry or a missing target folder: only the first is a miss.
      const missing =
        (error as NodeJS.ErrnoException).code === 'ENOENT' &&
        !(await stat(file).catch(() => undefined))?.isFile();
      if (!missing) throw error;
      this.misses += 1;
      return false;
    }
    this.hits += 1;
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
    return true;
  }

  /** Stores an entry atomically (temporary name, then rename). */
  async put(key: string, bytes: string | Uint8Array): Promise<void> {
    await writeAtomic(this.file(key), bytes);
  }

  /** Removes entries no build has used for 30 days; returns how many. */
  prune(now = Date.now()): Promise<number> {
    return pruneUnused(this.dir, now);
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}${this.suffix}`);
  }
}

/** One row of a {@link KeyedTable}: the value and when a build last used it. */
interface Row<T> {
  value: T;
  used: number;
}

/**
 * Small results by key in one JSON file (a page's policy check, a page's
 * search words): read once, written once at the end of a run. Thousands of
 * entries of a few bytes each cost less as one file than as thousands.
 * Rows no build used for 30 days are dropped when it is saved.
 */
export class KeyedTable<T> {
  hits = 0;
  misses = 0;
  private rows = new Map<string, Row<T>>();
  private changed = false;
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  /** Reads the table; a missing or unreadable one is empty. */
  async load(): Promise<this> {
    try {
      const parsed = JSON.parse(await readFile(this.file, 'utf8')) as Record<string, Row<T>>;
      this.rows = new Map(Object.entries(parsed));
    } catch {
      this.rows = new Map();
    }
    return this;
  }

  /** The value of `key` (its age refreshed), or undefined. */
  get(key: string, now = Date.now()): T | undefined {
    const row = this.rows.get(key);
    if (!row) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    row.used = now;
    this.changed = true;
    return row.value;
  }

  set(key: string, value: T, now = Date.now()): void {
    this.rows.set(key, { value, used: now });
    this.changed = true;
  }

  /** Writes the table atomically, without rows unused for 30 days. */
  async save(now = Date.now()): Promise<void> {
    if (!this.changed) return;
    const kept = Object.fromEntries(
      [...this.rows].filter(([, row]) => now - row.used <= MAX_AGE_MS),
    );
    await writeAtomic(this.file, JSON.stringify(kept));
    this.changed = false;
  }
}
