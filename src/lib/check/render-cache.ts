/**
 * Rendered bodies kept between builds, so a rebuild renders only the bodies
 * whose inputs changed (issue 11, incremental builds). An entry is a body's
 * RenderResult (web and print HTML, headings, text, the files it uses, the
 * pipeline's messages), under `<cacheDir>/render/<base>.json`.
 *
 * The entry's address (its base key) covers everything the render reads but
 * the other documents: the engine's code and configuration
 * (codeFingerprint), the document as loaded (its model, body included) and
 * its source bytes, whether it is a draft (which targets its links resolve
 * against), the bytes of every non-Markdown file under the content folder
 * (the images and files a body may link, and whether they exist), the
 * content folder's path (the assets carry absolute paths) and whether the
 * print variant is made. Of the other documents a body reads only what its
 * links look up; the render records those reads (link-lookup.ts
 * TargetReads: a document's existence and slug, its anchors, the list of
 * ids or slugs), and the entry keeps them with the render key they gave.
 * An entry is used only while the same reads against this run's targets
 * give the same key, so a heading edited in one document re-renders that
 * document and the bodies that link to it; a link to a missing document or
 * anchor that now exists (or a target that went away) re-renders too. The
 * render key (base and reads' digests) is part of the page keys. The
 * problems are not cached: they are made from the cached messages on every
 * run, exactly as from a fresh render.
 */
import { readFile, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { LinkTarget } from '../assets/context.ts';
import { contentFilesDigest } from '../content/check-cache.ts';
import { hashParts, KeyedCache, pruneUnused, writeAtomic } from '../files/keyed-cache.ts';
import type { SiteConfig } from '../config/schema.ts';
import type { RenderResult } from '../markdown/pipeline.ts';
import type { PlanDocument } from '../model/types.ts';

/** Bump when the stored shape changes. */
const FORMAT = 'render-2';

export { hashParts };

/** What every body of one run renders against (see {@link RenderCache.begin}). */
export interface RenderRunInputs {
  /** Absolute content folder. */
  contentDir: string;
  config: SiteConfig;
  print: boolean;
  /** Targets of a published document's links, and of a draft's. */
  targets: readonly LinkTarget[];
  draftTargets: readonly LinkTarget[];
  /** contentFilesDigest() of the content folder, when the caller has it already. */
  filesDigest?: string | undefined;
}

/** The keys of one run, from the run's shared inputs and link targets. */
export interface RenderKeys {
  /** Where a document's entry is kept: everything its render reads but the other documents. */
  base(doc: PlanDocument, source: string, draft: boolean): string;
  /**
   * The render key: the base and the digest of each recorded read against
   * this run's targets (a draft's or a published document's); undefined for
   * a read this code does not know (an entry from other code: rendered again).
   */
  key(base: string, reads: readonly string[], draft: boolean): string | undefined;
}

/** The message fields the checker reads (markdownProblems), which is all an entry keeps. */
interface StoredMessage {
  reason: string;
  line?: number;
  column?: number;
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
}

type Stored = Omit<RenderResult, 'messages'> & {
  messages: StoredMessage[];
  /** What the render read of the link targets, and the render key those reads gave. */
  reads: string[];
  key: string;
};

/** A cached render still valid for this run, with its render key. */
export interface CachedRender {
  result: RenderResult;
  reads: string[];
  key: string;
}

/** The fields of each message the checker reads, as plain objects (for the cache and other threads). */
export function plainMessages(
  messages: readonly (RenderResult['messages'][number] | StoredMessage)[],
): StoredMessage[] {
  return messages.map((m) => ({
    reason: m.reason,
    ...(m.line === undefined ? {} : { line: m.line }),
    ...(m.column === undefined ? {} : { column: m.column }),
    ...(m.ruleId === undefined ? {} : { ruleId: m.ruleId }),
    ...(m.source === undefined ? {} : { source: m.source }),
    fatal: m.fatal ?? null,
  }));
}

/** Rendered bodies under `<cacheDir>/render/`, keyed by everything they were rendered from. */
export class RenderCache {
  readonly dir: string;
  /** Each document's own check (content/check-cache.ts), kept next to its render. */
  readonly checks: KeyedCache;
  hits = 0;
  misses: string[] = [];
  /** codeFingerprint() of the project. */
  readonly fingerprint: string;

  constructor(cacheDir: string, fingerprint: string) {
    this.fingerprint = fingerprint;
    this.dir = path.join(cacheDir, 'render');
    this.checks = new KeyedCache(path.join(cacheDir, 'check'));
  }

  /** The run's shared key parts, hashed once; then one key per document. */
  async begin(inputs: RenderRunInputs): Promise<RenderKeys> {
    const shared = hashParts([
      FORMAT,
      this.fingerprint,
      inputs.contentDir,
      JSON.stringify(inputs.config),
      inputs.print ? 'print' : 'web',
      inputs.filesDigest ?? (await contentFilesDigest(inputs.contentDir)),
    ]);
    const site = targetDigests(inputs.targets);
    const drafts =
      inputs.draftTargets === inputs.targets ? site : targetDigests(inputs.draftTargets);
    return {
      base: (doc, source, draft) =>
        hashParts([shared, draft ? 'draft' : 'published', JSON.stringify(doc), source]),
      key: (base, reads, draft) => {
        const digest = draft ? drafts : site;
        const parts = [base];
        for (const read of reads) {
          const d = digest(read);
          if (d === undefined) return undefined;
          parts.push(read, d);
        }
        return hashParts(parts);
      },
    };
  }

  /** The cached render at `base`, if its recorded reads give the same key in this run. */
  async get(base: string, keys: RenderKeys, draft: boolean): Promise<CachedRender | undefined> {
    let stored: Stored;
    try {
      stored = JSON.parse(await readFile(this.file(base), 'utf8')) as Stored;
    } catch {
      return undefined;
    }
    if (!Array.isArray(stored.reads) || keys.key(base, stored.reads, draft) !== stored.key)
      return undefined;
    this.hits += 1;
    const now = new Date();
    await utimes(this.file(base), now, now).catch(() => undefined);
    const { reads, key, ...rest } = stored;
    // Plain objects with the fields markdownProblems reads; nothing else reads them.
    const result = { ...rest, messages: rest.messages as unknown as RenderResult['messages'] };
    return { result, reads, key };
  }

  /**
   * Stores a render at `base` with the reads it made and their key (returned);
   * written to a temporary name first, so a killed build never leaves half a file.
   */
  async put(
    base: string,
    id: string,
    result: RenderResult,
    reads: readonly string[],
    key: string,
  ): Promise<void> {
    this.misses.push(id);
    const stored: Stored = {
      ...result,
      messages: plainMessages(result.messages),
      reads: [...reads],
      key,
    };
    await writeAtomic(this.file(base), JSON.stringify(stored));
  }

  /** Removes entries (renders and checks) no build has used for 30 days; returns how many. */
  async prune(now = Date.now()): Promise<number> {
    return (await this.checks.prune(now)) + (await pruneUnused(this.dir, now));
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }
}

/**
 * The digest of each read (link-lookup.ts TargetReads) against one list of
 * link targets, computed once per read and run. The whole-list reads keep
 * the list's order: a suggestion or a slug match may depend on it.
 */
function targetDigests(targets: readonly LinkTarget[]): (read: string) => string | undefined {
  const byId = new Map(targets.map((t) => [t.id.normalize('NFC'), t]));
  const memo = new Map<string, string | undefined>();
  const compute = (read: string): string | undefined => {
    if (read === 'ids') return hashParts(['ids', ...byId.keys()]);
    if (read === 'slugs')
      return hashParts([
        'slugs',
        JSON.stringify(targets.map((t) => [t.slug, t.published !== false])),
      ]);
    const at = read.indexOf(':');
    const kind = read.slice(0, at);
    const target = byId.get(read.slice(at + 1));
    if (kind === 'doc')
      return target
        ? hashParts([JSON.stringify([target.id, target.slug, target.published !== false])])
        : 'missing';
    if (kind === 'anchors')
      return target ? hashParts([JSON.stringify(target.anchors ?? null)]) : 'missing';
    return undefined;
  };
  return (read) => {
    if (!memo.has(read)) memo.set(read, compute(read));
    return memo.get(read);
  };
}
