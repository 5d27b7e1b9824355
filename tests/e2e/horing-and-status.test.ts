/**
 * A fixture site (tests/fixtures/site/horing) built once: three documents on
 * høring (an e-mail address, a form, none) and an orientering and a notat
 * «lagt fram». Checks what a citizen sees: the front page's høring box with
 * every deadline and how to respond, the banner, the PDF notice, the data,
 * and one status label from page to search filter to feed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { E2E_DIR, ROOT, runBuild, type BuildRun } from './helpers/build.ts';
import { pdfText } from '../helpers/pdf-read.ts';

const CONTENT = path.join(ROOT, 'tests/fixtures/site/horing/content');
const EMAIL_DOC = '/dokument/tysnes/skulebruksplan-pa-hoyring/';
const FORM_DOC = '/dokument/tysnes/trafikksikkerhetsplan-pa-horing/';
const ORIENTERING = '/dokument/tysnes/orientering-om-okonomien/';
const NOTAT = '/dokument/tysnes/notat-om-velferdsteknologi/';

let run: BuildRun;
beforeAll(async () => {
  run = await runBuild({
    content: CONTENT,
    out: path.join(E2E_DIR, 'horing'),
    env: { PLANVERK_TODAY: '2025-04-01', PLANVERK_PDF_PARALLEL: '1' },
  });
  if (run.code !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
});

const page = async (url: string) =>
  fromHtml(await readFile(path.join(run.outDir, url, 'index.html'), 'utf8'));
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Elements below `root` that `test` accepts, in document order. */
function all(root: Root | Element, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  visit(root, 'element', (el: Element) => void (test(el) && out.push(el)));
  return out;
}
const hasClass = (name: string) => (el: Element) =>
  (el.properties['className'] as string[] | undefined)?.includes(name) ?? false;
const tag = (name: string) => (el: Element) => el.tagName === name;
const one = (root: Root | Element, test: (el: Element) => boolean): Element => {
  const found = all(root, test)[0];
  if (!found) throw new Error('element not found');
  return found;
};
const words = (el: Element) => text(toText(el));

describe('høring', () => {
  it('lists every open høring on the front page with its deadline and how to respond', async () => {
    const front = await page('/');
    const box = one(
      front,
      (el) =>
        el.tagName === 'section' &&
        all(el, (h) => h.properties['id'] === 'pv_consultation').length > 0,
    );
    const items = all(box, tag('li')).map((li) => {
      const respond = one(li, hasClass('doc-list__respond'));
      return {
        title: words(one(li, tag('a'))),
        deadline: one(one(li, hasClass('doc-list__deadline')), tag('time')).properties['dateTime'],
        respond: words(respond),
        link: all(respond, tag('a'))[0]?.properties['href'],
      };
    });
    expect(items).toEqual([
      {
        title: 'Kulturplan for Tysnes',
        deadline: '2025-04-15',
        respond: 'Send høyringssvaret ditt til Tysnes kommune innan fristen, på e-post eller brev.',
        link: undefined,
      },
      {
        title: 'Skulebruksplan for Tysnes 2025–2035',
        deadline: '2025-04-30',
        respond:
          'Send høyringssvaret ditt på e-post til postmottak@tysnes.kommune.no innan fristen. Merk svaret med saksnummer 25/112.',
        link: 'mailto:postmottak@tysnes.kommune.no',
      },
      {
        title: 'Trafikksikkerhetsplan for Tysnes',
        deadline: '2025-05-02',
        respond: 'Svar på høyringa i skjemaet for høyringssvar innan fristen.',
        link: 'https://skjema.tysnes.kommune.no/horing/trafikk',
      },
    ]);
  });

  it('says how to respond in the banner, in the document’s målform', async () => {
    const banner = one(await page(FORM_DOC), hasClass('banner'));
    expect(words(banner)).toBe(
      'Dokumentet er på høring. Høringsfristen er 2. mai 2025. Svar på høringen i skjemaet for høringssvar innen fristen.',
    );
    expect(one(one(await page(EMAIL_DOC), hasClass('banner')), tag('a')).properties['href']).toBe(
      'mailto:postmottak@tysnes.kommune.no',
    );
  });

  it('names the form’s address in the PDF', async () => {
    const pdf = text(
      await pdfText(path.join(run.outDir, FORM_DOC, 'trafikksikkerhetsplan-pa-horing.pdf'), 1, 1),
    );
    expect(pdf).toContain(
      'Svar på høringen i skjemaet for høringssvar (https://skjema.tysnes.kommune.no/horing/trafikk) innen fristen.',
    );
  });

  it('puts høringssvar in dokument.json', async () => {
    const data = JSON.parse(
      await readFile(path.join(run.outDir, 'data/dokument.json'), 'utf8'),
    ) as {
      dokument: { url: string; horingssvar?: unknown; status: string; statusTekst: string }[];
    };
    const byUrl = new Map(data.dokument.map((d) => [d.url, d]));
    expect(byUrl.get(EMAIL_DOC)?.horingssvar).toEqual({
      type: 'epost',
      epost: 'postmottak@tysnes.kommune.no',
    });
    expect(byUrl.get(FORM_DOC)?.horingssvar).toEqual({
      type: 'skjema',
      url: 'https://skjema.tysnes.kommune.no/horing/trafikk',
    });
    expect([byUrl.get(ORIENTERING)?.statusTekst, byUrl.get(NOTAT)?.statusTekst]).toEqual([
      'Lagt fram',
      'Lagt fram',
    ]);
  });
});

describe('lagt fram', () => {
  it('labels an orientering and a notat «Lagt fram» on the page, in the search filter and in the feed', async () => {
    const search = await page('/sok/');
    const values = (
      JSON.parse(
        String(one(search, (el) => el.properties['id'] === 'pv_search').properties['dataWords']),
      ) as {
        values: Record<string, string>;
      }
    ).values;
    const feed = await readFile(path.join(run.outDir, 'feed.xml'), 'utf8');
    for (const url of [ORIENTERING, NOTAT]) {
      const tree = await page(url);
      const meta = one(tree, hasClass('doc-meta'));
      const dts = all(meta, tag('dt'));
      const dd = all(meta, tag('dd'))[dts.findIndex((d) => words(d) === 'Status')];
      const filter = one(tree, (el) => el.properties['dataPagefindFilter'] === 'status');
      expect([dd && words(dd), values[words(filter)]], url).toEqual(['Lagt fram', 'Lagt fram']);
    }
    expect(feed.match(/<category term="lagt-fram" label="Lagt fram"\/>/g)).toHaveLength(2);
  });
});
