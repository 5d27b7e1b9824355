import { t } from '../i18n/index.ts';
import { readdir, readFile, stat } from 'node:fs/promises';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, basename, join, posix, relative, resolve, sep } from 'node:path';
import { judgeFile } from '../files/file-safety.ts';
import type { SiteConfig } from '../config/schema.ts';
import { extensionOf } from '../core/file-name.ts';
import type { AttachmentResolver } from '../model/attachments.ts';
import { decodeSource } from './decode.ts';
import { MARKDOWN } from '../model/document-id.ts';
import { toProblem } from '../model/finding.ts';
import { sortProblems } from '../model/problems.ts';
import type { Malform } from '../model/types.ts';
import { unusedFiles } from '../model/unused-files.ts';
import {
  checkContext,
  validateSources,
  type Source,
  type ValidationResult,
} from '../model/validate.ts';
import type { CheckContext } from '../model/context.ts';
import type { CheckedFile } from '../model/checked-file.ts';
import {
  checkKeys,
  contentFilesDigest,
  readChecked,
  serializeChecked,
  type CheckCacheOptions,
} from './check-cache.ts';

/** Options of {@link loadContent}. */
export interface LoadOptions {
  /** Project root; Problem.file is relative to it. */
  root: string;
  /** Content folder, relative to root. Default `content`. */
  contentDir?: string;
  /** Keep `utkast` documents (preview builds). Default false: drafts are checked but left out. */
  includeDrafts?: boolean;
  config: SiteConfig;
  /** Hand back the parsed bodies of at most this many documents (see validateSources). */
  keepTrees?: number;
  /** Each file's own check from an earlier build, when its inputs are unchanged (check-cache.ts). */
  checkCache?: CheckCacheOptions;
  /**
   * Checks the files the cache does not have, each on its own (checkDocument
   * with `ctx`), results in the order given: lets a caller spread them over
   * threads (check/body-pool.ts). Default: validateSources checks them.
   */
  checkFiles?: (sources: readonly Source[], ctx: CheckContext) => Promise<CheckedFile[]>;
}

const hidden = (name: string): boolean => name.startsWith('_') || name.startsWith('.');

/** The files under a content folder, relative to it (POSIX). */
export interface ContentListing {
  /** Documents: `.md` and `.markdown` files. */
  markdown: string[];
  /** Every other file (attachments, status updates, strays) and symlinked files. */
  others: string[];
}

/**
 * Lists the files below `dir`, skipping files and folders whose names start
 * with `_` or `.` (templates, `.git`, `.DS_Store`: documented in
 * docs/rettleiing.md) and symlinked folders (they could loop).
 */
export async function listContent(dir: string, prefix = ''): Promise<ContentListing> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const out: ContentListing = { markdown: [], others: [] };
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (hidden(entry.name)) continue;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      const inner = await listContent(dir, path);
      out.markdown.push(...inner.markdown);
      out.others.push(...inner.others);
    } else if (entry.isFile() && MARKDOWN.test(entry.name)) out.markdown.push(path);
    else if (entry.isFile() || entry.isSymbolicLink()) out.others.push(path);
  }
  return out;
}

/**
 * Size from which a document is reported as too large to be practical
 * (1 MB): the Markdown parser reads about 200 KB a second, and such a file
 * is usually a whole report pasted in, better split or attached as PDF.
 */
export const LARGE_FILE = 1024 * 1024;

/** The content folder is missing or not a folder: a setup error, not a content problem. */
export class ContentFolderError extends Error {
  override name = 'ContentFolderError';
}

/**
 * Checks attachments on disk: the real path (symlinks followed) must be a
 * file inside the real content folder; its type and content are judged by
 * src/lib/files/file-safety.ts.
 */
export function fsAttachmentResolver(contentAbs: string): AttachmentResolver {
  const realContent = realpathSync(contentAbs);
  return (file) => {
    let real: string;
    try {
      real = realpathSync(join(contentAbs, file));
    } catch {
      // Files copied from a Mac may have names in NFD (å as a + ring).
      const nfd = findNfd(contentAbs, file);
      if (nfd === undefined) return { ok: false, reason: 'missing', file };
      real = nfd;
    }
    if (real !== realContent && !real.startsWith(realContent + sep))
      return { ok: false, reason: 'outside', file };
    const info = statSync(real);
    if (info.isDirectory()) return { ok: false, reason: 'folder', file };
    if (!info.isFile()) return { ok: false, reason: 'missing', file };
    // Judged by the published name (`file`) and the real bytes, so a symlink cannot rename HTML.
    let verdict;
    try {
      verdict = judgeFile(file, real);
    } catch {
      return { ok: false, reason: 'missing', file }; // Unreadable (permissions): as good as absent.
    }
    return { ok: true, file, bytes: info.size, ext: extensionOf(file), verdict };
  };
}

/** The real path of `file` when its name on disk differs only in Unicode normalisation. */
function findNfd(contentAbs: string, file: string): string | undefined {
  try {
    const dir = realpathSync(join(contentAbs, dirname(file)));
    const name = basename(file).normalize('NFC');
    const match = readdirSync(dir).find((entry) => entry.normalize('NFC') === name);
    return match === undefined ? undefined : realpathSync(join(dir, match));
  } catch {
    return undefined;
  }
}

/** What {@link loadContent} gives: the validation, and the text of every file it read. */
export interface LoadedContent extends ValidationResult {
  /** Each Markdown file's decoded text by its source path, so later checks need not read it again. */
  texts: ReadonlyMap<string, string>;
  /** With `checkCache`: {@link contentFilesDigest} of the folder, for the render cache's key. */
  filesDigest?: string;
}

/**
 * Reads and checks every document under the content folder. Never writes;
 * reports all problems of all files in one run and does not throw for
 * content problems (only when the folder cannot be read at all). Documents
 * come newest first.
 */
export async function loadContent(options: LoadOptions): Promise<LoadedContent> {
  const contentDir = options.contentDir ?? 'content';
  const contentAbs = resolve(options.root, contentDir);
  const listing = await listFolder(contentAbs, options.config.defaultMalform);
  const large: string[] = [];
  const bytesOf = new Map<string, Uint8Array>();
  const sources: Source[] = await Promise.all(
    listing.markdown.map(async (path): Promise<Source> => {
      const bytes = await readFile(join(contentAbs, path));
      if (options.checkCache) bytesOf.set(path, bytes);
      if (bytes.length > LARGE_FILE) large.push(path);
      const decoded = decodeSource(bytes);
      return decoded.ok
        ? { path, text: decoded.text }
        : { path, text: '', readError: decoded.finding };
    }),
  );
  const relativeDir = relative(resolve(options.root), contentAbs).split(sep).join('/') || '.';
  const cached = options.checkCache
    ? await cachedChecks(options.checkCache, contentAbs, relativeDir, options.config, bytesOf)
    : undefined;
  const resolveAttachment = fsAttachmentResolver(contentAbs);
  let checked: ReadonlyMap<string, CheckedFile> | undefined = cached?.known;
  if (options.checkFiles) {
    // Checked here as validateSources would, in the same order; it then takes them as known.
    const fresh = sources.filter((s) => !cached?.known.has(s.path));
    const ctx = checkContext({ config: options.config, contentDir: relativeDir, resolveAttachment });
    const files = await options.checkFiles(fresh, ctx);
    const all = new Map(cached?.known);
    fresh.forEach((source, i) => {
      const file = files[i] as CheckedFile;
      cached?.keep(source.path, file);
      all.set(source.path, file);
    });
    checked = all;
  }
  const result = validateSources(sources, {
    config: options.config,
    contentDir: relativeDir,
    includeDrafts: options.includeDrafts ?? false,
    resolveAttachment,
    ...(options.keepTrees ? { keepTrees: options.keepTrees } : {}),
    ...(checked ? { checked } : {}),
    ...(cached ? { onChecked: cached.keep } : {}),
  });
  await cached?.store();
  const malform = options.config.defaultMalform;
  const extra = unusedFiles(listing.others, new Set(result.usedFiles), relativeDir, malform);
  for (const path of large) {
    const finding = {
      ruleId: 'fil-stor',
      pos: { line: 1, column: 1 },
      severity: 'warning',
    } as const;
    extra.push(toProblem(finding, `${relativeDir}/${path}`, malform));
  }
  if (sources.length === 0) {
    const finding = { ruleId: 'ingen-dokument', pos: { line: 1, column: 1 } } as const;
    extra.push(toProblem(finding, relativeDir, malform));
  }
  // Keyed as model/document.ts names a document's sourcePath.
  const texts = new Map(
    sources.map((s) => [posix.join(relativeDir, s.path.replace(/\\/g, '/')), s.text]),
  );
  return {
    ...result,
    problems: sortProblems([...result.problems, ...extra]),
    texts,
    ...(cached ? { filesDigest: cached.filesDigest } : {}),
  };
}

/**
 * The stored checks of the files whose inputs are unchanged, and a hook that
 * keeps the others' fresh checks to store once the run has made them.
 */
async function cachedChecks(
  options: CheckCacheOptions,
  contentAbs: string,
  relativeDir: string,
  config: SiteConfig,
  bytesOf: ReadonlyMap<string, Uint8Array>,
): Promise<{
  filesDigest: string;
  known: Map<string, CheckedFile>;
  keep: (path: string, file: CheckedFile) => void;
  store: () => Promise<void>;
}> {
  const filesDigest = await contentFilesDigest(contentAbs);
  const keyOf = await checkKeys(options, { contentAbs, relativeDir, config, filesDigest });
  const keys = new Map<string, string>();
  const known = new Map<string, CheckedFile>();
  for (const [path, bytes] of bytesOf) {
    const key = keyOf(path, bytes);
    keys.set(path, key);
    const file = await readChecked(options.cache, key);
    if (file) known.set(path, file);
  }
  const fresh: [string, Buffer][] = [];
  return {
    filesDigest,
    known,
    keep: (path, file) => {
      const key = keys.get(path);
      const bytes = serializeChecked(file);
      if (key !== undefined && bytes) fresh.push([key, bytes]);
    },
    store: async () => {
      for (const [key, bytes] of fresh) await options.cache.put(key, bytes);
    },
  };
}

/** Lists the content folder, or explains (in the site's words and in English) why it cannot. */
async function listFolder(contentAbs: string, malform: Malform): Promise<ContentListing> {
  const info = await stat(contentAbs).catch(() => undefined);
  if (!info?.isDirectory()) {
    const what = info ? 'is not a folder' : 'does not exist';
    const clerk = t(malform, 'check.contentFolderMissing');
    throw new ContentFolderError(
      `${clerk} ${contentAbs}. (Cannot read the content folder: it ${what}; check the path given to --dir or --content.)`,
    );
  }
  try {
    return await listContent(contentAbs);
  } catch (error) {
    throw new ContentFolderError(`Cannot read the content folder ${contentAbs}.`, { cause: error });
  }
}
