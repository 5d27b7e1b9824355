/**
 * The render of one document's body for the checker: the same options in
 * this thread and in a body worker (body-worker.ts), so a body renders alike
 * wherever it is rendered.
 */
import type { Root } from 'mdast';
import { bodyContext, type LinkTarget } from '../assets/context.ts';
import { recordReads } from '../assets/link-lookup.ts';
import { isStackOverflow } from '../model/body-limits.ts';
import type { PlanDocument } from '../model/types.ts';
import { renderMarkdown, type RenderResult } from '../markdown/pipeline.ts';
import { plainMessages } from './render-cache.ts';

/** What every body of one run renders against. */
export interface BodyRun {
  /** Absolute content folder. */
  contentAbs: string;
  siteUrl: string;
  print: boolean;
  /** Targets of a published document's links, and of a draft's. */
  targets: readonly LinkTarget[];
  draftTargets: readonly LinkTarget[];
}

/**
 * A rendered body with what it read of the link targets (link-lookup.ts
 * TargetReads, sorted; the render cache's dependencies), or a body whose
 * render overflowed the stack (reported, not thrown).
 */
export type RenderOutcome = { result: RenderResult; reads: string[] } | { overflow: true };

/**
 * Renders `doc`'s body (from `tree` when the model's parse is at hand).
 * With `plain`, the messages are plain objects with the fields the checker
 * reads (as the render cache keeps them), so they survive a copy between threads.
 */
export async function renderBody(
  doc: PlanDocument,
  draft: boolean,
  run: BodyRun,
  tree: Root | undefined,
  plain = false,
): Promise<RenderOutcome> {
  try {
    const body = bodyContext(doc, run.contentAbs, draft ? run.draftTargets : run.targets);
    const recorded = recordReads(body);
    const result = await renderMarkdown(doc.body, {
      ...(tree ? { tree } : {}),
      malform: doc.malform,
      path: doc.sourcePath,
      siteUrl: run.siteUrl,
      body,
      ...(run.print ? { print: true } : {}),
    });
    const reads = [...recorded].sort();
    if (!plain) return { result, reads };
    const messages = plainMessages(result.messages) as unknown as RenderResult['messages'];
    return { result: { ...result, messages }, reads };
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    return { overflow: true };
  }
}
