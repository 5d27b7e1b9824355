import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOLD_MARKER } from '../../src/lib/build/build-site.ts';
import { ENV } from '../../src/lib/site/options.ts';
import { fixtureProject } from '../helpers/project.ts';
import { E2E_DIR, hashTree, runBuild } from './helpers/build.ts';

// Regression: a SIGKILL right after publishing moved the old output aside
// left no output folder at all, and the `.old-*` folder stayed forever.
// A real build is killed at exactly that instant (it holds there and says
// so), then the next build must put the old site back before anything else.
const OUT = path.join(E2E_DIR, 'publish-crash');
const CONTENT = 'tests/fixtures/site/basic/content';
const ENV_PROD = { DEV: '', PROD: '1', MODE: 'production', NODE_ENV: 'production' };

/** Starts a build in the scratch project runBuild uses for OUT (tests/fixtures/config). */
async function startBuild(
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; stdout: () => string }> {
  const args = ['scripts/build.ts', '--content', CONTENT, '--out', OUT];
  const child = spawn(process.execPath, args, {
    cwd: await fixtureProject(`build-${path.basename(OUT)}`),
    env: { ...process.env, ...ENV_PROD, ...env },
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return { child, stdout: () => out };
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.on('exit', (code) => resolve(code)));

async function until<T>(probe: () => T | undefined, what: string, ms = 300_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const leftovers = async (): Promise<string[]> =>
  (await readdir(path.dirname(OUT))).filter((n) =>
    new RegExp(`^\\.?${path.basename(OUT)}\\.(old|incoming)-`).test(n),
  );

let before: string;

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  const run = await runBuild({ content: CONTENT, out: OUT, env: ENV_PROD });
  if (run.code !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
  before = await hashTree(OUT);
});

afterAll(async () => {
  await rm(OUT, { recursive: true, force: true });
});

describe('a build killed (SIGKILL) right after the old output is moved aside', () => {
  it('leaves the old site to the next build, which restores it before anything else and leaves nothing over', async () => {
    const killed = await startBuild({ [ENV.holdAfterMoveAside]: '1' });
    const pid = await until(() => {
      const m = new RegExp(`${escape(HOLD_MARKER)} \\(pid (\\d+)\\)`).exec(killed.stdout());
      return m ? Number(m[1]) : undefined;
    }, 'the build to reach the move-aside');
    // The instant itself: no output folder, the old site beside it.
    expect(existsSync(OUT)).toBe(false);
    expect(await leftovers()).toEqual([`${path.basename(OUT)}.old-${pid}`]);
    process.kill(pid, 'SIGKILL');
    await exited(killed.child);
    expect(existsSync(OUT)).toBe(false);

    const next = await startBuild();
    let done = false;
    const code = exited(next.child).then((c) => {
      done = true;
      return c;
    });
    await until(() => (existsSync(OUT) ? true : undefined), 'the output folder to come back');
    // Back while the next build is still working, and the complete old site.
    expect(done).toBe(false);
    expect(await hashTree(OUT)).toBe(before);
    expect(next.stdout()).toContain('restored');

    expect(await code, next.stdout()).toBe(0);
    expect(await leftovers()).toEqual([]);
    const project = await fixtureProject(`build-${path.basename(OUT)}`);
    expect(existsSync(path.join(project, '.planverk', 'staging', path.basename(OUT)))).toBe(false);
    expect(existsSync(path.join(OUT, 'index.html'))).toBe(true);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
