/**
 * The lowest Node version: Astro 7 and Vitest 5 need 22.12, running the
 * CLIs' TypeScript as it is (type stripping, no tsx) 22.18.
 */
export const MIN_NODE = [22, 18, 0] as const;

/** Throws an actionable error when `version` (e.g. `20.20.2`) is below {@link MIN_NODE}. */
export function assertNodeVersion(version: string): void {
  const parts = version.split('.').map((n) => Number.parseInt(n, 10));
  for (let i = 0; i < MIN_NODE.length; i++) {
    const have = parts[i] ?? 0;
    const need = MIN_NODE[i] ?? 0;
    if (have > need) return;
    if (have < need) {
      throw new Error(
        `Planverk needs Node >= ${MIN_NODE.join('.')}, but this is Node ${version}.\n` +
          `The project pins Node 22 as a dev dependency; run \`npm install\` (without --ignore-scripts)\n` +
          `and start commands through \`npm run …\` so node_modules/.bin/node is used.`,
      );
    }
  }
}
