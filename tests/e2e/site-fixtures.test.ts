/**
 * A fixture site (tests/fixtures/site/basic) built for production and as a
 * preview: unsafe HTML is removed while Word's sup/sub/u stay, a draft leaves
 * no trace in dist/, transliterated URLs work, and the chrome is marked with
 * its own lang on a page in the other målform.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/lib/server/static-server.ts';
import { E2E_DIR, listFiles, ROOT, runBuild, sharedBuild, type BuildRun } from './helpers/build.ts';

const CONTENT = path.join(ROOT, 'tests/fixtures/site/basic/content');
const MARKER = 'PVDRAFTMARKER7Q3';
const UNSAFE_PAGE = '/dokument/tysnes/farleg-html-i-saksframlegg/';
const NB_PAGE = '/dokument/tysnes/hoyring-om-bibliotekplan/';
const ATTACHMENT = `${UNSAFE_PAGE}okonomirapport-forste-tertial-2020.pdf`;
const PLAN_PAGE = '/dokument/tysnes/bibliotekplan-2025-2026/';

let prod: BuildRun;
let preview: BuildRun;
let server: StaticServer;

beforeAll(async () => {
  // The production build is shared with publish-crash.test.ts (made once per
  // run; both only read it), built as a clerk's shell would (Vitest's DEV=1
  // and MODE=test left out).
  prod = await sharedBuild({
    content: [CONTENT],
    env: { DEV: '', PROD: '1', MODE: 'production', NODE_ENV: 'production' },
  });
  preview = await runBuild({
    content: CONTENT,
    out: path.join(E2E_DIR, 'basic-preview'),
    preview: true,
  });
  for (const run of [prod, preview]) {
    if (run.code !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
  }
  server = await serveStatic(prod.outDir);
});

afterAll(async () => {
  await server?.close();
});

const html = async (run: BuildRun, url: string) =>
  readFile(path.join(run.outDir, url, 'index.html'), 'utf8');

/** The text of a file, decompressed when it is gzip or brotli. */
async function readDecompressed(file: string): Promise<string> {
  const bytes = await readFile(file);
  if (file.endsWith('.gz')) return gunzipSync(bytes).toString('utf8');
  if (file.endsWith('.br')) return brotliDecompressSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

describe('unsafe HTML in a document', () => {
  it('leaves no script, event handler, javascript: URL, iframe or style attribute', async () => {
    const page = await html(prod, UNSAFE_PAGE);
    // The site's own scripts are bundled module files (the header menu's);
    // nothing else, nothing inline.
    const own = /<script type="module" src="\/_astro\/[\w.-]+\.js"><\/script>/g;
    expect(page.match(own)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(page.replace(own, '')).not.toMatch(/<script/i);
    expect(page).not.toMatch(/\son\w+\s*=/i);
    expect(page).not.toMatch(/javascript:/i);
    expect(page).not.toMatch(/<iframe/i);
    expect(page).not.toMatch(/\sstyle\s*=/i);
    expect(page).not.toContain('planverkXss');
  });

  it('keeps sup, sub, u and the safe text around them', async () => {
    const page = await html(prod, UNSAFE_PAGE);
    expect(page).toContain('m<sup>3</sup>');
    expect(page).toContain('CO<sub>2</sub>');
    expect(page).toContain('<u>understreka</u>');
    expect(page).toContain('Raud tekst utan farge.');
    expect(page).toMatch(
      /<a href="https:\/\/www\.regjeringen\.no\/"[^>]*class="external"|class="external"[^>]*href="https:\/\/www\.regjeringen\.no\/"/,
    );
  });
});

describe('drafts', () => {
  it('leave no trace in a production build, not even compressed', async () => {
    const files = await listFiles(prod.outDir);
    const archives = files.filter((f) => /\.(zip|tar|tgz|7z|zst)$/.test(f));
    expect(archives, 'unexpected archive formats: teach this test to open them').toEqual([]);
    const leaks: string[] = [];
    for (const file of files) {
      if ((await readDecompressed(path.join(prod.outDir, file))).includes(MARKER)) leaks.push(file);
    }
    expect(leaks).toEqual([]);
    expect(files.some((f) => f.includes('utkast'))).toBe(false);
  });

  it('show in a preview build, marked as drafts', async () => {
    const page = await html(preview, '/dokument/tysnes/utkast-skuleplan/');
    expect(page).toContain(MARKER);
    expect(page).toContain('Utkast – ikkje publisert');
    expect(
      await readFile(
        path.join(preview.outDir, 'dokument/tysnes/utkast-skuleplan/utkast-vedlegg.txt'),
        'utf8',
      ),
    ).toContain(MARKER);
  });
});

describe('URLs from file names with spaces and æøå', () => {
  it('serve the page and the attachment under transliterated names', async () => {
    for (const url of [UNSAFE_PAGE, NB_PAGE, ATTACHMENT]) {
      const response = await fetch(server.url + url);
      expect(response.status, url).toBe(200);
    }
    const original = await readFile(
      path.join(CONTENT, 'tysnes/vedlegg/Økonomirapport første tertial 2020.pdf'),
    );
    const served = Buffer.from(await (await fetch(server.url + ATTACHMENT)).arrayBuffer());
    expect(served.equals(original)).toBe(true);
    expect(await html(prod, UNSAFE_PAGE)).toContain(`href="${ATTACHMENT}"`);
    expect(await html(prod, UNSAFE_PAGE)).toMatch(/PDF, \d+\u00a0B/);
  });
});

describe('målform', () => {
  it('sets lang on <html> from the document and marks the nynorsk chrome', async () => {
    const page = await html(prod, NB_PAGE);
    expect(page).toMatch(/<html lang="nb"/);
    expect(page).toMatch(/<header class="site-header" lang="nn"/);
    expect(page).toContain('Høringsfristen er 31. desember 2099.');
    const front = await readFile(path.join(prod.outDir, 'index.html'), 'utf8');
    expect(front).toMatch(/<html lang="nn"/);
    expect(front).toContain('På høyring no');
    expect(front).toContain('Høring om bibliotekplan for Tysnes');
  });

  it('writes the manifest without drafts', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(prod.outDir, 'data/dokument.json'), 'utf8'),
    ) as {
      dokument: Record<string, unknown>[];
    };
    expect(manifest.dokument.map((d) => d['url']).sort()).toEqual(
      [NB_PAGE, UNSAFE_PAGE, PLAN_PAGE].sort(),
    );
    expect(manifest.dokument[0]).toHaveProperty('tittel');
  });
});

/** The element with this id in a page, or a failed expectation. */
function byId(tree: Root, id: string): Element {
  let found: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.properties['id'] === id) found = node;
  });
  expect(found, `#${id}`).toBeDefined();
  return found as Element;
}

/** The cells of a table row, as text with spaces normalised. */
function cells(row: Element): string[] {
  return row.children
    .filter((c): c is Element => c.type === 'element' && c.tagName === 'td')
    .map((c) => toText(c).replace(/\s+/g, ' ').trim());
}

describe('a dated status update', () => {
  it('changes the status the document page shows and keeps the adopted one as history', async () => {
    const tree = fromHtml(await html(prod, PLAN_PAGE));
    // Adopted as «planlagt»; statusoppdateringar/bibliotek-2025.yaml says «fullført» on 26.09.2025.
    const [action, , , status] = cells(byId(tree, 'tiltak-meirope-bibliotek'));
    expect(status).toBe('Fullført per 26. september 2025');
    expect(action).toContain('Historikk');
    expect(action).toContain('13. februar 2025: Planlagt (i den vedtekne planen)');
    expect(action).toContain(
      '26. september 2025: Fullført (statusoppdatering). Meirope bibliotek opna 6. september.',
    );
    // A tiltak without updates shows the status it was adopted with, as such: no dated event.
    const [other, , , otherStatus] = cells(byId(tree, 'tiltak-lesekampanje'));
    expect(otherStatus).toBe('Pågår ved vedtak');
    expect(other).not.toContain('Historikk');
  });
});
