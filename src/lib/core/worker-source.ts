import { Worker } from 'node:worker_threads';
/**
 * Starting a worker thread on a TypeScript module. The CLIs run on Node's
 * own type stripping (>= 22.18), which is in force in worker threads too, so
 * a worker needs only a line of JavaScript that imports the module as it is.
 * The one place the build's worker pools (social cards, the security check,
 * the body check) get their start-up code from.
 */

/** The `eval` source of a worker running `moduleUrl`; undefined on a runtime that cannot strip types. */
export function tsWorkerSource(moduleUrl: URL): string | undefined {
  if (!process.features.typescript) return undefined;
  return `import(${JSON.stringify(moduleUrl.href)});`;
}

/**
 * Starts `size` worker threads on `moduleUrl` and waits until each has
 * loaded (its first message is `{ ready: … }`); undefined, with every worker
 * stopped, if one cannot start. The social cards' and the security check's
 * pools start this way (the body pool's workers join while work runs).
 */
export async function startTsWorkers(moduleUrl: URL, size: number): Promise<Worker[] | undefined> {
  const source = tsWorkerSource(moduleUrl);
  if (source === undefined) return undefined;
  const workers = Array.from({ length: size }, () => new Worker(source, { eval: true }));
  const started = workers.map(
    (worker) =>
      new Promise<boolean>((resolve) => {
        worker.once('message', (answer: object) => resolve('ready' in answer));
        worker.once('error', () => resolve(false));
        worker.once('exit', () => resolve(false));
      }),
  );
  if ((await Promise.all(started)).every(Boolean)) return workers;
  await Promise.all(workers.map((w) => w.terminate()));
  return undefined;
}
