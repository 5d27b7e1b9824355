/**
 * Rendered bodies kept between builds, so a rebuild renders only the bodies
 * whose inputs changed (issue 11, incremental builds). An entry is a body's
 * RenderResult (web and print HTML, headings, text, the files it uses, the
 * pipeline's messages), under `<cacheDir>/render/<key>.json`.
 *
 * The key covers everything the render reads: the engine's code and
 * configuration (codeFingerprint), the document as loaded (its model, body
 * included) and its source bytes, the link targets every relative link
 * resolves against (ids, slugs, anchors, published or not), the bytes of
 * every non-Markdown file under the content folder (the images and files a
 * body may link, and whether they exist), the content folder's path (the
 * assets carry absolute paths) and whether the print variant is made. The
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
const FORMAT = 'render-1';

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

/** The keys of one run: one per document, from the run's shared inputs. */
export interface RenderKeys {
  key(doc: PlanDocument, source: string, draft: boolean): string;
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

type Stored = Omit<RenderResult, 'messages'> & { messages: StoredMessage[] };

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
    const site = JSON.stringify(inputs.targets);
    const drafts =
      inputs.draftTargets === inputs.targets ? site : JSON.stringify(inputs.draftTargets);
    const targets = { site: hashParts([site]), draft: hashParts([drafts]) };
    return {
      key: (doc, source, draft) =>
        hashParts([shared, draft ? targets.draft : targets.site, JSON.stringify(doc), source]),
    };
  }

  /** The cached render for `key`, or undefined. */
  async get(key: string): Promise<RenderResult | undefined> {
    let stored: Stored;
    try {
      stored = JSON.parse(await readFile(this.file(key), 'utf8')) as Stored;
    } catch {
      return undefined;
    }
    this.hits += 1;
    const now = new Date();
    await utimes(this.file(key), now, now).catch(() => undefined);
    // Plain objects with the fields markdownProblems reads; nothing else reads them.
    return { ...stored, messages: stored.messages as unknown as RenderResult['messages'] };
  }

  /** Stores a render; written to a temporary name first, so a killed build never leaves half a file. */
  async put(key: string, id: string, result: RenderResult): Promise<void> {
    this.misses.push(id);
    const stored: Stored = {
      ...result,
      messages: result.messages.map((m) => ({
        reason: m.reason,
        ...(m.line === undefined ? {} : { line: m.line }),
        ...(m.column === undefined ? {} : { column: m.column }),
        ...(m.ruleId === undefined ? {} : { ruleId: m.ruleId }),
        ...(m.source === undefined ? {} : { source: m.source }),
        fatal: m.fatal ?? null,
      })),
    };
    await writeAtomic(this.file(key), JSON.stringify(stored));
  }

  /** Removes entries (renders and checks) no build has used for 30 days; returns how many. */
  async prune(now = Date.now()): Promise<number> {
    return (await this.checks.prune(now)) + (await pruneUnused(this.dir, now));
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }
}
