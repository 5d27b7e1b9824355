/**
 * Loads every status update file under `content/statusoppdateringar/` and
 * validates it against the documents. The checker and the build call this
 * after the document loader, with the documents it returned.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeSource } from '../content/decode.ts';
import { toProblem } from '../model/finding.ts';
import { sortProblems, type Problem } from '../model/problems.ts';
import type { Malform, PlanDocument } from '../model/types.ts';
import { parseStatusFile } from './parse.ts';
import { resolveUpdates } from './resolve.ts';
import type { StatusUpdate } from './types.ts';
import { STATUS_EXTENSIONS, STATUS_FOLDER } from './vocabulary.ts';

/** Options of {@link loadStatusUpdates}. */
export interface LoadStatusOptions {
  /** Project root (absolute). */
  root: string;
  /** Folder of the content, absolute or relative to root. Default `content`. */
  contentDir?: string;
  /** Målform of messages for files that set none (the site default). */
  defaultMalform: Malform;
  /** The loaded documents (drafts included, so an update of a draft is not an error). */
  documents: readonly PlanDocument[];
  /**
   * Ids of documents that exist but are not published in this build (drafts
   * in production). Updates of them are dropped silently instead of being
   * reported as unknown; the checker, which sees every document, omits this.
   */
  unpublished?: (docId: string) => boolean;
}

/** Every valid update, sorted by date, and every problem found. */
export interface LoadedStatus {
  updates: StatusUpdate[];
  problems: Problem[];
}

/** Reads and validates all status update files; a missing folder means none. */
export async function loadStatusUpdates(options: LoadStatusOptions): Promise<LoadedStatus> {
  const contentDir = options.contentDir ?? 'content';
  const folder = path.resolve(options.root, contentDir, STATUS_FOLDER);
  const files = await listFiles(folder);
  const updates: StatusUpdate[] = [];
  const problems: Problem[] = [];
  for (const abs of files) {
    const rel = path.relative(options.root, abs).split(path.sep).join('/');
    const decoded = decodeSource(await readFile(abs));
    if (!decoded.ok) {
      problems.push(toProblem(decoded.finding, rel, options.defaultMalform));
      continue;
    }
    const parsed = parseStatusFile(decoded.text, rel, options.defaultMalform);
    const { unpublished } = options;
    const raw = unpublished
      ? parsed.updates.filter((u) => !(u.docId && unpublished(u.docId)))
      : parsed.updates;
    const resolved = resolveUpdates(raw, options.documents, rel, parsed.malform);
    updates.push(...resolved.updates);
    problems.push(...parsed.problems, ...resolved.problems);
  }
  updates.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.sourcePath.localeCompare(b.sourcePath) || a.line - b.line,
  );
  return { updates, problems: sortProblems(problems) };
}

async function listFiles(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`Could not read status update folder ${folder}`, { cause: error });
  }
  return entries
    .filter(
      (e) => e.isFile() && STATUS_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext)),
    )
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
