/**
 * Decisions and action plans as data (issue 6), checked on a production
 * build of tests/fixtures/data/frozen-examples/content (a frozen copy of the example content
 * as it was when these tests were written, so content/ can change freely): tiltak overview, CSV and JSON agree on every
 * status; status updates win and show up as history; the register lists
 * every vedtak; the JSON validates against its schema; the CSV survives
 * LibreOffice; feed and sitemap are XML without drafts; cards exist; axe is
 * clean on the new pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/data/csv.ts';
import { launchChromium } from '../../src/lib/browser/chromium.ts';
import { serveStatic, type StaticServer } from '../../src/lib/server/static-server.ts';
import { axeCheck } from '../helpers/axe.ts';
import { crossCheck, lacks, LIBREOFFICE, UNZIP } from '../helpers/system-tools.ts';
import { E2E_DIR, ROOT, runBuild, type BuildRun } from './helpers/build.ts';

interface Tiltak {
  id: string;
  status: string;
  statusIDokumentet?: string;
  historikk: { dato: string; status: string; kilde: string }[];
}
interface Row {
  id: string;
  tittel: string;
  status: string;
  url: string;
  bilde?: string;
  handlingsplan?: Tiltak[];
  vedtak?: unknown[];
  innstilling?: unknown;
}

const DRAFT_ID = 'tysnes/notat-om-velferdsteknologi-på-omsorgssenteret';
const DRAFT_TITLE = 'Erfaringar med velferdsteknologi på Tysnes omsorgssenter';
let build: BuildRun;
let rows: Row[];
let server: StaticServer;
let browser: Browser;
let page: Page;
const read = (file: string) => readFile(path.join(build.outDir, file), 'utf8');

/** Splits our CSV (quoted fields may hold `;`, `""` and line breaks) into rows of cells. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return out;
}

beforeAll(async () => {
  // Vitest exports NODE_ENV=test and DEV=1; a child build inheriting them
  // makes Vite/Astro report import.meta.env.DEV and render drafts (W's draft
  // gate then stops it). Build as a clerk's shell would.
  for (const key of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'NODE_ENV']) delete process.env[key];
  build = await runBuild({
    content: path.join(ROOT, 'tests/fixtures/data/frozen-examples/content'),
    out: path.join(E2E_DIR, 'data'),
  });
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);
  rows = (JSON.parse(await read('data/dokument.json')) as { dokument: Row[] }).dokument;
  server = await serveStatic(build.outDir);
  browser = await launchChromium();
  // axeCheck opens its second tab in this page's context.
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('tiltak', () => {
  it('shows every tiltak in the overview, the CSV and the JSON with the same status', async () => {
    const tiltak = rows.flatMap((r) =>
      (r.handlingsplan ?? []).map((t) => ({ key: `${r.id}#${t.id}`, status: t.status })),
    );
    expect(tiltak.length).toBeGreaterThan(5);
    await page.goto(`${server.url}/tiltak/`);
    const onPage = await page.$$eval('[data-tiltak-table] tbody tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-key'), tr.getAttribute('data-status')]),
    );
    const csv = parseCsv((await read('data/tiltak.csv')).replace(/^\uFEFF/, ''));
    const header = csv[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    const inCsv = csv
      .slice(1)
      .map((r) => [`${r[col('dokument')]}#${r[col('tiltak_id')]}`, r[col('status')]]);
    const expected = tiltak.map((t) => [t.key, t.status]).sort();
    expect([...onPage].sort()).toEqual(expected);
    expect([...inCsv].sort()).toEqual(expected);
  });

  it('lets a dated status update change the current status and keeps it in the history', async () => {
    const plan = rows.find((r) => r.id === 'ardal-laerdal/handlingsplan-for-digitalisering-2021');
    const ebyggsak = plan?.handlingsplan?.find((t) => t.id === 'ebyggsak');
    expect(ebyggsak).toMatchObject({ status: 'fullfort', statusIDokumentet: 'planlagt' });
    expect(ebyggsak?.historikk.map((h) => [h.dato, h.status, h.kilde])).toEqual([
      ['2020-12-10', 'planlagt', 'dokument'],
      ['2021-10-01', 'pagar', 'statusoppdatering'],
      ['2022-03-15', 'fullfort', 'statusoppdatering'],
    ]);
    await page.goto(`${server.url}/tiltak/`);
    const row = page.locator(
      'tr[data-key="ardal-laerdal/handlingsplan-for-digitalisering-2021#ebyggsak"]',
    );
    expect(await row.getAttribute('data-status')).toBe('fullfort');
    const history = await row.locator('.tiltak-history li').allTextContents();
    expect(history.map((h) => h.replace(/\s+/g, ' '))).toEqual([
      expect.stringContaining('10. desember 2020: Planlagt'),
      expect.stringContaining('1. oktober 2021: Pågår'),
      expect.stringContaining('15. mars 2022: Fullført'),
    ]);
    const report = await read(
      'rapport/ardal-laerdal/felles-digitaliseringstrategi-2020-2025/index.html',
    );
    expect(report).toContain('eByggsak er i bruk i begge kommunane.');
  });

  it('has a filter page per status that lists exactly those tiltak, without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${server.url}/tiltak/`);
    await p.click('nav[aria-label="Status"] >> text=Pågår');
    // A click does not wait for the navigation it starts (Playwright's click
    // returns once the mouse events are sent): wait for the page to load
    // before reading it; on any other URL this times out.
    await p.waitForURL(`${server.url}/tiltak/status/pagar/`);
    expect(p.url()).toBe(`${server.url}/tiltak/status/pagar/`);
    const statuses = await p.$$eval('[data-tiltak-table] tbody tr', (trs) =>
      trs.map((tr) => tr.getAttribute('data-status')),
    );
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['pagar']));
    await ctx.close();
  });
});

describe('vedtak register', () => {
  it('lists every vedtak and innstilling, newest first, in the page and the CSV', async () => {
    const expected = rows.reduce(
      (n, r) => n + (r.vedtak?.length ?? 0) + (r.innstilling ? 1 : 0),
      0,
    );
    await page.goto(`${server.url}/vedtak/`);
    const dates = await page.$$eval('[data-vedtak-table] tbody tr time', (ts) =>
      ts.map((t) => t.getAttribute('datetime') ?? ''),
    );
    expect(dates).toHaveLength(expected);
    expect([...dates].sort().reverse()).toEqual(dates);
    const csv = parseCsv((await read('data/vedtak.csv')).replace(/^\uFEFF/, ''));
    expect(csv).toHaveLength(expected + 1);
  });
});

describe('open data', () => {
  it('validates dokument.json against the published JSON Schema', async () => {
    const schema = JSON.parse(await read('data/dokument.schema.json')) as Record<string, unknown>;
    const validate = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(
      schema,
    );
    const valid = validate(JSON.parse(await read('data/dokument.json')));
    expect(valid, JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(
      rows.every((r) => r.bilde === `/bilde/${r.url.replace(/^\/dokument\/|\/$/g, '')}.png`),
    ).toBe(true);
  });

  it.skipIf(lacks(LIBREOFFICE, UNZIP))(
    crossCheck(
      'writes a CSV that LibreOffice opens with æøå intact and numbers as numbers',
      LIBREOFFICE,
      UNZIP,
    ),
    async () => {
      const dir = path.join(E2E_DIR, 'data-xlsx');
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      // Headless LibreOffice shows no import dialog, so the filter options stand
      // in for what a person confirms there: `;` (59), `"` (34), UTF-8 (76),
      // start at line 1, Norwegian (1044) number recognition for decimal commas.
      const infilter = '--infilter=CSV:59,34,76,1,,1044';
      execFileSync(
        'libreoffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          infilter,
          '--convert-to',
          'xlsx',
          '--outdir',
          dir,
          path.join(build.outDir, 'data/tiltak.csv'),
        ],
        { stdio: 'pipe', timeout: 120_000 },
      );
      const xlsx = path.join(dir, 'tiltak.xlsx');
      expect(existsSync(xlsx)).toBe(true);
      const strings = execFileSync('unzip', ['-p', xlsx, 'xl/sharedStrings.xml']).toString('utf8');
      const sheet = execFileSync('unzip', ['-p', xlsx, 'xl/worksheets/sheet1.xml']).toString(
        'utf8',
      );
      expect(strings).toContain('satsingsområde');
      expect(strings).toContain('Rådmannen i Lærdal');
      expect(strings).toContain('Ta i bruk SvarUT og digital postkasse i alle einingar i Lærdal.');
      // One column per header (the `;` was understood) and kostnad 57060 as a number cell, not a string.
      expect(sheet).toMatch(/<c r="T1"/);
      const kostnad = /<c r="O\d+"(?: s="\d+")?(?: t="n")?><v>57060<\/v><\/c>/.exec(sheet);
      expect(kostnad, 'kostnad 57060 as a numeric cell in column O').not.toBeNull();
      // The example content has no decimals: check a decimal comma and Sámi letters with the same writer.
      await writeFile(
        path.join(dir, 'desimal.csv'),
        toCsv(
          [{ t: 'Sámi: ŋ š đ ŧ ž č; «æøå»', n: 120000.5 }],
          [
            { header: 'tekst', value: (r) => r.t },
            { header: 'kostnad', value: (r) => r.n },
          ],
        ),
      );
      execFileSync(
        'libreoffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          infilter,
          '--convert-to',
          'xlsx',
          '--outdir',
          dir,
          path.join(dir, 'desimal.csv'),
        ],
        { stdio: 'pipe', timeout: 120_000 },
      );
      const decSheet = execFileSync('unzip', [
        '-p',
        path.join(dir, 'desimal.xlsx'),
        'xl/worksheets/sheet1.xml',
      ]).toString('utf8');
      expect(decSheet).toMatch(/<c r="B2"(?: s="\d+")? t="n"><v>120000\.5<\/v><\/c>/);
      expect(
        execFileSync('unzip', [
          '-p',
          path.join(dir, 'desimal.xlsx'),
          'xl/sharedStrings.xml',
        ]).toString('utf8'),
      ).toContain('Sámi: ŋ š đ ŧ ž č; «æøå»');
    },
  );
});

describe('the CSV and the literal LibreOffice command', () => {
  // Regression (review): `libreoffice --headless --convert-to xlsx tiltak.csv`
  // without import options reads the file as a single-byte charset split at
  // commas; LibreOffice 7.4 ignores the BOM and a `sep=;` line alike (tried:
  // the line becomes a cell, and Excel would then ignore the BOM). No change
  // to the file fixes it within the Excel requirements (UTF-8 with BOM, `;`),
  // so the open-data page says which options to give; this test documents
  // what the literal command does, and fails if a LibreOffice starts reading
  // the file correctly (then the page can say so).
  it.skipIf(lacks(LIBREOFFICE, UNZIP))(
    crossCheck(
      'is misread without import options, and the open-data page gives the options',
      LIBREOFFICE,
      UNZIP,
    ),
    async () => {
      const dir = path.join(E2E_DIR, 'data-xlsx-literal');
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      execFileSync(
        'libreoffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          dir,
          path.join(build.outDir, 'data/tiltak.csv'),
        ],
        { stdio: 'pipe', timeout: 120_000 },
      );
      const xlsx = path.join(dir, 'tiltak.xlsx');
      const strings = execFileSync('unzip', ['-p', xlsx, 'xl/sharedStrings.xml']).toString('utf8');
      const sheet = execFileSync('unzip', ['-p', xlsx, 'xl/worksheets/sheet1.xml']).toString(
        'utf8',
      );
      // The BOM read as three Latin-1 letters, the header row one cell (no split at `;`).
      expect(strings).toContain('ï»¿dokument;tiltak_id;tiltak;');
      expect(sheet).not.toMatch(/<c r="B1"/);
      // æøå as mojibake, and a row split at the comma inside «Årdal, Lærdal».
      expect(strings).toContain('RÃ¥dmannen i LÃ¦rdal');
      expect(strings).not.toContain('Rådmannen i Lærdal');

      const help = await read('opne-data/index.html');
      expect(help).toContain('Opne CSV-filene i eit rekneark');
      expect(help).toContain('«Unicode (UTF-8)»');
      expect(help).toContain(
        'libreoffice --headless --infilter=CSV:59,34,76,1,,1044 --convert-to xlsx tiltak.csv',
      );
    },
  );
});

describe('feeds and sitemap', () => {
  it('are well-formed XML without drafts', async () => {
    const files = ['feed.xml', 'feed/ardal.xml', 'feed/tysnes.xml', 'sitemap.xml'];
    for (const file of files) {
      const xml = await read(file);
      expect(XMLValidator.validate(xml), file).toBe(true);
      expect(xml, file).not.toContain(DRAFT_TITLE);
      expect(xml, file).not.toContain('notat-om-velferdsteknologi');
    }
    const feed = new XMLParser({ ignoreAttributes: false }).parse(await read('feed.xml')) as {
      feed: { entry: unknown[] };
    };
    expect(feed.feed.entry).toHaveLength(rows.length);
    const sitemap = await read('sitemap.xml');
    for (const url of ['/tiltak/', '/vedtak/', '/opne-data/', ...rows.map((r) => r.url)]) {
      expect(sitemap).toContain(`<loc>https://planverk.example.no${url}</loc>`);
    }
    expect(sitemap).not.toContain('404');
    expect(await read('robots.txt')).toContain('Sitemap: https://planverk.example.no/sitemap.xml');
    for (const file of ['data/tiltak.csv', 'data/vedtak.csv', 'data/dokument.json']) {
      expect(await read(file), file).not.toContain(DRAFT_TITLE);
    }
    expect(rows.some((r) => r.id === DRAFT_ID)).toBe(false);
  });

  it('dates a document with a later status update by that update (<updated>), in both feeds', async () => {
    // content/statusoppdateringar/2022-var-ardal-laerdal.yaml, 15.03.2022.
    const id =
      'https://planverk.example.no/dokument/ardal-laerdal/handlingsplan-for-digitalisering-2021/';
    for (const file of ['feed.xml', 'feed/ardal.xml']) {
      const { feed } = new XMLParser().parse(await read(file)) as {
        feed: { entry: { id: string; published: string; updated: string }[] };
      };
      const entry = feed.entry.find((e) => e.id === id);
      expect([entry?.published, entry?.updated], file).toEqual([
        '2020-12-10T00:00:00Z',
        '2022-03-15T00:00:00Z',
      ]);
    }
  });
});

describe('social cards', () => {
  it('publishes a 1200×630 card per document, named in the head', async () => {
    for (const row of rows) {
      const png = await readFile(path.join(build.outDir, row.bilde ?? 'missing'));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], row.id).toEqual([1200, 630]);
    }
    const longest = [...rows].sort((a, b) => b.tittel.length - a.tittel.length)[0] as Row;
    await page.goto(server.url + longest.url);
    const image = await page.getAttribute('meta[property="og:image"]', 'content');
    expect(image).toBe(`https://planverk.example.no${longest.bilde}`);
    expect(await page.getAttribute('meta[name="twitter:card"]', 'content')).toBe(
      'summary_large_image',
    );
    expect(
      await page.locator('link[rel="alternate"][type="application/atom+xml"]').count(),
    ).toBeGreaterThan(1);
  });
});

describe('accessibility', () => {
  const pages = [
    '/tiltak/',
    '/tiltak/status/pagar/',
    '/tiltak/ar/2021/',
    '/rapport/ardal-laerdal/felles-digitaliseringstrategi-2020-2025/',
    '/vedtak/',
    '/vedtak/ar/2018/',
    '/opne-data/',
  ];

  it('has no axe violations on the new pages at 390 px and 1280 px, and links the accessibility statement', async () => {
    const area = (await read('sitemap.xml')).match(
      /https:\/\/planverk\.example\.no(\/satsingsomrade\/[^<]+)/,
    )?.[1];
    const organ = (await read('sitemap.xml')).match(
      /https:\/\/planverk\.example\.no(\/vedtak\/organ\/[^<]+)/,
    )?.[1];
    const statement =
      'footer a[href="https://uustatus.no/nn/erklaringar/publisert/planverk-eksempel"]';
    const failures = await axeCheck(
      page,
      server.url,
      [...pages, area ?? '/missing-area/', organ ?? '/missing-organ/'],
      {
        status: (status) => status === 200,
        visit: async (tab, url) =>
          (await tab.locator(statement).count()) === 1
            ? []
            : [`${url}: no accessibility statement link in the footer`],
      },
    );
    expect(failures).toEqual([]);
  });
});

describe('site files', () => {
  it('serves the linked favicon (SVG and .ico) and publishes no notes from public/', async () => {
    await page.goto(server.url + '/');
    const icons = await page
      .locator('link[rel="icon"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(icons).toEqual(['/favicon.ico', '/favicon.svg']);
    for (const icon of icons) {
      const response = await page.request.get(server.url + (icon ?? ''));
      expect(response.status(), icon ?? '').toBe(200);
    }
    const ico = await readFile(path.join(build.outDir, 'favicon.ico'));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 3]);
    expect(existsSync(path.join(build.outDir, 'vapen', 'README.md'))).toBe(false);
  });
});
