/**
 * Starting a worker thread on a TypeScript module. The build runs under
 * tsx's loader, which is not in force in a worker thread, so the worker
 * starts with a line of JavaScript that imports the module through tsx's
 * API. Used by the social-card pool and the security check's pool.
 */

/** The `eval` source of a worker running `moduleUrl`; undefined where tsx cannot be found. */
export function tsWorkerSource(moduleUrl: URL): string | undefined {
  let tsx: string;
  try {
    tsx = import.meta.resolve('tsx/esm/api');
  } catch {
    return undefined;
  }
  const [api, file] = [JSON.stringify(tsx), JSON.stringify(moduleUrl.href)];
  return `import(${api}).then((tsx) => tsx.tsImport(${file}, ${file}));`;
}
