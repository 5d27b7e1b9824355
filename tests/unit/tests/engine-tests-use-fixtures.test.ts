/**
 * The engine's tests must pass when a municipality replaces content/ and
 * planverk.config.ts (`npm run test:replaced-content` proves it, slowly):
 * this guard finds the usual ways a test comes to depend on the example site
 * (importing the root config, reading the root content/) in a second.
 * Tests of the example site itself belong in tests/examples.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TESTS = path.resolve(import.meta.dirname, '../..');
const ENGINE_DIRS = ['unit', 'integration', 'e2e', 'helpers'];

/**
 * What ties a test to the example site: the root config, content/ under the
 * repository root, or a child process (the CLI, Astro) started in the root,
 * which reads the root config (start it in a `fixtureProject` instead).
 */
const EXAMPLE_SITE = [
  /\bcwd:\s*ROOT\b/,
  /from\s+'(?:\.\.\/)+planverk\.config\.ts'/,
  /import\(\s*'(?:\.\.\/)+planverk\.config\.ts'\s*\)/,
  /\b(?:ROOT|repo),\s*'content'/,
  /'(?:\.\.\/)+content'/,
];

/**
 * The Debian tools that `.ci/run` installs (poppler, qpdf, LibreOffice,
 * unzip): `npm test` must pass without them, so a test starts one only as a
 * cross-check (`crossCheck` in tests/helpers/system-tools.ts: skipped where
 * missing, required under CI=true). A file that names one as a command, or
 * uses the poppler helper, must use crossCheck.
 */
const SYSTEM_TOOL =
  /['"](?:pdftotext|pdfinfo|pdffonts|pdftoppm|pdfimages|pdftohtml|qpdf|soffice|libreoffice|unzip)['"]|helpers\/poppler\.ts/;
const TOOL_HELPERS = ['helpers/system-tools.ts', 'helpers/poppler.ts'];

async function testFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of ENGINE_DIRS) {
    for (const entry of await readdir(path.join(TESTS, dir), { recursive: true })) {
      if (entry.endsWith('.ts') && path.basename(entry) !== 'engine-tests-use-fixtures.test.ts')
        files.push(path.join(dir, entry));
    }
  }
  return files;
}

describe('engine tests use fixtures, not the example site', () => {
  it('never import planverk.config.ts from the root or read the root content/', async () => {
    const offenders: string[] = [];
    for (const file of await testFiles()) {
      const text = await readFile(path.join(TESTS, file), 'utf8');
      for (const pattern of EXAMPLE_SITE) {
        if (pattern.test(text)) offenders.push(`tests/${file}: ${pattern.source}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('start poppler, qpdf, LibreOffice or unzip only as a cross-check', async () => {
    const offenders: string[] = [];
    for (const file of await testFiles()) {
      if (TOOL_HELPERS.includes(file)) continue;
      const text = await readFile(path.join(TESTS, file), 'utf8');
      if (SYSTEM_TOOL.test(text) && !/\bcrossCheck\(/.test(text)) offenders.push(`tests/${file}`);
    }
    expect(offenders).toEqual([]);
    expect(SYSTEM_TOOL.test("execFileSync('pdftotext', [file, '-'])")).toBe(true);
    expect(SYSTEM_TOOL.test("import { pdfInfo } from '../helpers/poppler.ts';")).toBe(true);
    expect(SYSTEM_TOOL.test("import { pdfText } from '../helpers/pdf-read.ts';")).toBe(false);
  });

  it('would catch the root config and the root content/', () => {
    expect(EXAMPLE_SITE.some((p) => p.test("import config from '../../planverk.config.ts';"))).toBe(
      true,
    );
    expect(EXAMPLE_SITE.some((p) => p.test("path.join(ROOT, 'content')"))).toBe(true);
    expect(EXAMPLE_SITE.some((p) => p.test('spawn(node, args, { cwd: ROOT, env })'))).toBe(true);
    expect(EXAMPLE_SITE.some((p) => p.test("join(repo, 'content', `${id}.md`)"))).toBe(true);
    expect(
      EXAMPLE_SITE.some((p) =>
        p.test("import config from '../fixtures/config/planverk.config.ts';"),
      ),
    ).toBe(false);
  });
});
