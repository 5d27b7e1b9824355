import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixtureProject } from '../../helpers/project.ts';

const run = promisify(execFile);
// The project's Node, which runs the scripts' TypeScript as it is (as `npm run …` does).
const NODE = process.execPath;

/** Runs the real `scripts/check.ts` in a project with the fixture config; resolves with the exit code. */
async function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(NODE, ['scripts/check.ts', ...args], {
      cwd: await fixtureProject('check-command'),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run check', () => {
  it('exits 0 with a short line when there are no errors', async () => {
    const result = await check('--dir', 'tests/fixtures/model/gyldig/content');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('✔ 4 dokument kontrollerte, ingen feil');
  });

  it('exits 1 and prints every problem with the file path from the project root', async () => {
    const result = await check('--dir', 'tests/fixtures/model/mange-feil/content');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'tests/fixtures/model/mange-feil/content/planar/kommunedelplan-idrett.md:8:7  error  dato: «31.02.2020» er ikkje ein gyldig dato.',
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe('✖ 9 feil i 1 fil');
  });

  it('prints machine-readable problems with --json', async () => {
    const result = await check('--dir', 'tests/fixtures/model/umogleg-dato/content', '--json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as {
      checked: number;
      errors: number;
      problems: { ruleId: string; line: number }[];
    };
    expect(json).toMatchObject({
      checked: 1,
      errors: 1,
      warnings: 0,
      problems: [{ ruleId: 'dato-ugyldig', line: 7, column: 7, field: 'dato' }],
    });
  });

  it('exits 2 with the usage on an unknown option', async () => {
    const result = await check('--dri', 'x');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run check');
  });
});
