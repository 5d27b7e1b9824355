/**
 * A worker thread of the body pool (src/lib/check/body-pool.ts): it checks
 * documents on their own (model/document.ts: frontmatter, schema, the body
 * parse) and later renders the bodies it parsed, with the same code and
 * options as the main thread, so a build uses both cores for the content
 * phase. The parsed trees stay here between the two steps: copying a tree
 * between threads would cost about as much as parsing it again.
 */
import type { Root } from 'mdast';
import { parentPort } from 'node:worker_threads';
import { fsAttachmentResolver } from '../content/load.ts';
import type { CheckContext } from '../model/context.ts';
import type { CheckedFile } from '../model/checked-file.ts';
import { checkDocument } from '../model/document.ts';
import { renderBody, type BodyRun, type RenderOutcome } from './render-body.ts';

/** What the pool sends a worker. */
export type BodyJob =
  | {
      kind: 'init';
      contentAbs: string;
      /** Trees this worker may keep for its renders (the rest are parsed again). */
      keepTrees: number;
    }
  | { kind: 'context'; ctx: Omit<CheckContext, 'resolveAttachment'> }
  | {
      kind: 'check';
      job: number;
      path: string;
      text: string;
      readError?: CheckedFile['findings'][number];
    }
  | { kind: 'run'; run: BodyRun }
  | { kind: 'render'; job: number; doc: Parameters<typeof renderBody>[0]; draft: boolean };

/** What a worker answers. */
export type BodyAnswer =
  | { ready: true }
  | { job: number; file: CheckedFile; kept: boolean }
  | { job: number; rendered: RenderOutcome }
  | { job: number; error: string };

const port = parentPort;
if (port) {
  let ctx: CheckContext | undefined;
  let contentAbs = '';
  let keep = 0;
  let run: BodyRun | undefined;
  const trees = new Map<string, Root>();
  port.on('message', (message: BodyJob) => {
    try {
      switch (message.kind) {
        case 'init':
          contentAbs = message.contentAbs;
          keep = message.keepTrees;
          return;
        case 'context':
          ctx = { ...message.ctx, resolveAttachment: fsAttachmentResolver(contentAbs) };
          return;
        case 'run':
          run = message.run;
          return;
        case 'check': {
          if (!ctx) throw new Error('body worker: check before init');
          const file = checkDocument(message.path, message.text, ctx, message.readError);
          const kept = !!(file.tree && file.doc && trees.size < keep);
          if (kept && file.tree && file.doc) trees.set(file.doc.id, file.tree);
          delete file.tree;
          port.postMessage({ job: message.job, file, kept } satisfies BodyAnswer);
          return;
        }
        case 'render': {
          if (!run) throw new Error('body worker: render before run');
          const tree = trees.get(message.doc.id);
          trees.delete(message.doc.id);
          // Plain messages: a VFileMessage is an Error, which a thread copy strips to its text.
          renderBody(message.doc, message.draft, run, tree, true).then(
            (rendered) => port.postMessage({ job: message.job, rendered } satisfies BodyAnswer),
            (error: unknown) => port.postMessage({ job: message.job, error: describe(error) }),
          );
          return;
        }
      }
    } catch (error) {
      if ('job' in message) port.postMessage({ job: message.job, error: describe(error) });
      else throw error;
    }
  });
  port.postMessage({ ready: true } satisfies BodyAnswer);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
