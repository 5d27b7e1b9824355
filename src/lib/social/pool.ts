/**
 * Draws cards on several cores: a pool of worker threads
 * (src/lib/social/card-worker.ts), each taking the next card when it is done
 * with one. With one worker wanted, or where no worker can start (a runtime
 * that cannot load the worker's TypeScript), cards are drawn in this thread:
 * the PNGs are the same either way (same satori, same resvg, same fonts).
 */
import { Worker } from 'node:worker_threads';
import type { CardAnswer, CardJob } from './card-worker.ts';
import type { CardData } from './card.ts';
import { startTsWorkers } from '../core/worker-source.ts';

/** A drawn card. */
export interface DrawnCard {
  png: Buffer;
  /** The title did not fit even at the smallest size and ends in «…». */
  clamped: boolean;
}

/** Draws cards until closed. */
export interface CardPool {
  /** Worker threads drawing (0: this thread draws). */
  readonly workers: number;
  draw(data: CardData): Promise<DrawnCard>;
  close(): Promise<void>;
}

/** A pool of `size` workers, or this thread when `size` is 1 or no worker starts. */
export async function cardPool(size: number): Promise<CardPool> {
  if (size > 1) {
    const workers = await startTsWorkers(new URL('./card-worker.ts', import.meta.url), size);
    if (workers) return workerPool(workers);
  }
  return {
    workers: 0,
    async draw(data) {
      // Imported here: a pool of workers never loads satori and resvg in this thread.
      const { renderCard } = await import('./render.ts');
      const card = await renderCard(data);
      return { png: card.png, clamped: card.fit.clamped };
    },
    async close() {},
  };
}

function workerPool(workers: Worker[]): CardPool {
  const waiting: {
    job: CardJob;
    resolve: (card: DrawnCard) => void;
    reject: (e: Error) => void;
  }[] = [];
  const busy = new Map<Worker, (typeof waiting)[number]>();
  const idle = [...workers];
  let next = 0;
  let alive = workers.length;
  let closing = false;
  const dispatch = (): void => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop() as Worker;
      const task = waiting.shift() as (typeof waiting)[number];
      busy.set(worker, task);
      worker.postMessage(task.job);
    }
  };
  for (const worker of workers) {
    worker.on('message', (answer: CardAnswer) => {
      const task = busy.get(worker);
      if (!task || 'ready' in answer) return;
      busy.delete(worker);
      idle.push(worker);
      if ('error' in answer) task.reject(new Error(answer.error));
      else
        task.resolve({
          png: Buffer.from(answer.png.buffer, answer.png.byteOffset, answer.png.byteLength),
          clamped: answer.clamped,
        });
      dispatch();
    });
    // A worker that dies (out of memory, a crash in resvg) fails its card and the build;
    // when none is left, so does every card still waiting.
    worker.on('error', (error: unknown) => {
      busy.get(worker)?.reject(error instanceof Error ? error : new Error(String(error)));
      busy.delete(worker);
    });
    worker.on('exit', () => {
      const task = busy.get(worker);
      busy.delete(worker);
      alive -= 1;
      if (closing) return;
      task?.reject(new Error('social cards: a card worker stopped'));
      if (alive === 0)
        for (const t of waiting.splice(0)) t.reject(new Error('social cards: no card worker left'));
    });
  }
  return {
    workers: workers.length,
    draw(data) {
      return new Promise((resolve, reject) => {
        waiting.push({ job: { id: next++, data }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
