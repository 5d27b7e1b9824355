/**
 * Finishes prints (finishPrint: parse, artifacts, outline and soft hyphens,
 * ids and object order, save; ~100 ms of CPU a document) in worker threads,
 * so Node's finishing runs beside Chromium's printing instead of on the
 * thread that drives the Chromium pages (issue 11). Each worker runs the
 * same finishPrint on the same bytes, so the PDFs are the bytes this thread
 * would make (tests/unit/pdf-finish-pool.test.ts compares them). Where no
 * worker can start (a Node without type stripping), prints are finished
 * here. A worker that fails or stops fails the print it had and every print
 * still waiting: a PDF is never published unfinished.
 */
import type { Worker } from 'node:worker_threads';
import { startTsWorkers } from '../core/worker-source.ts';
import { finishPrint, type StagedPrint } from './finish.ts';
import type { FinishAnswer, FinishJob } from './finish-worker.ts';
import type { PdfInfo } from './metadata.ts';

/** Finishes prints until closed. */
export interface FinishPool {
  /** Worker threads finishing (0: this thread finishes). */
  readonly workers: number;
  /**
   * Starts finishing a print: resolves with its bookmarks as soon as they are
   * read; `pdf` resolves with the finished bytes (or rejects: finishing failed).
   * Adds the milliseconds of each part of finishing to `timings` when given.
   */
  finish(
    pdf: Uint8Array,
    info: PdfInfo,
    headings: readonly string[],
    timings?: Record<string, number>,
  ): Promise<StagedPrint>;
  close(): Promise<void>;
}

/** A pool of `size` workers (at least one), or this thread when none starts. */
export async function finishPool(size: number): Promise<FinishPool> {
  const workers = await startTsWorkers(
    new URL('./finish-worker.ts', import.meta.url),
    Math.max(1, size),
  );
  return workers ? workerPool(workers) : threadPool();
}

/** Finishing on this thread, as before the pool (and where no worker starts). */
export function threadPool(): FinishPool {
  return {
    workers: 0,
    async finish(pdf, info, headings, timings) {
      const finished = await finishPrint(pdf, info, headings, timings);
      return { outline: finished.outline, pdf: finished.pdf };
    },
    async close() {},
  };
}

interface Task {
  job: FinishJob;
  timings: Record<string, number> | undefined;
  /** Settles the outline promise (the first answer). */
  outlined: { resolve: (print: StagedPrint) => void; reject: (error: Error) => void };
  /** Settles the bytes promise (the second answer). */
  finished: { resolve: (pdf: Uint8Array) => void; reject: (error: Error) => void };
}

function workerPool(workers: Worker[]): FinishPool {
  const waiting: Task[] = [];
  const busy = new Map<Worker, Task>();
  const idle = [...workers];
  let closing = false;
  let broken: Error | undefined;
  const dispatch = (): void => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop() as Worker;
      const task = waiting.shift() as Task;
      busy.set(worker, task);
      worker.postMessage(task.job);
    }
  };
  const failTask = (task: Task, error: Error): void => {
    // Whichever promise is still open rejects; the other has settled already.
    task.outlined.reject(error);
    task.finished.reject(error);
  };
  const fail = (worker: Worker, error: Error): void => {
    broken ??= error;
    const task = busy.get(worker);
    busy.delete(worker);
    if (task) failTask(task, error);
    // The pool is broken: what still waits fails too, rather than waiting forever.
    for (const queued of waiting.splice(0)) failTask(queued, error);
  };
  for (const worker of workers) {
    worker.on('message', (answer: FinishAnswer) => {
      const task = busy.get(worker);
      if (!task || 'ready' in answer) return;
      if ('outline' in answer) {
        task.outlined.resolve({ outline: answer.outline, pdf: pdfOf(task) });
        return;
      }
      busy.delete(worker);
      idle.push(worker);
      if ('error' in answer) {
        failTask(task, new Error(`PDF finishing failed in a worker thread: ${answer.error}`));
      } else {
        for (const [part, ms] of Object.entries(answer.timings ?? {}))
          if (task.timings) task.timings[part] = (task.timings[part] ?? 0) + ms;
        // Structured cloning hands a Buffer over as a plain Uint8Array: the same bytes.
        task.finished.resolve(answer.pdf);
      }
      dispatch();
    });
    worker.on('error', (error: unknown) =>
      fail(
        worker,
        new Error(`PDF finishing: a worker thread failed: ${String(error)}`, { cause: error }),
      ),
    );
    worker.on('exit', (code) => {
      if (!closing)
        fail(worker, new Error(`PDF finishing: a worker thread stopped (code ${code})`));
    });
  }
  // The bytes' promise of each task, made with it (see finish()).
  const bytes = new WeakMap<Task, Promise<Uint8Array>>();
  const pdfOf = (task: Task): Promise<Uint8Array> => bytes.get(task) as Promise<Uint8Array>;
  return {
    workers: workers.length,
    finish(pdf, info, headings, timings) {
      return new Promise<StagedPrint>((resolveOutline, rejectOutline) => {
        let finished!: Task['finished'];
        const pdfPromise = new Promise<Uint8Array>((resolve, reject) => {
          finished = { resolve, reject };
        });
        // A pass whose TOC numbers are wrong drops its bytes: never an unhandled rejection.
        pdfPromise.catch(() => undefined);
        const task: Task = {
          job: { pdf, info, headings, timed: timings !== undefined },
          timings,
          outlined: { resolve: resolveOutline, reject: rejectOutline },
          finished,
        };
        bytes.set(task, pdfPromise);
        if (broken) {
          failTask(task, broken);
          return;
        }
        waiting.push(task);
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
