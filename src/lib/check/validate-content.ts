/**
 * The one validation both `npm run check` and the build run, so they stop on
 * the same problems with the same messages: the documents (frontmatter,
 * references, sections, attachments), the status-update files, and the
 * problems the Markdown pipeline raises (removed HTML, unsafe links; broken
 * relative links and images, which are errors), which Astro would otherwise drop.
 */
import path from 'node:path';
import { linkTargets } from '../assets/context.ts';
import type { SiteConfig } from '../config/schema.ts';
import { bodyRefused, overflowFinding } from '../model/body-limits.ts';
import { toProblem } from '../model/finding.ts';
import { loadContent, type LoadedContent } from '../content/load.ts';
import { sortProblems, type Problem } from '../model/problems.ts';
import type { PlanDocument } from '../model/types.ts';
import type { RenderResult } from '../markdown/pipeline.ts';
import { loadStatusUpdates } from '../status/load.ts';
import { BodyPool, type BodyPoolOptions } from './body-pool.ts';
import { draftMentionFinder } from './draft-mentions.ts';
import { markdownProblems } from './markdown-problems.ts';
import type { CachedRender, RenderCache } from './render-cache.ts';
import type { RenderOutcome } from './render-body.ts';
import { silenceLanguageRules } from './silence.ts';

/**
 * Parsed bodies the model hands on to the render: at ~14 KB of Markdown a
 * document, 2,000 trees are ~360 MB; beyond them bodies are parsed again.
 */
const KEEP_TREES = 2000;

/** Options of {@link validateContent}. */
export interface ValidateOptions {
  root: string;
  /** Content folder, absolute or relative to root (default `content`). */
  contentDir?: string;
  /** Keep drafts in `documents` (dev and preview builds). */
  includeDrafts: boolean;
  config: SiteConfig;
  /** Also render each body's print variant (`printHtml`), for a build's print pages. */
  print?: boolean;
  /** Bodies rendered by an earlier build (src/lib/check/render-cache.ts); the problems are the same. */
  renderCache?: RenderCache;
  /** Worker threads of the body pool (body-pool.ts): at most `threads`, from `minJobs` jobs (tests). */
  workers?: Pick<BodyPoolOptions, 'threads' | 'minJobs' | 'waitForWorkers'>;
  /** Set to the pool's counts of jobs done here and in workers once done (tests). */
  poolDone?: BodyPool['done'];
}

/** Documents as loaded, every problem found, and how many files were read. */
export interface ValidateResult {
  documents: PlanDocument[];
  /** Every document read, drafts included even when `includeDrafts` is off (for the draft gate). */
  allDocuments: PlanDocument[];
  problems: Problem[];
  checked: number;
  /**
   * Each document's rendered body (id → result), from the one render that
   * found its Markdown problems. With the same options as the page render
   * (site URL, content folder, link targets that differ only for links that
   * are errors), so the build's pages and copied files reuse it.
   */
  bodies: Map<string, RenderResult>;
  /** With a render cache: each rendered body's cache key (id → key), part of its pages' keys. */
  renderKeys: Map<string, string>;
}

/** Validates the whole content folder and returns every problem, never throwing for content. */
export async function validateContent(options: ValidateOptions): Promise<ValidateResult> {
  const { root, config, includeDrafts } = options;
  const contentDir = options.contentDir ?? 'content';
  // The bodies parsed by the model are rendered below instead of parsed again
  // (parsing was half of a check). Bounded: ~13× the Markdown in memory each.
  // With a cache, files whose inputs did not change since a build are not
  // parsed or checked again (src/lib/content/check-cache.ts); same problems.
  const cache = options.renderCache;
  const contentAbs = path.resolve(root, contentDir);
  // Checks and renders on every core when there are many (body-pool.ts); same results, same order.
  const pool = new BodyPool({ contentAbs, keepTrees: KEEP_TREES, ...options.workers });
  try {
    const loaded = await loadContent({
      root,
      contentDir,
      includeDrafts,
      config,
      keepTrees: KEEP_TREES,
      checkFiles: (sources, ctx) => pool.check(sources, ctx),
      ...(cache ? { checkCache: { cache: cache.checks, fingerprint: cache.fingerprint } } : {}),
    });
    pool.adoptTrees(loaded.trees);
    return await checkBodies(options, loaded, pool, contentAbs);
  } finally {
    await pool.close();
    if (options.poolDone) Object.assign(options.poolDone, pool.done);
  }
}

/** The status updates and the Markdown problems of every body, given the documents as loaded. */
async function checkBodies(
  options: ValidateOptions,
  loaded: LoadedContent,
  pool: BodyPool,
  contentAbs: string,
): Promise<ValidateResult> {
  const { root, config, includeDrafts } = options;
  const contentDir = options.contentDir ?? 'content';
  const cache = options.renderCache;
  // Status updates are checked against every document, drafts included, so
  // an update of a draft is not reported as an unknown tiltak. (One load:
  // parsing a large body twice doubled the time of a check.)
  const all = loaded.allDocuments;
  const status = await loadStatusUpdates({
    root,
    contentDir,
    defaultMalform: config.defaultMalform,
    documents: all,
  });
  const markdown: Problem[] = [];
  const bodies = new Map<string, RenderResult>();
  // Body links may name any document; one to a draft is an error unless drafts are shown.
  const targets = linkTargets(all, includeDrafts);
  // A draft is never published, so its links to other drafts leak nothing.
  const draftTargets = includeDrafts ? targets : linkTargets(all, true);
  const drafts = all.filter((d) => d.status === 'utkast');
  const checkDraftMentions = !includeDrafts && drafts.length > 0;
  const findDraftMentions = draftMentionFinder(drafts, loaded.documents);
  // Lines the loader already reported as a reference to a draft, by file (one pass, not one per document).
  const loaderDraftLines = linesByFile(loaded.problems.filter(isDraftLink));
  const keys = await cache?.begin({
    contentDir: contentAbs,
    config,
    print: options.print === true,
    targets,
    draftTargets,
    filesDigest: loaded.filesDigest,
  });
  const renderKeys = new Map<string, string>();
  // Drafts are rendered too, in a check and a production build alike: a
  // broken link in a draft is what the dev server (which shows drafts)
  // refuses, so the check and the build refuse it as well (issue 15).
  // First the cached renders, then the others all at once (on every core), then in order as before.
  // An entry is used only while what its body read of the link targets is the same (render-cache.ts).
  const planned: {
    doc: PlanDocument;
    draft: boolean;
    base: string | undefined;
    cached?: CachedRender;
  }[] = [];
  for (const doc of all) {
    const draft = doc.status === 'utkast';
    const base = keys?.base(doc, loaded.texts.get(doc.sourcePath) ?? '', draft);
    const cached = base === undefined || !keys ? undefined : await cache?.get(base, keys, draft);
    // Already reported by the loader: a body too deep or with a paragraph too long would crash or take minutes.
    // A body with an entry was rendered, so it is not (its bytes and the code are in the key):
    // the scan is skipped for it (a tenth of a rebuild's content phase).
    if (!cached && bodyRefused(doc.body)) continue;
    planned.push({ doc, draft, base, ...(cached ? { cached } : {}) });
  }
  const missing = planned.filter((p) => !p.cached);
  const outcomes = await pool.render(
    missing.map(({ doc, draft }) => ({ doc, draft })),
    { contentAbs, siteUrl: config.baseUrl, print: options.print === true, targets, draftTargets },
  );
  const fresh = new Map(missing.map((p, i) => [p.doc.id, outcomes[i] as RenderOutcome]));
  for (const { doc, draft, base, cached } of planned) {
    let found: Problem[];
    const outcome: RenderOutcome = cached ?? (fresh.get(doc.id) as RenderOutcome);
    if ('result' in outcome) {
      const result = outcome.result;
      const key =
        cached?.key ?? (base === undefined ? undefined : keys?.key(base, outcome.reads, draft));
      if (base !== undefined && key !== undefined) {
        renderKeys.set(doc.id, key);
        if (!cached) await cache?.put(base, doc.id, result, outcome.reads, key);
      }
      found = silenceLanguageRules(
        markdownProblems(doc, result.messages),
        doc.languageChecksOff ?? [],
        config.languageChecks.off,
      );
      bodies.set(doc.id, result);
    } else {
      found = [toProblem(overflowFinding(doc.bodyLine), doc.sourcePath, doc.malform)];
    }
    markdown.push(...found);
    if (checkDraftMentions && doc.status !== 'utkast') {
      // Lines already reported as a link or reference to a draft.
      const linked = new Set(loaderDraftLines.get(doc.sourcePath));
      for (const p of found) if (p.file === doc.sourcePath && isDraftLink(p)) linked.add(p.line);
      const source = loaded.texts.get(doc.sourcePath) ?? '';
      markdown.push(...findDraftMentions(doc, source, linked));
    }
  }
  return {
    documents: loaded.documents,
    allDocuments: all,
    problems: sortProblems([...loaded.problems, ...status.problems, ...markdown]),
    checked: loaded.checked,
    bodies,
    renderKeys,
  };
}

/** A problem that already names a draft: a body link to one, or a frontmatter reference. */
function isDraftLink(p: Problem): boolean {
  return p.ruleId === 'link-draft' || p.ruleId === 'referanse-utkast';
}

/** The lines of `problems` by file. */
function linesByFile(problems: readonly Problem[]): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  for (const p of problems) {
    const list = lines.get(p.file);
    if (list) list.push(p.line);
    else lines.set(p.file, [p.line]);
  }
  return lines;
}
