/**
 * The PDFs are as good with the Chromium inside @sparticuz/chromium as with
 * the system's: the same fixture site printed once with each
 * (PLANVERK_CHROMIUM=system / bundled) gives PDFs with the same pages, text,
 * outline, structure tags, embedded fonts and conformance claims. A machine
 * without a system Chromium skips the comparison and says so; under CI
 * (`CI=true`, where .ci/run installs Debian's chromium) it must run.
 */
import { cp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseChromium } from '../../src/lib/browser/chromium.ts';
import {
  outlineTitles,
  pageSizes,
  pdfFonts,
  pdfInfo,
  pdfText,
  structElements,
  textKey,
} from '../helpers/pdf-read.ts';
import { fixtureProject, OTHER_MUNICIPALITY } from '../helpers/project.ts';
import {
  E2E_DIR,
  OTHER_SITE_CHROMIUM,
  otherSiteBuild,
  runBuild,
  sharedCacheDir,
  sharedContentDir,
  type BuildRun,
} from './helpers/build.ts';

async function systemChromium(): Promise<boolean> {
  try {
    await chooseChromium({ PLANVERK_CHROMIUM: 'system' });
    return true;
  } catch (error) {
    if (process.env['CI'] === 'true') {
      throw new Error(
        'CI=true but there is no system Chromium: the bundled/system comparison must run in CI ' +
          '(apt-get install chromium; .ci/run does so).',
        { cause: error },
      );
    }
    return false;
  }
}

const hasSystem = await systemChromium();
const title = hasSystem
  ? 'bundled and system Chromium print equal PDFs'
  : 'bundled and system Chromium print equal PDFs (skipped: no system Chromium installed)';

/** The official PDFs of a built site (dokument/<slug>/<last part>.pdf), relative, sorted. */
async function officialPdfs(outDir: string): Promise<string[]> {
  const files = (await readdir(path.join(outDir, 'dokument'), { recursive: true }))
    .map(String)
    .filter(
      (f) => f.endsWith('.pdf') && path.basename(f, '.pdf') === path.basename(path.dirname(f)),
    );
  return files.map((f) => path.join('dokument', f)).sort();
}

/** What a reader, a screen reader and an archive get from one PDF. */
async function essence(file: string) {
  const info = await pdfInfo(file);
  return {
    pages: (await pageSizes(file)).map(({ w, h }) => `${Math.round(w)}×${Math.round(h)}`),
    text: textKey(await pdfText(file)),
    outline: await outlineTitles(file),
    // Sorted: the tree is the same, the order of its objects in the file need not be.
    tags: (await structElements(file)).map((e) => `${e.role}${e.alt ? `[${e.alt}]` : ''}`).sort(),
    fonts: (await pdfFonts(file)).map((f) => `${f.name.replace(/^[A-Z]{6}\+/, '')}:${f.embedded}`),
    claims: [info['Title'], info['Author'], info['Subject']],
  };
}

describe.skipIf(!hasSystem)(title, () => {
  const runs: Record<'system' | 'bundled', BuildRun | undefined> = {
    system: undefined,
    bundled: undefined,
  };

  beforeAll(async () => {
    // The system Chromium's build is otherSiteBuild, shared with
    // shard.test.ts (pdf.test.ts starts from its cache); it too is made in a
    // new project, with an empty cache, so it really prints.
    expect(OTHER_SITE_CHROMIUM).toBe('system');
    runs.system = await otherSiteBuild();
    if (runs.system.code !== 0)
      throw new Error(`system build failed:\n${runs.system.stdout}\n${runs.system.stderr}`);
    // The same content folder, and the system build's pages, bodies and cards
    // (the Chromium plays no part in them), so the bundled build's work is the
    // printing; its PDF cache is empty, so it really prints every PDF (the
    // log must say so, below).
    const cache = path.join(E2E_DIR, 'parity-cache-bundled');
    await rm(cache, { recursive: true, force: true });
    for (const part of ['pages', 'render', 'social']) {
      await cp(path.join(sharedCacheDir(runs.system), part), path.join(cache, part), {
        recursive: true,
      });
    }
    runs.bundled = await runBuild({
      project: await fixtureProject('parity-bundled', OTHER_MUNICIPALITY),
      content: sharedContentDir(runs.system),
      out: path.join(E2E_DIR, 'parity-bundled'),
      env: { PLANVERK_CHROMIUM: 'bundled', PLANVERK_CACHE_DIR: cache },
    });
    if (runs.bundled.code !== 0)
      throw new Error(`bundled build failed:\n${runs.bundled.stdout}\n${runs.bundled.stderr}`);
  });

  it('names the Chromium it printed with in the log', () => {
    expect(runs.system?.stdout).toMatch(/pdf: printing with Chromium [\d.]+ \(system/);
    expect(runs.bundled?.stdout).toMatch(/pdf: printing with Chromium [\d.]+ \(bundled/);
  });

  it('prints every PDF with each Chromium, none from a cache', async () => {
    const files = await officialPdfs(runs.system?.outDir ?? '');
    for (const run of [runs.system, runs.bundled])
      expect(run?.stdout).toContain(`pdf: ${files.length} printed, 0 from cache`);
  });

  it('gives the same PDFs, page for page, tag for tag', async () => {
    const system = runs.system?.outDir ?? '';
    const bundled = runs.bundled?.outDir ?? '';
    const files = await officialPdfs(system);
    expect(files.length).toBeGreaterThan(0);
    expect(await officialPdfs(bundled)).toEqual(files);
    for (const file of files) {
      const a = await essence(path.join(system, file));
      const b = await essence(path.join(bundled, file));
      expect(b, file).toEqual(a);
      expect(a.tags.length, `${file} is tagged`).toBeGreaterThan(0);
      expect(
        a.fonts.every((f) => f.endsWith(':true')),
        `${file} embeds every font`,
      ).toBe(true);
    }
  });
});
