/**
 * Nothing an author puts in content/ may run on the site: every vedlegg and
 * every file a body links to or shows must be of a type that is safe to
 * serve from the site's origin, hold what its name says, and (SVG) be only a
 * drawing; no two files may share an address. One fixture folder per case
 * under tests/fixtures/files/, checked in-process through validateContent
 * (what both `npm run check` and the build run); the wording is snapshotted.
 * tests/e2e/hostile-files.test.ts runs the real CLI and build on the same folders.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../fixtures/config/planverk.config.ts';
import { validateContent } from '../../../src/lib/check/validate-content.ts';
import { formatProblems, type Problem } from '../../../src/lib/model/problems.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/files');

const validate = (root: string) => validateContent({ root, includeDrafts: false, config });
/** `file:line rule` of every error, in order. */
const errors = (problems: readonly Problem[]): string[] =>
  problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.ruleId}`);

// Words only one målform uses, to tell that a message follows the document's.
const NN = /\b(?:ikkje|ei|eit|ho|inneheld|berre|teikning|nettstaden|publiserast)\b/;
const NB = /\b(?:ikke|en|et|den|inneholder|bare|tegning|nettstedet|publiseres)\b/;

const REJECTED: {
  fixture: string;
  problem: string;
  malform: 'nb' | 'nn';
  errors: string[];
  mentions?: string[];
}[] = [
  {
    fixture: 'vedlegg-farleg-type',
    problem:
      'vedlegg of types that run in a browser: .html (index.html), .xhtml, .js, .xml, none, .pdf.html, .svgz',
    malform: 'nn',
    errors: [9, 11, 13, 15, 17, 19, 21].map((line) => `content/sak/sak.md:${line} fil-type`),
    mentions: ['PDF, PNG, JPEG, WebP, GIF, SVG (utan skript)', 'ei fil utan filtype'],
  },
  {
    fixture: 'vedlegg-forkledd',
    problem: 'a .pdf, .png, .txt and .xls that are HTML',
    malform: 'nb',
    errors: [9, 11, 13, 15].map((line) => `content/notat.md:${line} fil-innhald`),
    mentions: ['heter .pdf, men innholdet er en nettside (HTML)'],
  },
  {
    fixture: 'vedlegg-svg',
    problem:
      'SVG with <svg:script>, onload without a space, &#106;avascript:, @import, an entity DOCTYPE, foreignObject',
    malform: 'nn',
    errors: [
      'content/plan.md:9 svg-aktivt',
      'content/plan.md:11 svg-ugyldig',
      'content/plan.md:13 svg-aktivt',
      'content/plan.md:15 svg-aktivt',
      'content/plan.md:17 svg-aktivt',
      'content/plan.md:19 svg-aktivt',
    ],
    mentions: [
      '<svg:script> (linje 2 i SVG-fila)',
      'xlink:href="javascript:alert(1)"',
      '<style>: @import',
      '<!DOCTYPE>',
      '<foreignObject>',
      'lagre ho som PNG',
    ],
  },
  {
    fixture: 'vedlegg-same-adresse',
    problem:
      '«Plan A.pdf» and «plan-a.pdf»; a vedlegg at the address of the document’s PDF (nb and nn)',
    malform: 'nb',
    errors: [
      'content/lærdal/budsjett.md:11 fil-adresse',
      'content/lærdal/budsjett.md:13 fil-adresse',
      'content/lærdal/økonomiplan.md:9 fil-adresse',
      'content/lærdal/økonomiplan.md:11 fil-adresse',
    ],
    mentions: [
      '«plan-a.pdf» blir publisert på samme adresse (/dokument/laerdal/budsjett/plan-a.pdf) som «Plan A.pdf» (linje 9)',
      'som PDF-en av dokumentet',
    ],
  },
  {
    fixture: 'tekst-filer',
    problem:
      'a body link to .html and <a href> to .htm, <img src> of HTML named .png, body SVGs with <x:script> and ONLOAD, .txt that is HTML, .mjs, .webmanifest',
    malform: 'nb',
    errors: [
      'content/tysnes/plan.md:11 fil-type',
      'content/tysnes/plan.md:13 fil-type',
      'content/tysnes/plan.md:15 fil-innhald',
      'content/tysnes/plan.md:17 svg-aktivt',
      'content/tysnes/plan.md:19 svg-aktivt',
      'content/tysnes/plan.md:21 fil-innhald',
      'content/tysnes/plan.md:21 fil-type',
      'content/tysnes/plan.md:21 fil-type',
    ],
    mentions: ['«vedlegg/a.html» er en .html-fil', '<x:script>', 'inneholder ONLOAD'],
  },
];

describe('files that could run on the site are check errors with file:line, in the målform', () => {
  it.each(REJECTED)('$fixture: $problem', async (c) => {
    const { problems, documents } = await validate(join(FIXTURES, c.fixture));
    expect(errors(problems)).toEqual(c.errors);
    // A refused file is named by a document: no «not used» warning on top.
    expect(problems.filter((p) => p.severity === 'warning')).toEqual([]);
    for (const p of problems) {
      const words = p.malform === 'nn' ? NN : NB;
      expect(p.message, p.message).toMatch(words);
      expect(p.message, p.message).not.toMatch(p.malform === 'nn' ? /\bikke\b/ : /\bikkje\b/);
    }
    const text = formatProblems(problems);
    for (const m of c.mentions ?? []) expect(text).toContain(m);
    if (c.fixture !== 'vedlegg-same-adresse')
      expect(new Set(problems.map((p) => p.malform))).toEqual(new Set([c.malform]));
    expect(documents.length).toBeGreaterThan(0);
    expect(text).toMatchSnapshot();
  });

  it('words the same rule in nb and nn after each document (vedlegg-same-adresse)', async () => {
    const { problems } = await validate(join(FIXTURES, 'vedlegg-same-adresse'));
    expect(problems.map((p) => p.malform)).toEqual(['nb', 'nb', 'nn', 'nn']);
    expect(problems[2]?.message).toContain('blir publisert på same adresse');
    expect(problems[2]?.message).toContain('Gi ei av filene eit anna namn');
  });
});

describe('safe files pass, and strays are never published', () => {
  it('gode-filer: PDF, DOCX, CSV, PNG and a plain SVG pass; a stray .html only warns', async () => {
    const { problems, documents } = await validate(join(FIXTURES, 'gode-filer'));
    expect(problems.map((p) => `${p.file} ${p.ruleId} ${p.severity}`)).toEqual([
      'content/tysnes/løyst/angrep.html fil-ubrukt warning',
    ]);
    const plan = documents.find((d) => d.id === 'tysnes/plan');
    expect(plan?.attachments.map((a) => a.file)).toEqual([
      'tysnes/plan/vedlegg/Budsjett 2024.pdf',
      'tysnes/plan/vedlegg/rapport.docx',
      'tysnes/plan/vedlegg/tal.csv',
    ]);
    // A document named like a vedlegg gets a page of its own, not the file's address.
    expect(documents.map((d) => d.slug).sort()).toEqual([
      'tysnes/plan',
      'tysnes/plan/rapport-docx',
    ]);
  });
});

describe('cases built at test time (symlinks, Unicode and case in names)', () => {
  const temp = mkdtempSync(join(tmpdir(), 'planverk-files-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const site = (name: string, files: Record<string, string>): string => {
    const root = join(temp, name);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(root, 'content', file, '..'), { recursive: true });
      writeFileSync(join(root, 'content', file), text);
    }
    return root;
  };
  const doc = (extra: string, body = '\nTekst.\n', malform = 'nn') =>
    `---\ntittel: Plan\ntype: plan\nmålform: ${malform}\nstatus: vedteken\ndato: 2024-01-01\n${extra}---\n${body}`;
  const HTML = '<html><script>alert(1)</script></html>';

  it('symlink-utanfor: a vedlegg that is a symlink out of content/ is refused', async () => {
    const root = site('symlink-out', {
      'plan.md': doc('vedlegg:\n  - tittel: Lenkje\n    fil: passord.pdf\n'),
    });
    writeFileSync(join(temp, 'hemmeleg.pdf'), '%PDF-1.4\n');
    symlinkSync(join(temp, 'hemmeleg.pdf'), join(root, 'content/passord.pdf'));
    expect(errors((await validate(root)).problems)).toEqual(['content/plan.md:9 vedlegg-sti']);
  });

  it('symlink-omdøyping: a .pdf symlink to an HTML file inside content/ is judged by its bytes', async () => {
    const root = site('symlink-rename', {
      'plan.md': doc('vedlegg:\n  - tittel: Lenkje\n    fil: plan-vedlegg.pdf\n'),
      '_gøymd/side.html': HTML,
    });
    symlinkSync(join(root, 'content/_gøymd/side.html'), join(root, 'content/plan-vedlegg.pdf'));
    expect(errors((await validate(root)).problems)).toEqual(['content/plan.md:9 fil-innhald']);
  });

  it('nfc-nfd: «Å.pdf» written in NFC and NFD are two files with one address', async () => {
    const nfc = 'Årsplan.pdf'.normalize('NFC');
    const nfd = 'Årsplan.pdf'.normalize('NFD');
    const root = site('nfd', {
      [nfc]: '%PDF-1.4\n',
      [nfd]: '%PDF-1.4\n',
      'plan.md': doc(
        `vedlegg:\n  - tittel: A\n    fil: ${nfc}\n  - tittel: B\n    fil: arsplan.pdf\n`,
      ),
      'arsplan.pdf': '%PDF-1.4\n',
    });
    const { problems } = await validate(root);
    expect(errors(problems)).toEqual(['content/plan.md:11 fil-adresse']);
    expect(problems[0]?.message).toContain(
      '(/dokument/plan/arsplan.pdf) som «Årsplan.pdf» (linje 9)',
    );
  });

  it('store-bokstavar: «Plan.PDF» and «plan.pdf» clash; the same file twice clashes too', async () => {
    const root = site('case', {
      'sak.md': doc(
        'vedlegg:\n  - tittel: A\n    fil: Vedlegg.PDF\n  - tittel: B\n    fil: vedlegg.pdf\n  - tittel: C\n    fil: Vedlegg.PDF\n',
      ),
      'Vedlegg.PDF': '%PDF-1.4\n',
      'vedlegg.pdf': '%PDF-1.4\n',
    });
    expect(errors((await validate(root)).problems)).toEqual([
      'content/sak.md:11 fil-adresse',
      'content/sak.md:13 fil-adresse',
    ]);
  });

  it('data-blob: data: and blob: URLs in links and images are never published as files', async () => {
    const root = site('data', {
      'plan.md': doc(
        '',
        '\n[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n\n![b](data:image/svg+xml;base64,PHN2Zz4=)\n\n<img src="blob:https://example.com/x" alt="c">\n\n<a href="javascript:alert(1)">d</a>\n',
      ),
    });
    const { problems, documents } = await validate(root);
    expect(errors(problems)).toEqual([]);
    // The sanitizer drops these URLs (warnings); nothing is copied.
    const { renderMarkdown } = await import('../../../src/lib/markdown/pipeline.ts');
    const html = (await renderMarkdown(documents[0]?.body ?? '', { malform: 'nn' })).html;
    expect(html).not.toMatch(/(?:src|href)="(?:data|blob|javascript):/);
    expect(html).toContain('<a>a</a>');
  });

  it('skjult-fil: a body link to a hidden file of an unsafe type is refused', async () => {
    const root = site('hidden', {
      'plan.md': doc('', '\nSjå [oppsettet](.htaccess) og [git](.git/config).\n'),
      '.htaccess': 'AddType text/html .pdf\n',
      '.git/config': '[core]\n',
    });
    expect(errors((await validate(root)).problems)).toEqual([
      'content/plan.md:9 fil-type',
      'content/plan.md:9 fil-type',
    ]);
  });
});
