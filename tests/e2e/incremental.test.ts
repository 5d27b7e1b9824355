/**
 * Incremental builds (issue 11, goal 3): a rebuild keeps one cache folder
 * and renders, prints and cards again only what depends on a change. Each
 * rebuild must give every file the bytes a cold build (empty cache) of the
 * same content and code gives, and its log must say what it reused.
 * Nothing differs between a cached and a cold build: the builds carry no
 * timestamp but «today», which is frozen here. A body depends on another
 * document only through what its links look up (render-cache.ts); the unit
 * test tests/unit/check/render-deps.test.ts covers those cases one by one.
 */
import { appendFile, cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildRun, E2E_DIR, hashFiles, runBuild } from './helpers/build.ts';
import { fixtureProject, OTHER_MUNICIPALITY } from '../helpers/project.ts';

const BASE = path.join(E2E_DIR, 'incremental');
const CONTENT = path.join(BASE, 'content');
const NOTE = 'voss/notat-om-vassforsyning';
const STRATEGY = 'roros/klimastrategi-2025-2030';
const PLAN = 'roros/handlingsplan-klima-2025';
/** Links to a heading of NOTE that it does not have yet (a warning until the edit below adds it). */
const CASE = 'voss/saksframlegg-ny-brannstasjon';
/** Links to NOTE's page without an anchor: NOTE's headings are nothing its body reads. */
const SPORT = 'voss/kommunedelplan-idrett-2026';
const ANCHOR_WARNING = /saksframlegg-ny-brannstasjon\.md:\d+:\d+\s+warning\s.*nytt-avsnitt/;

let project: string;
let builds = 0;
/** Where the incremental builds publish: one output, so a rebuild with nothing changed is up to date. */
const OUT = path.join(BASE, 'out');
const UP_TO_DATE = /up to date: nothing changed since the last build/;

/**
 * A build of CONTENT: `incremental` publishes to OUT with the kept cache;
 * `cold` to an output and an empty cache of its own (the reference).
 */
async function build(
  kind: 'incremental' | 'cold',
  extra: { force?: boolean; today?: string } = {},
): Promise<BuildRun> {
  builds += 1;
  const cache = kind === 'incremental' ? 'cache' : `cache-cold-${builds}`;
  const run = await runBuild({
    content: CONTENT,
    out: kind === 'incremental' ? OUT : path.join(BASE, `out-cold-${builds}`),
    env: {
      PLANVERK_CACHE_DIR: path.join(BASE, cache),
      PLANVERK_PDF_PARALLEL: '1',
      PLANVERK_TODAY: extra.today ?? '2026-03-02',
      CI: 'true',
    },
    project,
    force: extra.force ?? false,
  });
  if (run.code !== 0) throw new Error(`${kind} build failed:\n${run.stdout}\n${run.stderr}`);
  return run;
}

/** The incremental rebuild, which must not stop as up to date, and the bytes it published. */
async function rebuild(): Promise<{ run: BuildRun; tree: object }> {
  const run = await build('incremental');
  expect(run.stdout).not.toMatch(UP_TO_DATE);
  return { run, tree: await hashFiles(run.outDir) };
}

/** The incremental rebuild and a cold build of the same inputs. */
async function rebuildAndCold(): Promise<{ run: BuildRun; tree: object; cold: object }> {
  const { run, tree } = await rebuild();
  const cold = await build('cold');
  return { run, tree, cold: await hashFiles(cold.outDir) };
}

/** What a log line says was rendered: `pages: 2 documents rendered (a, b), 3 from the cache`. */
function tally(stdout: string, what: 'bodies' | 'pages') {
  const line =
    what === 'bodies'
      ? /content: (\d+) bod(?:y|ies) rendered(?: \(([^)]*)\))?, (\d+) from the cache/.exec(stdout)
      : /pages: (\d+) documents? rendered(?: \(([^)]*)\))?, (\d+) from the cache/.exec(stdout);
  if (!line) throw new Error(`no ${what} line in:\n${stdout}`);
  return {
    rendered: Number(line[1]),
    ids: line[2] ? line[2].split(', ').sort() : [],
    cached: Number(line[3]),
  };
}

function listed(stdout: string, what: 'bodies' | 'pages'): string[] {
  return tally(stdout, what).ids;
}

function printed(stdout: string): number {
  const match = /pdf: (\d+) printed, (\d+) from cache/.exec(stdout);
  if (!match) throw new Error(`no pdf line in:\n${stdout}`);
  return Number(match[1]);
}

let first: BuildRun;
let firstTree: Record<string, string>;
/** Documents on the site (pages) and read (bodies: drafts are rendered too, as a check does). */
let pages: number;
let bodies: number;

/** The content warnings a build printed (the checker's lines), without the log prefix. */
const warnings = (run: BuildRun) =>
  run.stderr
    .split('\n')
    .filter((line) => /^\s+\S.*:\d+:\d+\s+warning\s/.test(line))
    .join('\n');

beforeAll(async () => {
  await rm(BASE, { recursive: true, force: true });
  project = await fixtureProject('incremental', OTHER_MUNICIPALITY);
  await cp(path.join(OTHER_MUNICIPALITY, 'content'), CONTENT, { recursive: true });
  // A stray file no document uses: a content warning an up-to-date build must print again.
  await writeFile(
    path.join(CONTENT, 'voss/gloymt-notat.txt'),
    'Eit notat ingen dokument viser til.\n',
  );
  await appendFile(
    path.join(CONTENT, `${CASE}.md`),
    '\nSjå òg [det nye avsnittet i notatet](notat-om-vassforsyning.md#nytt-avsnitt).\n',
  );
  await appendFile(
    path.join(CONTENT, `${SPORT}.md`),
    '\nBakgrunnen står i [notatet om vassforsyning](notat-om-vassforsyning.md).\n',
  );
  first = await build('incremental');
  firstTree = await hashFiles(first.outDir);
  const firstPages = tally(first.stdout, 'pages');
  const firstBodies = tally(first.stdout, 'bodies');
  expect(firstPages.cached + firstBodies.cached).toBe(0);
  pages = firstPages.rendered;
  bodies = firstBodies.rendered;
}, 600_000);

// The tests run in order on one content folder and one output (OUT): each
// starts from what the one before published.
describe('incremental build', () => {
  it('renders everything on an empty cache', () => {
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(bodies).toBeGreaterThan(pages);
    expect(warnings(first)).toMatch(/gloymt-notat\.txt:1:1\s+warning\s/);
    expect(warnings(first)).toMatch(ANCHOR_WARNING);
  });

  it('with --force and nothing changed, builds and reuses every body, page, PDF and card, with the same bytes', async () => {
    const again = await build('incremental', { force: true });
    expect(again.stdout).not.toMatch(UP_TO_DATE);
    expect(tally(again.stdout, 'bodies')).toEqual({ rendered: 0, ids: [], cached: bodies });
    expect(tally(again.stdout, 'pages')).toEqual({ rendered: 0, ids: [], cached: pages });
    expect(printed(again.stdout)).toBe(0);
    // No progress lines either: nothing was printed.
    expect(again.stdout).not.toMatch(/pdf \d+\/\d+ /);
    expect(again.stdout).toContain(`(0 rendered, ${pages} from cache)`);
    expect(await hashFiles(again.outDir)).toEqual(firstTree);
  }, 600_000);

  it('without --force and nothing changed, stops early with the same warnings and leaves the output as published; a file changed by hand makes a full build that puts it back', async () => {
    const same = await build('incremental');
    expect(same.stdout).toMatch(UP_TO_DATE);
    expect(same.stdout).not.toMatch(/step pdf|astro:/);
    expect(warnings(same)).toEqual(warnings(first));
    expect(await hashFiles(OUT)).toEqual(firstTree);

    await writeFile(path.join(OUT, 'index.html'), '<p>endra for hand</p>');
    const repaired = await build('incremental');
    expect(repaired.stdout).not.toMatch(UP_TO_DATE);
    expect(await hashFiles(OUT)).toEqual(firstTree);
  }, 900_000);

  // Only the last of the three rebuilds below (edit, stylesheet, rename) is
  // compared with a cold build (each is a full build): what a rebuild
  // published and cached is the next one's starting point, and the next one
  // renders and prints again only what its own change touches, so a wrong
  // byte an earlier rebuild left (a page, a PDF, a card, a search entry) is
  // still there when the rename's rebuild is compared with a cold build of
  // the content as it then is.
  it('renders and prints only an edited document again, and renders the bodies whose links read its headings', async () => {
    const file = path.join(CONTENT, `${NOTE}.md`);
    await appendFile(
      file,
      '\n## Nytt avsnitt\n\nEin ny avsnitt om vassforsyninga, lagt til i testen.\n',
    );
    const { run, tree } = await rebuild();
    // CASE's link to the new heading now resolves (its warning is gone); SPORT's link reads no heading.
    expect(listed(run.stdout, 'bodies')).toEqual([CASE, NOTE].sort());
    expect(listed(run.stdout, 'pages')).toEqual([CASE, NOTE].sort());
    expect(warnings(run)).not.toMatch(ANCHOR_WARNING);
    // CASE's print page has the same bytes (the link's address did not change): its PDF is kept.
    expect(printed(run.stdout)).toBe(1);
    expect(tree).not.toEqual(firstTree);
  }, 900_000);

  it('renders every page again when a stylesheet of the engine changes', async () => {
    const before = await hashFiles(OUT);
    // A rule the minifier keeps: the bundled CSS, and so every page's link to it, changes.
    await appendFile(
      path.join(project, 'src/styles/document.css'),
      '\n.pv-incremental-test { outline: 1px solid #123456; }\n',
    );
    const { run, tree } = await rebuild();
    expect(tally(run.stdout, 'bodies')).toMatchObject({ rendered: bodies, cached: 0 });
    expect(tally(run.stdout, 'pages')).toMatchObject({ rendered: pages, cached: 0 });
    // The PDFs whose print page and files are unchanged (this stylesheet is
    // the screen's) come from the cache; the next test's cold build checks them.
    expect(tree).not.toEqual(before);
  }, 900_000);

  it('renders the pages that show a renamed document again, and with the edit and the stylesheet before it gives what a cold build gives', async () => {
    const file = path.join(CONTENT, `${STRATEGY}.md`);
    const text = await readFile(file, 'utf8');
    const renamed = text.replace(
      'tittel: Klimastrategi for Røros 2025–2030',
      'tittel: Klimastrategi for Røros 2025–2031',
    );
    expect(renamed).not.toBe(text);
    await writeFile(file, renamed);
    const { run, tree, cold } = await rebuildAndCold();
    // The handlingsplan shows the strategy's title (relatert, strategi); its body does not.
    expect(listed(run.stdout, 'bodies')).toEqual([STRATEGY]);
    expect(listed(run.stdout, 'pages')).toEqual([PLAN, STRATEGY].sort());
    expect(printed(run.stdout)).toBeLessThanOrEqual(2);
    expect(tree).toEqual(cold);
  }, 900_000);

  it('builds when only «today» changed (a høring may have closed)', async () => {
    const before = await hashFiles(OUT);
    expect((await build('incremental')).stdout).toMatch(UP_TO_DATE);
    expect(await hashFiles(OUT)).toEqual(before);
    expect((await build('incremental', { today: '2026-03-03' })).stdout).not.toMatch(UP_TO_DATE);
  }, 900_000);
});
