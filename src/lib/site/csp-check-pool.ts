/**
 * Checks pages against the site policy on several cores: parsing each page
 * (parse5, HTML's own rules) is nearly all of the security step's time, and
 * the pages are independent. Each worker thread runs the same
 * checkPagePolicy, so the verdict is the one this thread would give. With
 * one thread wanted, or where no worker can start, pages are checked here.
 */
import { Worker } from 'node:worker_threads';
import type { CspAnswer, CspJob } from './csp-check-worker.ts';
import { checkPagePolicy } from './csp-guard.ts';
import { startTsWorkers } from '../core/worker-source.ts';

/**
 * Pages per worker thread at least: a worker loads its modules and parse5 (≈ 0.3 s
 * of CPU) before its first page (≈ 5 ms), so fewer are checked sooner here.
 */
const PAGES_PER_WORKER = 100;

/** Beyond a few threads the machine's other work (and memory) suffers more than the step gains. */
const MAX_WORKERS = 4;

/** How many threads check `pages` pages with `cores` cores: 1 means this thread. */
export function checkThreads(pages: number, cores: number): number {
  return Math.max(1, Math.min(cores, MAX_WORKERS, Math.floor(pages / PAGES_PER_WORKER)));
}

/** Checks pages until closed. */
export interface CheckPool {
  /** Worker threads checking (0: this thread checks). */
  readonly workers: number;
  /** The page's problems (checkPagePolicy). */
  check(html: string, expected: string): Promise<string[]>;
  close(): Promise<void>;
}

/** A pool of `size` workers, or this thread when `size` is 1 or a worker does not start. */
export async function checkPool(size: number): Promise<CheckPool> {
  const workers =
    size > 1
      ? await startTsWorkers(new URL('./csp-check-worker.ts', import.meta.url), size)
      : undefined;
  if (workers === undefined)
    return {
      workers: 0,
      check: async (html, expected) => checkPagePolicy(html, expected),
      async close() {},
    };
  return workerPool(workers);
}

type Task = { job: CspJob; resolve: (problems: string[]) => void; reject: (e: Error) => void };

function workerPool(workers: Worker[]): CheckPool {
  const waiting: Task[] = [];
  const busy = new Map<Worker, Task>();
  const idle = [...workers];
  let closing = false;
  let alive = workers.length;
  const dispatch = (): void => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop() as Worker;
      const task = waiting.shift() as Task;
      busy.set(worker, task);
      worker.postMessage(task.job);
    }
  };
  const fail = (worker: Worker, error: Error): void => {
    busy.get(worker)?.reject(error);
    busy.delete(worker);
    // A check that cannot run must not pass: what still waits fails too.
    for (const task of waiting.splice(0)) task.reject(error);
  };
  for (const worker of workers) {
    worker.on('message', (answer: CspAnswer) => {
      const task = busy.get(worker);
      if (!task || 'ready' in answer) return;
      busy.delete(worker);
      idle.push(worker);
      if ('error' in answer) task.reject(new Error(`security check: ${answer.error}`));
      else task.resolve(answer.problems);
      dispatch();
    });
    worker.on('error', (error: unknown) =>
      fail(worker, error instanceof Error ? error : new Error(String(error))),
    );
    worker.on('exit', () => {
      alive -= 1;
      if (!closing) fail(worker, new Error('security check: a worker stopped'));
    });
  }
  return {
    workers: workers.length,
    check(html, expected) {
      return new Promise((resolve, reject) => {
        if (alive === 0) {
          reject(new Error('security check: no worker left'));
          return;
        }
        waiting.push({ job: { html, expected }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
