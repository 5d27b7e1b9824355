/**
 * The package.json scripts start the CLIs as `node --import
 * ./scripts/ensure-node.mjs scripts/<cli>.ts`: Node runs the TypeScript as it
 * is. A Node that cannot strip types (older than 22.18, or with type
 * stripping turned off, as here) must say why and how to fix it, not die on
 * «Unknown file extension ".ts"».
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const run = promisify(execFile);
const PRELOAD = ['--import', './scripts/ensure-node.mjs'];

describe('scripts/ensure-node.mjs', () => {
  it('stops a Node without type stripping before the CLI, saying which Node to use', async () => {
    const error = await run(
      process.execPath,
      ['--no-experimental-strip-types', ...PRELOAD, 'scripts/check.ts', '--help'],
      { cwd: ROOT },
    ).then(
      () => undefined,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stdout).toBe('');
    expect(error?.stderr).toContain('Planverk needs Node >= 22.18.0');
    expect(error?.stderr).toContain('npm install');
    expect(error?.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
  });

  it('lets the project Node through to the CLI, with nothing on stderr (no ExperimentalWarning)', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      [...PRELOAD, 'scripts/check.ts', '--help'],
      { cwd: ROOT },
    );
    expect(stdout).toContain('npm run check');
    expect(stderr).toBe('');
  });

  it('is how every package.json script that runs a scripts/*.ts starts it', () => {
    const scripts = Object.values(
      (
        JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
          scripts: Record<string, string>;
        }
      ).scripts,
    );
    const cliRuns = scripts.flatMap((s) => s.match(/\S+ \S*scripts\/\S+\.ts/g) ?? []);
    expect(cliRuns.length).toBeGreaterThan(5);
    for (const cli of cliRuns) expect(cli).toMatch(/^\.\/scripts\/ensure-node\.mjs scripts\//);
  });
});
