import type { BuildStep } from '../output/step.ts';

/**
 * A post-build step placed in a dependency graph instead of a fixed list:
 * it starts once every step named in `after` has finished. `reads` and
 * `writes` name the parts of the staged output it touches (documentation,
 * and what {@link checkStepGraph} compares): two steps that neither runs
 * after the other must not write what the other reads or writes, or their
 * output would depend on which finished first.
 */
export interface GraphStep extends BuildStep {
  after: readonly string[];
  reads?: readonly string[];
  writes?: readonly string[];
}

/** Problems with a graph (for the developer, in English); none for a graph the scheduler can run. */
export function checkStepGraph(steps: readonly GraphStep[]): string[] {
  const problems: string[] = [];
  const byName = new Map<string, GraphStep>();
  for (const step of steps) {
    if (byName.has(step.name)) problems.push(`step ${step.name} is listed twice`);
    byName.set(step.name, step);
  }
  for (const step of steps)
    for (const dep of step.after)
      if (!byName.has(dep)) problems.push(`step ${step.name} runs after ${dep}, which is no step`);
  if (problems.length > 0) return problems;
  // Every step's transitive predecessors; a step among its own is a cycle.
  const before = new Map<string, Set<string>>();
  const visiting = new Set<string>();
  const predecessors = (name: string): Set<string> => {
    const known = before.get(name);
    if (known) return known;
    if (visiting.has(name)) {
      problems.push(`steps run after each other in a cycle through ${name}`);
      return new Set();
    }
    visiting.add(name);
    const all = new Set<string>();
    for (const dep of (byName.get(name) as GraphStep).after) {
      all.add(dep);
      for (const p of predecessors(dep)) all.add(p);
    }
    visiting.delete(name);
    before.set(name, all);
    return all;
  };
  for (const step of steps) predecessors(step.name);
  if (problems.length > 0) return problems;
  const ordered = (a: string, b: string): boolean =>
    (before.get(a) as Set<string>).has(b) || (before.get(b) as Set<string>).has(a);
  for (const [i, a] of steps.entries()) {
    for (const b of steps.slice(i + 1)) {
      if (ordered(a.name, b.name)) continue;
      const clash = (a.writes ?? []).filter(
        (part) => (b.writes ?? []).includes(part) || (b.reads ?? []).includes(part),
      );
      clash.push(...(b.writes ?? []).filter((part) => (a.reads ?? []).includes(part)));
      for (const part of new Set(clash))
        problems.push(
          `steps ${a.name} and ${b.name} both touch ${part} but neither runs after the other`,
        );
    }
  }
  return problems;
}

/**
 * Runs the steps of a graph, each once, a step as soon as those it runs
 * after have finished, at most `concurrency` at a time; ready steps start in
 * the order listed (put the longest path, the PDFs, first). When a step
 * throws, no further step starts; the running ones are awaited (they write
 * only to staging) and the first error is thrown, so the build stops and the
 * previous output stays.
 */
export async function runStepGraph(
  steps: readonly GraphStep[],
  run: (step: GraphStep) => Promise<void>,
  concurrency: number,
): Promise<void> {
  const problems = checkStepGraph(steps);
  if (problems.length > 0) throw new Error(`Invalid build step graph:\n  ${problems.join('\n  ')}`);
  const limit = Math.max(1, Math.floor(concurrency));
  const done = new Set<string>();
  const started = new Set<string>();
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  for (;;) {
    if (!failure) {
      for (const step of steps) {
        if (running.size >= limit) break;
        if (started.has(step.name) || !step.after.every((dep) => done.has(dep))) continue;
        started.add(step.name);
        const job: Promise<void> = run(step).then(
          () => {
            done.add(step.name);
            running.delete(job);
          },
          (error: unknown) => {
            failure ??= { error };
            running.delete(job);
          },
        );
        running.add(job);
      }
    }
    if (running.size === 0) break;
    await Promise.race(running);
  }
  if (failure) throw failure.error;
}
