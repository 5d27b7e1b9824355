import { readdir, readFile } from 'node:fs/promises';
import { realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { extensionOf, type AttachmentResolver } from './attachments.ts';
import type { Problem } from './problems.ts';
import type { PlanDocument } from './types.ts';
import { validateSources, type Source } from './validate.ts';

/** Options of {@link loadContent}. */
export interface LoadOptions {
  /** Project root; Problem.file is relative to it. */
  root: string;
  /** Content folder, relative to root. Default `content`. */
  contentDir?: string;
  /** Keep `utkast` documents (preview builds). Default false: drafts are checked but left out. */
  includeDrafts?: boolean;
  config: SiteConfig;
}

const hidden = (name: string): boolean => name.startsWith('_') || name.startsWith('.');

/**
 * Paths (relative to `dir`, POSIX) of every `.md` file below it, skipping
 * files and folders whose names start with `_` or `.`, and symlinked folders.
 * Other files are attachments and are not listed.
 */
export async function listMarkdown(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (hidden(entry.name)) continue;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listMarkdown(dir, path)));
    else if (entry.isFile() && /\.md$/i.test(entry.name)) out.push(path);
  }
  return out;
}

/**
 * Checks attachments on disk: the real path (symlinks followed) must be a
 * file inside the real content folder.
 */
export function fsAttachmentResolver(contentAbs: string): AttachmentResolver {
  const realContent = realpathSync(contentAbs);
  return (file) => {
    let real: string;
    try {
      real = realpathSync(join(contentAbs, file));
    } catch {
      return { ok: false, reason: 'missing', file };
    }
    if (real !== realContent && !real.startsWith(realContent + sep))
      return { ok: false, reason: 'outside', file };
    const stat = statSync(real);
    if (!stat.isFile()) return { ok: false, reason: 'missing', file };
    return { ok: true, file, bytes: stat.size, ext: extensionOf(file) };
  };
}

/**
 * Reads and checks every document under the content folder. Never writes;
 * reports all problems of all files in one run and does not throw for
 * content problems (only when the folder cannot be read at all). Documents
 * come newest first.
 */
export async function loadContent(
  options: LoadOptions,
): Promise<{ documents: PlanDocument[]; problems: Problem[]; checked: number }> {
  const contentDir = options.contentDir ?? 'content';
  const contentAbs = resolve(options.root, contentDir);
  let paths: string[];
  try {
    paths = await listMarkdown(contentAbs);
  } catch (error) {
    throw new Error(`Cannot read the content folder ${contentAbs}: does it exist?`, {
      cause: error,
    });
  }
  const sources: Source[] = await Promise.all(
    paths.map(async (path) => ({ path, text: await readFile(join(contentAbs, path), 'utf8') })),
  );
  const relativeDir = relative(resolve(options.root), contentAbs).split(sep).join('/') || '.';
  return validateSources(sources, {
    config: options.config,
    contentDir: relativeDir,
    includeDrafts: options.includeDrafts ?? false,
    resolveAttachment: fsAttachmentResolver(contentAbs),
  });
}
