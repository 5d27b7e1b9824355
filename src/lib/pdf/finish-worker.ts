/**
 * A worker thread of the PDF finishing pool (src/lib/pdf/finish-pool.ts):
 * finishes one print at a time with the same finishPrint the build's own
 * thread would run. It answers twice: the print's bookmarks as soon as they
 * are read (printDocument checks the TOC numbers with them and lets its
 * Chromium page go on), then the finished bytes.
 */
import { parentPort } from 'node:worker_threads';
import { finishPrint } from './finish.ts';
import type { PdfInfo } from './metadata.ts';
import type { OutlineEntry } from './outline.ts';

/** A print to finish (the arguments of finishPrint). */
export interface FinishJob {
  pdf: Uint8Array;
  info: PdfInfo;
  headings: readonly string[];
  /** Whether to time the parts of finishing (answered with the bytes). */
  timed: boolean;
}

/** An answer about the job in hand; `ready` once the worker has loaded. */
export type FinishAnswer =
  | { outline: OutlineEntry[] }
  | { pdf: Uint8Array; timings?: Record<string, number> }
  | { error: string }
  | { ready: true };

const port = parentPort;
if (port) {
  port.on('message', (job: FinishJob) => {
    const timings = job.timed ? {} : undefined;
    const send = (answer: FinishAnswer): void => port.postMessage(answer);
    finishPrint(job.pdf, job.info, job.headings, timings, (outline) => send({ outline })).then(
      ({ pdf }) => send(timings ? { pdf, timings } : { pdf }),
      (error: unknown) =>
        send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
  port.postMessage({ ready: true } satisfies FinishAnswer);
}
