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
