/**
 * The build runs the checker's validation first: on bad content it prints
 * the same problems as `npm run check`, exits 1 without a stack trace, and
 * leaves the previous output untouched.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../fixtures/config/planverk.config.ts';
import { validateContent } from '../../../src/lib/check/validate-content.ts';
import { formatProblems } from '../../../src/lib/model/problems.ts';
import { fixtureProject } from '../../helpers/project.ts';

const ROOT = join(import.meta.dirname, '../../..');
const run = promisify(execFile);

// Vitest's own NODE_ENV, MODE and DEV replaced by a production build's.
const ENV = { DEV: '', PROD: '1', MODE: 'production', NODE_ENV: 'production' };

async function build(content: string, out: string) {
  try {
    const args = ['scripts/build.ts', '--content', content, '--out', out];
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd: await fixtureProject('build-stops'),
      env: { ...process.env, ...ENV },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run build on bad content', () => {
  const temp = mkdtempSync(join(tmpdir(), 'planverk-build-stops-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  // Every kind of bad content in one folder, so one build (a child process
  // of several seconds) covers them all: the fixtures' file names do not
  // collide, and the test proves they do not interact (the folder raises
  // exactly the union of the fixtures' problems).
  const FIXTURES = [
    'koding',
    'yaml-bombe',
    'statusoppdatering-mange-feil',
    'erstatter-ring',
    'tegn-kontroll',
    'brodtekst-djup-liste',
    // Links into a draft: the check refuses them, so the build stops there
    // and never reaches its draft gate (it once refused them only there).
    'lenke-til-utkast',
  ];
  const ruleIds = (problems: readonly { ruleId: string }[]) => problems.map((p) => p.ruleId).sort();

  it(`${FIXTURES.join(', ')}: stops with the checker’s messages, exit 1, no stack trace, output untouched`, async () => {
    const project = await fixtureProject('build-stops');
    const content = 'bad-content';
    rmSync(join(project, content), { recursive: true, force: true });
    const union: string[] = [];
    for (const fixture of FIXTURES) {
      const dir = join(ROOT, 'tests/fixtures/check', fixture, 'content');
      const own = await validateContent({ root: dirname(dir), includeDrafts: false, config });
      expect(
        own.problems.filter((p) => p.severity === 'error'),
        fixture,
      ).not.toEqual([]);
      if (fixture === 'lenke-til-utkast') expect(own.problems).toHaveLength(12);
      union.push(...ruleIds(own.problems));
      cpSync(dir, join(project, content), { recursive: true, errorOnExist: true, force: false });
    }
    const { problems } = await validateContent({
      root: project,
      contentDir: content,
      includeDrafts: false,
      config,
    });
    expect(ruleIds(problems)).toEqual(union.sort());

    const out = join(temp, 'out');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'førre bygg');
    const result = await build(content, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(formatProblems(problems));
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(result.stderr).not.toContain('Drafts leaked');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('førre bygg');
  }, 120_000);

  it('a missing content folder: one clear line, exit 1, no stack trace', async () => {
    const result = await build('tests/fixtures/check/finst-ikkje', join(temp, 'x'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\[planverk\] Finn ikkje innhaldsmappa .*finst-ikkje\./);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }, 120_000);
});
