/**
 * The content phase on every core (issue 11): each document's own check
 * (frontmatter, schema, the body parse) and its body render are independent
 * of the others' once the link targets are known, so worker threads
 * (body-worker.ts) take a share of them while this thread does the rest.
 * The results are put back in the order of the jobs, so the documents,
 * problems and bodies are the same as from one thread.
 *
 * A worker costs ≈ 2 s of CPU to load the model and the Markdown pipeline,
 * so there are workers only when there are many files to check or bodies to
 * render ({@link MIN_JOBS}); this thread starts on the jobs at once and the
 * workers join when they are loaded. Where no worker starts (a runtime that
 * cannot load its TypeScript), this thread does it all.
 */
import type { Root } from 'mdast';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { tsWorkerSource } from '../core/worker-source.ts';
import type { CheckContext } from '../model/context.ts';
import type { CheckedFile } from '../model/checked-file.ts';
import { checkDocument } from '../model/document.ts';
import type { Source } from '../model/validate.ts';
import type { PlanDocument } from '../model/types.ts';
import type { BodyAnswer, BodyJob } from './body-worker.ts';
import { renderBody, type BodyRun, type RenderOutcome } from './render-body.ts';

/** Fewer jobs than this are done in this thread (a worker's start-up would cost more than it saves). */
export const MIN_JOBS = 64;

/** Jobs handed to a worker ahead, so it never waits for this thread between two. */
const AHEAD = 2;

/**
 * V8's stack limit in the main thread (984 KB) plus what Node keeps back in a
 * worker (192 KB): a body nested deep enough to overflow here overflows there too.
 */
const WORKER_STACK_MB = (984 + 192) / 1024;

/** Options of {@link BodyPool}. */
export interface BodyPoolOptions {
  contentAbs: string;
  /** Trees kept for the renders, over all threads (the rest are parsed again). */
  keepTrees: number;
  /** Worker threads at most (default: one fewer than the cores). */
  threads?: number;
  /** Fewer jobs than this run here (default {@link MIN_JOBS}). */
  minJobs?: number;
  /** Take no job here until the workers are loaded (tests: so that they get some). */
  waitForWorkers?: boolean;
}

interface Pending {
  resolve: (answer: BodyAnswer) => void;
  reject: (error: Error) => void;
}

/** A started worker: its pending jobs by number. */
interface Hand {
  worker: Worker;
  ready: boolean;
  pending: Map<number, Pending>;
  dead?: Error;
}

/** Checks and renders bodies here and, when there are many, in worker threads too. */
export class BodyPool {
  private hands: Hand[] = [];
  private started = false;
  private nextJob = 0;
  /** Where each document's tree is: 0 for this thread, n for worker n; absent when dropped. */
  private treeAt = new Map<string, number>();
  private trees = new Map<string, Root>();
  private runSent = new Set<Hand>();
  private ctxSent = new Set<Hand>();
  /** Jobs done in this thread and in the workers (for tests and measurements). */
  readonly done = { here: 0, there: 0 };

  /** The cores' times when the pool was made, to see how many are idle when workers could start. */
  private readonly cpuMark = cpus();

  private readonly options: BodyPoolOptions;

  constructor(options: BodyPoolOptions) {
    this.options = options;
  }

  /** Worker threads running (0 until a run had enough jobs). */
  get workers(): number {
    return this.hands.filter((h) => h.ready && !h.dead).length;
  }

  /**
   * Each source's own check (checkDocument with `ctx`; a worker makes its
   * own attachment resolver for the same folder), in the order given, trees
   * kept for {@link render}.
   */
  async check(sources: readonly Source[], ctx: CheckContext): Promise<CheckedFile[]> {
    this.startIfWorthIt(sources.length);
    // Here as in each worker: at most its share of the trees.
    const budget = Math.ceil(this.options.keepTrees / (1 + this.hands.length));
    return this.share(
      sources,
      (source) => {
        const file = checkDocument(source.path, source.text, ctx, source.readError);
        if (file.tree && file.doc && this.trees.size < budget) {
          this.trees.set(file.doc.id, file.tree);
          this.treeAt.set(file.doc.id, 0);
        }
        delete file.tree;
        return file;
      },
      (hand, job, source) => {
        if (!this.ctxSent.has(hand)) {
          const { config, contentDir } = ctx;
          hand.worker.postMessage({
            kind: 'context',
            ctx: { config, contentDir },
          } satisfies BodyJob);
          this.ctxSent.add(hand);
        }
        return this.ask(hand, job, {
          kind: 'check',
          job,
          path: source.path,
          text: source.text,
          ...(source.readError ? { readError: source.readError } : {}),
        }).then((answer) => {
          if (!('file' in answer)) throw new Error('body worker: wrong answer to a check');
          if (answer.kept && answer.file.doc)
            this.treeAt.set(answer.file.doc.id, this.hands.indexOf(hand) + 1);
          return answer.file;
        });
      },
      () => -1,
    );
  }

  /** Trees parsed in this thread elsewhere (validateSources), to render from. */
  adoptTrees(trees: ReadonlyMap<string, Root>): void {
    for (const [id, tree] of trees) {
      this.trees.set(id, tree);
      this.treeAt.set(id, 0);
    }
  }

  /** The tree this thread kept for `id` (once), for a render done here. */
  takeTree(id: string): Root | undefined {
    const tree = this.trees.get(id);
    this.trees.delete(id);
    if (this.treeAt.get(id) === 0) this.treeAt.delete(id);
    return tree;
  }

  /**
   * Renders the bodies, in the order given: each where its tree is (the
   * thread that parsed it), the others wherever a thread is free.
   */
  async render(
    jobs: readonly { doc: PlanDocument; draft: boolean }[],
    run: BodyRun,
  ): Promise<RenderOutcome[]> {
    this.startIfWorthIt(jobs.length);
    return this.share(
      jobs,
      ({ doc, draft }) => renderBody(doc, draft, run, this.takeTree(doc.id)),
      (hand, job, { doc, draft }) => {
        if (!this.runSent.has(hand)) {
          hand.worker.postMessage({ kind: 'run', run } satisfies BodyJob);
          this.runSent.add(hand);
        }
        this.treeAt.delete(doc.id);
        return this.ask(hand, job, { kind: 'render', job, doc, draft }).then((answer) => {
          if (!('rendered' in answer)) throw new Error('body worker: wrong answer to a render');
          return answer.rendered;
        });
      },
      ({ doc }) => this.treeAt.get(doc.id) ?? -1,
    );
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    const hands = this.hands;
    this.hands = [];
    await Promise.all(hands.map((h) => h.worker.terminate()));
  }

  /** Starts the workers the first time a run has enough jobs. */
  private startIfWorthIt(jobs: number): void {
    if (this.started || jobs < (this.options.minJobs ?? MIN_JOBS)) return;
    this.started = true;
    const count = this.options.threads ?? idleCores(this.cpuMark);
    const source = tsWorkerSource(new URL('./body-worker.ts', import.meta.url));
    if (source === undefined) return;
    for (let i = 0; i < count; i += 1) {
      let worker: Worker;
      try {
        worker = new Worker(source, {
          eval: true,
          resourceLimits: { stackSizeMb: WORKER_STACK_MB },
        });
      } catch {
        return;
      }
      const hand: Hand = { worker, ready: false, pending: new Map() };
      worker.postMessage({
        kind: 'init',
        contentAbs: this.options.contentAbs,
        keepTrees: Math.ceil(this.options.keepTrees / (1 + count)),
      } satisfies BodyJob);
      worker.on('message', (answer: BodyAnswer) => {
        if ('ready' in answer) {
          hand.ready = true;
          this.wake?.();
          return;
        }
        const pending = hand.pending.get(answer.job);
        hand.pending.delete(answer.job);
        if ('error' in answer) pending?.reject(new Error(answer.error));
        else pending?.resolve(answer);
      });
      const fail = (error: Error): void => {
        hand.dead ??= error;
        this.wake?.();
        for (const p of hand.pending.values()) p.reject(error);
        hand.pending.clear();
      };
      worker.on('error', (error: unknown) =>
        fail(error instanceof Error ? error : new Error(String(error))),
      );
      worker.on('exit', () => fail(new Error('body worker: stopped')));
      this.hands.push(hand);
    }
  }

  private wake: (() => void) | undefined;

  private ask(hand: Hand, job: number, message: BodyJob): Promise<BodyAnswer> {
    return new Promise((resolve, reject) => {
      if (hand.dead) return reject(hand.dead);
      hand.pending.set(job, { resolve, reject });
      hand.worker.postMessage(message);
    });
  }

  /**
   * Runs `jobs` here (`here`) and in the ready workers (`there`), results in
   * the jobs' order. `owner(job)` says which thread must run a job (0: this
   * one, n: worker n, -1: any); a job owned by a worker that died runs here.
   */
  private async share<J, R>(
    jobs: readonly J[],
    here: (job: J) => R | Promise<R>,
    there: (hand: Hand, job: number, item: J) => Promise<R>,
    owner: (job: J) => number,
  ): Promise<R[]> {
    const results = new Array<R>(jobs.length);
    const done = new Array<boolean>(jobs.length).fill(false);
    // Jobs by thread: own[0] this thread's, own[n] worker n's; free ones anyone's.
    const own: number[][] = Array.from({ length: this.hands.length + 1 }, () => []);
    const free: number[] = [];
    jobs.forEach((job, i) => {
      const at = owner(job);
      const hand = this.hands[at - 1];
      if (at === 0 || (hand && !hand.dead)) (own[at] as number[]).push(i);
      else free.push(i);
    });
    const inFlight = new Map<Hand, number>();
    const remote: Promise<void>[] = [];
    let failure: unknown;
    const feed = (): void => {
      this.hands.forEach((hand, n) => {
        if (!hand.ready || hand.dead) return;
        const mine = own[n + 1] as number[];
        while ((inFlight.get(hand) ?? 0) < AHEAD && (mine.length > 0 || free.length > 0)) {
          const i = (mine.length > 0 ? mine.shift() : free.shift()) as number;
          inFlight.set(hand, (inFlight.get(hand) ?? 0) + 1);
          const job = this.nextJob++;
          remote.push(
            there(hand, job, jobs[i] as J).then(
              (result) => {
                results[i] = result;
                done[i] = true;
                this.done.there += 1;
                inFlight.set(hand, (inFlight.get(hand) ?? 1) - 1);
                feed();
                this.wake?.();
              },
              (error: unknown) => {
                failure ??= error;
                this.wake?.();
              },
            ),
          );
        }
      });
    };
    const runHere = async (i: number): Promise<void> => {
      results[i] = await here(jobs[i] as J);
      done[i] = true;
      this.done.here += 1;
    };
    if (this.options.waitForWorkers)
      while (this.hands.some((h) => !h.ready && !h.dead)) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
      }
    for (;;) {
      feed();
      if (failure !== undefined) break;
      const mine = own[0] as number[];
      const i = mine.length > 0 ? mine.shift() : free.shift();
      if (i !== undefined) {
        await runHere(i);
        // Lets the workers' answers in, so they are fed again while this thread works.
        if (this.hands.length > 0) await nextTurn();
        continue;
      }
      // Nothing left here. A worker that never started (or stopped) leaves its trees' jobs here.
      this.hands.forEach((hand, n) => {
        if (hand.dead) free.push(...(own[n + 1] as number[]).splice(0));
      });
      if (free.length > 0) continue;
      if (done.every(Boolean)) break;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        if (this.hands.every((h) => h.dead)) resolve();
      });
      this.wake = undefined;
    }
    // A worker that dies mid-job (out of memory) fails the run, as a crash here would.
    if (failure !== undefined)
      throw failure instanceof Error ? failure : new Error(String(failure));
    await Promise.all(remote);
    return results;
  }
}

/**
 * Workers worth starting: one per core left idle beside this thread, at
 * most one fewer than the cores. On a machine busy with other work a worker
 * only competes for the same cores: measured on a 2-core machine with a
 * load of 18, it made the content phase slower and cost 30 % more CPU.
 * Idle is measured since `mark` (the pool was made just before the files
 * were read); over too short a time, from the load average.
 */
export function idleCores(mark: ReturnType<typeof cpus>, now = cpus()): number {
  const cores = availableParallelism();
  const sum = (t: { user: number; nice: number; sys: number; irq: number; idle: number }) =>
    t.user + t.nice + t.sys + t.irq + t.idle;
  let idle = 0;
  let total = 0;
  now.forEach((cpu, i) => {
    const before = mark[i]?.times;
    if (!before) return;
    idle += cpu.times.idle - before.idle;
    total += sum(cpu.times) - sum(before);
  });
  // Core times tick every 10 ms: below ~50 ms a core, the sample says little.
  const free = total >= 50 * now.length ? (idle / total) * now.length : cores - (loadavg()[0] ?? 0);
  return Math.max(0, Math.min(cores - 1, Math.floor(free + 0.25)));
}
