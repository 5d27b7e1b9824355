/**
 * Hostile files, end to end: the real `npm run check` (scripts/check.ts) on
 * every fixture folder of tests/fixtures/files/ that must be refused exits 1
 * and prints each problem at its file:line, without a stack trace; the real
 * build of one stops before Astro with exactly those lines (it used to fail
 * at its last step with a developer error). The real build of the folder
 * with safe files publishes exactly the vedlegg and body files, under their
 * transliterated names, and never the stray or hidden files beside them.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHABLE } from '../../src/lib/files/file-types.ts';
import {
  E2E_DIR,
  fixtureDocumentsBuild,
  listFiles,
  runBuild,
  runScript,
  type BuildRun,
  type ScriptRun,
} from './helpers/build.ts';

const FIXTURES = 'tests/fixtures/files';
const REFUSED = [
  'vedlegg-farleg-type',
  'vedlegg-forkledd',
  'vedlegg-svg',
  'vedlegg-same-adresse',
  'tekst-filer',
];

/** Runs `npm run check -- --dir <dir>` (scripts/check.ts). */
const runCheck = (dir: string): Promise<ScriptRun> => runScript(['scripts/check.ts', '--dir', dir]);

/** The problem lines of the checker's output (`  file:line:col  error  …  [rule]`). */
const problemLines = (text: string): string[] =>
  text.split('\n').filter((line) => /^ {2}\S.*:\d+(:\d+)? {2}(error|warning) {2}/.test(line));
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('npm run check on hostile files', () => {
  it.each(REFUSED)('%s: exit 1, every problem at file:line, no stack trace', async (fixture) => {
    const dir = `${FIXTURES}/${fixture}/content`;
    const run = await runCheck(dir);
    expect(run.code, run.stderr).toBe(1);
    const lines = problemLines(run.stdout);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(new RegExp(`^ {2}${dir}/\\S.*\\.md:\\d+:\\d+ {2}error {2}`));
      expect(line).toMatch(/\[(fil-type|fil-innhald|svg-aktivt|svg-ugyldig|fil-adresse)\]$/);
    }
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK);
  });

  it('the build stops on a shared address before Astro, with the lines check prints', async () => {
    const dir = `${FIXTURES}/vedlegg-same-adresse/content`;
    const [build, check] = await Promise.all([
      // The same relative path as check's: both print file names relative to the
      // scratch project they run in, where tests/ is linked.
      runBuild({ content: dir, out: path.join(E2E_DIR, 'same-adresse-site') }),
      runCheck(dir),
    ]);
    expect(build.code).toBe(1);
    expect(problemLines(check.stdout)).toHaveLength(4);
    expect(problemLines(build.stderr)).toEqual(problemLines(check.stdout));
    expect(build.stdout).not.toMatch(/astro: \d+ page/);
    expect(`${build.stdout}${build.stderr}`).not.toMatch(/UrlCollisionError/);
    expect(`${build.stdout}${build.stderr}`).not.toMatch(STACK);
  });
});

describe('the build of safe files', () => {
  let build: BuildRun;
  let files: string[];

  beforeAll(async () => {
    // gode-filer is built with other fixtures' documents (fixtureDocumentsBuild,
    // none named like its stray files); the checks read its paths or every file.
    build = await fixtureDocumentsBuild();
    if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    files = await listFiles(build.outDir);
  });

  it('publishes every vedlegg and body file next to its page, under its transliterated name', () => {
    const plan = files.filter(
      (f) => f.startsWith('dokument/tysnes/plan/') && !f.includes('/rapport-docx/'),
    );
    expect(plan.sort()).toEqual(
      [
        'dokument/tysnes/plan/budsjett-2024.pdf',
        'dokument/tysnes/plan/figur.svg',
        'dokument/tysnes/plan/index.html',
        'dokument/tysnes/plan/kart.png',
        'dokument/tysnes/plan/plan.pdf',
        'dokument/tysnes/plan/rapport.docx',
        'dokument/tysnes/plan/tal.csv',
      ].sort(),
    );
    // The document whose file name ends in .docx has a page of its own.
    expect(files).toContain('dokument/tysnes/plan/rapport-docx/index.html');
    expect(files).toContain('dokument/tysnes/plan/rapport-docx/kart.png');
  });

  it('never publishes a stray or hidden file, and nothing of a type off the list', () => {
    expect(files.filter((f) => /angrep|løyst|loyst|skjult/.test(f))).toEqual([]);
    // Beside the pages, /dokument/ holds only publishable types.
    const other = files.filter(
      (f) => f.startsWith('dokument/') && !f.endsWith('/index.html') && f !== 'dokument/index.html',
    );
    expect(other.length).toBeGreaterThan(0);
    for (const f of other) expect(Object.keys(PUBLISHABLE), f).toContain(path.extname(f).slice(1));
  });
});
