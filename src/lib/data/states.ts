/**
 * Loads the status updates for the documents of one build and folds them
 * into each tiltak's current state, once per document list. Pages and build
 * steps share it so the site, the CSV and the JSON never disagree.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../model/problems.ts';
import type { Malform, PlanDocument } from '../model/types.ts';
import { actionStates } from '../status/current.ts';
import { loadStatusUpdates } from '../status/load.ts';
import type { ActionState, StatusUpdate } from '../status/types.ts';

/** The status updates of a build and every tiltak's state after them. */
export interface StatusData {
  updates: StatusUpdate[];
  states: Map<string, ActionState>;
}

/** Where to read status updates from. */
export interface StatusSource {
  root: string;
  /** Content directory, absolute or relative to root. */
  contentDir: string;
  defaultMalform: Malform;
}

const memo = new WeakMap<readonly PlanDocument[], Promise<StatusData>>();

/**
 * Loads and applies the status updates. Errors throw with every problem
 * listed, but the site's validation (src/lib/site/documents.ts) has already
 * stopped on them and printed the warnings, so warnings are not repeated
 * here. An update of a document that exists but is not published (a draft
 * in production) is left out silently.
 */
export function loadStatusData(
  documents: readonly PlanDocument[],
  source: StatusSource,
): Promise<StatusData> {
  let promise = memo.get(documents);
  if (!promise) {
    promise = load(documents, source);
    memo.set(documents, promise);
  }
  return promise;
}

async function load(documents: readonly PlanDocument[], source: StatusSource): Promise<StatusData> {
  const ids = new Set(documents.map((d) => d.id));
  const contentDir = path.resolve(source.root, source.contentDir);
  const { updates, problems } = await loadStatusUpdates({
    root: source.root,
    contentDir,
    defaultMalform: source.defaultMalform,
    documents,
    unpublished: (id) => !ids.has(id) && existsSync(path.join(contentDir, `${id}.md`)),
  });
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
  return { updates, states: actionStates(documents, updates) };
}
