/**
 * `npm run import` on .docx files made by LibreOffice Writer from
 * tests/fixtures/import/sources (regenerate.sh): each import is a draft
 * that `npm run check` accepts, with the header fields and the innstilling
 * as data and every word of the body kept. Then the hostile inputs.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../fixtures/config/planverk.config.ts';
import { FIXTURE_CONFIG, fixtureProject } from '../../helpers/project.ts';
import { importDocx, ImportError, parseImportArgs } from '../../../src/lib/import/index.ts';
import { runCheck } from '../../../src/lib/check/check-command.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');
// The project's Node, which runs the scripts' TypeScript as it is (as `npm run …` does).
const NODE = process.execPath;
const FIXTURES = join(ROOT, 'tests/fixtures/import');
let root: string;

async function cli(cwd: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      NODE,
      // The scratch project's copy: scripts/import.ts imports the config beside it.
      [join(await fixtureProject('import-check'), 'scripts/import.ts'), ...args],
      { cwd },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const words = (text: string): Set<string> =>
  new Set([...text.toLowerCase().matchAll(/[\p{L}\d]+/gu)].map((m) => m[0]));
// Words of the template itself (labels, markers, contents), which become keys or are dropped.
const TEMPLATE = /&&&|slett denne lin|^\s*(saksnr|innhald|innhold)\b|\t\d+\s*$/i;
const LABELS = words(
  'saksfremlegg saksframlegg orientering sakshandsamar saksbehandler arkivsak arkivkode vedlegg saksnr utvalg møtedato dato innstilling kommunedirektørens',
);

async function frontmatterAndBody(file: string) {
  const text = await readFile(file, 'utf8');
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { fields: parse(yaml) as Record<string, unknown>, body, text };
}

async function docxWords(name: string): Promise<Set<string>> {
  const { value: html } = await mammoth.convertToHtml({ path: join(FIXTURES, name) });
  // Text as Word shows it: a line break or a block ends a line, inline tags join (m<sup>2</sup> is «m2»).
  const value = html
    .replace(/<br\s*\/?>|<\/(p|h\d|li|td|th)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  // Numbering typed before an innstilling point becomes the list's own numbers.
  const lines = value
    .split('\n')
    .filter((l) => !TEMPLATE.test(l))
    .map((l) => l.replace(/^\s*\d+[.)]\s+/, ''));
  return new Set([...words(lines.join('\n'))].filter((w) => !LABELS.has(w)));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'planverk-import-'));
  // The fixture config (its kommuner), never the example site's, which a municipality replaces.
  await writeFile(
    join(root, 'planverk.config.ts'),
    `export { default } from '${join(FIXTURE_CONFIG, 'planverk.config.ts')}';\n`,
  );
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('npm run import on Word documents', () => {
  const cases = [
    ['saksframlegg-nb.docx', [], 'content/levanger/ny-gang-og-sykkelvei-til-skogn-skole.md'],
    ['saksframlegg-nn.docx', [], 'content/tysnes/omsorgsteknologi-pa-tysnes-omsorgssenter.md'],
    [
      'orientering-nb.docx',
      ['--kommune', 'Levanger'],
      'content/levanger/den-okonomiske-situasjonen-i-levanger-kommune.md',
    ],
    ['strategi-nn.docx', ['--kommune', 'Årdal'], 'content/ardal/felles-digitaliseringsstrategi.md'],
  ] as const;

  // The first through the real CLI (what it prints, its exit code), the
  // others in this process with the same argument parsing: they differ from
  // it only in the Word file and the arguments, and a child process costs
  // about a second of CPU. The CLI's refusal is its own run below.
  it.each(cases)('%s becomes a draft with every word of the body', async (name, args, path) => {
    if (name === cases[0][0]) {
      const result = await cli(root, join(FIXTURES, name), ...args);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(path);
    } else {
      const request = parseImportArgs([join(FIXTURES, name), ...args], config.defaultMalform);
      expect((await importDocx(request, { root, config })).displayPath).toBe(path);
    }
    const { fields, text } = await frontmatterAndBody(join(root, path));
    expect(fields['status']).toBe('utkast');
    const out = words(text.replace(/<\/?(sup|sub|u)>/g, ''));
    const missing = [...(await docxWords(name))].filter((w) => !out.has(w));
    expect(missing).toEqual([]);
  });

  it('passes npm run check, drafts included', async () => {
    const { stdout } = await run(NODE, ['scripts/check.ts', '--dir', join(root, 'content')], {
      cwd: await fixtureProject('import-check'),
    }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
    expect(stdout).toMatch(/✔ 4 dokument/);
  });

  it('maps the bokmål saksframlegg header, route table and innstilling to data', async () => {
    const { fields, body } = await frontmatterAndBody(
      join(root, 'content/levanger/ny-gang-og-sykkelvei-til-skogn-skole.md'),
    );
    expect(fields).toMatchObject({
      tittel: 'Ny gang- og sykkelvei til Skogn skole',
      type: 'saksframlegg',
      målform: 'bokmål',
      kommune: 'Levanger',
      saksbehandler: 'Kari Nordmann',
      arkivsak: '24/1187',
      arkivkode: 'Q13',
      behandling: [
        { utvalg: 'Formannskapet', møtedato: '04.06.2024', saksnr: '31/24' },
        { utvalg: 'Kommunestyret', møtedato: '19.06.2024', saksnr: '58/24' },
      ],
      innstilling: {
        fra: 'Kommunedirektøren',
        punkt: [
          'Kommunestyret vedtar å bygge gang- og sykkelvei fra Skogn sentrum til Skogn skole.',
          'Tiltaket finansieres med 4,5 mill. kroner fra investeringsbudsjettet for 2025.',
        ],
      },
    });
    // The innstilling is data, not body text; markers are gone; formatting is GFM.
    expect(body).not.toContain('investeringsbudsjettet');
    expect(body).not.toContain('&&&');
    expect(body).toContain('m<sup>2</sup>');
    expect(body).toContain('CO<sub>2</sub>');
    expect(body).toContain('*nødvendig*');
    expect(body).toContain('[^2]: Trafikktelling fra Statens vegvesen, mai 2024.');
    expect(body).toContain(
      '![Kart over traseen fra Skogn sentrum til skolen](ny-gang-og-sykkelvei-til-skogn-skole-1.png)',
    );
    // Script typed in Word stays text; a javascript: link keeps only its text.
    expect(body).toContain('\\<script>alert(1)\\</script>');
    expect(body).not.toContain('javascript:');
    expect(body).toContain('og denne lenken.');
  });

  it('maps the nynorsk header table and «Innstilling frå rådmannen» as numbered text', async () => {
    const { fields, body } = await frontmatterAndBody(
      join(root, 'content/tysnes/omsorgsteknologi-pa-tysnes-omsorgssenter.md'),
    );
    expect(fields).toMatchObject({
      målform: 'nynorsk',
      saksbehandlar: 'Anders Teigen',
      arkivsak: '18/233',
      arkivkode: '010',
      innstilling: {
        frå: 'Rådmannen',
        punkt: [
          expect.stringMatching(/^Tysnes kommune tek/),
          'Kostnaden vert lagd inn i budsjett 2019.',
        ],
      },
    });
    expect(body).not.toMatch(/INNSTILLING|budsjett 2019|Ikkje slett/);
    // Capitals typed in the template become sentence case; the kommune keeps its capital.
    expect(fields['tittel']).toBe('Omsorgsteknologi på Tysnes omsorgssenter');
    expect(body).toMatch(/^## Saksutgreiing$/m);
  });

  it('keeps every cell of irregular tables and drops the Word contents list', async () => {
    const orientering = await readFile(
      join(root, 'content/levanger/den-okonomiske-situasjonen-i-levanger-kommune.md'),
      'utf8',
    );
    expect(orientering).toContain('| Sektorer');
    expect(orientering).toContain('-31 314');
    const strategi = await frontmatterAndBody(
      join(root, 'content/ardal/felles-digitaliseringsstrategi.md'),
    );
    expect(strategi.fields).toMatchObject({ type: 'strategi', periode: '2020 - 2025' });
    expect(strategi.body).not.toMatch(/Innhald|\t/);
    expect(strategi.body.match(/## 1\. Kvifor/g)).toHaveLength(1);
  });

  it('never overwrites, and says how to write elsewhere', async () => {
    const again = await cli(root, join(FIXTURES, 'saksframlegg-nn.docx'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('finst alt, og eg skriv ikkje over henne');
    expect(again.stderr).toContain(
      '--ut content/tysnes/omsorgsteknologi-pa-tysnes-omsorgssenter-2.md',
    );
  });
});

describe('hostile input', () => {
  const attempt = (file: string, limits?: Parameters<typeof importDocx>[1]['limits']) =>
    importDocx({ file, malform: 'nb' }, { root, config, ...(limits ? { limits } : {}) });

  it('refuses a file that is not a .docx, and an old .doc', async () => {
    await writeFile(join(root, 'tekst.docx'), 'Dette er ikke Word.');
    await expect(attempt(join(root, 'tekst.docx'))).rejects.toThrow(/er ikke et Word-dokument/);
    await writeFile(
      join(root, 'gammel.docx'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    await expect(attempt(join(root, 'gammel.docx'))).rejects.toThrow(/gammelt Word-dokument/);
    await expect(attempt(join(root, 'finst-ikkje.docx'))).rejects.toBeInstanceOf(ImportError);
    await expect(attempt(root)).rejects.toThrow(/er ikke en fil/);
    await expect(
      attempt(join(FIXTURES, 'saksframlegg-nn.docx'), {
        fileBytes: 1000,
        unpackedBytes: 1e9,
        entries: 100,
      }),
    ).rejects.toThrow(/er større enn 50 MB/);
  });

  it('refuses an XML entity bomb (billion laughs) in document.xml with a message, quickly', async () => {
    const zip = await JSZip.loadAsync(await readFile(join(FIXTURES, 'saksframlegg-nn.docx')));
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const entities = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`,
    ).join('');
    zip.file(
      'word/document.xml',
      doc
        .replace(
          /^<\?xml[^>]*\?>/,
          (m) => `${m}<!DOCTYPE w:document [<!ENTITY a0 "lol">${entities}]>`,
        )
        .replace('Anders Teigen', '&a9;'),
    );
    await writeFile(join(root, 'lol.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const started = Date.now();
    await expect(attempt(join(root, 'lol.docx'))).rejects.toThrow(/er skadet eller har innhold/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses a zip bomb by what it really unpacks to, not what its headers claim', async () => {
    const zip = await JSZip.loadAsync(await readFile(join(FIXTURES, 'saksframlegg-nb.docx')));
    zip.file('word/media/bombe.bin', new Uint8Array(8 * 1024 * 1024));
    const bomb = join(root, 'bombe.docx');
    await writeFile(bomb, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    await expect(
      attempt(bomb, { fileBytes: 1024 * 1024, unpackedBytes: 4 * 1024 * 1024, entries: 100 }),
    ).rejects.toThrow(/pakker seg ut til mer enn/);
  });

  it('names pictures itself: a picture stored as ../../../../tmp/e.png writes nothing outside', async () => {
    const zip = await JSZip.loadAsync(await readFile(join(FIXTURES, 'strategi-nn.docx')));
    const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    zip.file(
      'word/_rels/document.xml.rels',
      rels.replace(/Target="[^"]*png"/, 'Target="/tmp/e.png"'),
    );
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    // Rename the entry in the zip's own bytes (JSZip would clean the name): same length, both headers.
    const [from, to] = [Buffer.from('word/media/image1.png'), Buffer.from('../../../../tmp/e.png')];
    for (let i = bytes.indexOf(from); i >= 0; i = bytes.indexOf(from)) to.copy(bytes, i);
    await writeFile(join(root, 'evil.docx'), bytes);
    const evil = join(root, 'evil.docx');
    const result = await importDocx(
      { file: evil, kommune: 'Lærdal', out: 'content/laerdal/evil.md' },
      { root, config },
    );
    expect(result.files).toEqual(['content/laerdal/evil-1.png']);
    await expect(stat('/tmp/e.png')).rejects.toThrow();
  });
});

describe('vedlegg beside the .docx', () => {
  it('copies a listed file of a publishable type, refuses one whose bytes lie, and the draft passes the check', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'planverk-import-vedlegg-'));
    try {
      await copyFile(join(FIXTURES, 'saksframlegg-nb.docx'), join(dir, 'sak.docx'));
      await writeFile(join(dir, 'kartskisse.PDF'), '%PDF-1.4\n%%EOF\n');
      // Named .pdf, but HTML inside: never published.
      await writeFile(
        join(dir, 'Kostnadsoverslag 2024.pdf'),
        '<html><script>alert(1)</script></html>',
      );
      const result = await importDocx({ file: join(dir, 'sak.docx') }, { root: dir, config });
      expect(result.files).toContain('content/levanger/vedlegg/kartskisse.pdf');
      expect(result.unmapped.join('\n')).toContain('«Kostnadsoverslag 2024.pdf»');
      const { fields, text } = await frontmatterAndBody(result.path);
      expect(fields['vedlegg']).toEqual([{ tittel: 'Kartskisse', fil: 'vedlegg/kartskisse.pdf' }]);
      expect(text).toContain('# Vedlegg fra Word: «Kostnadsoverslag 2024.pdf»');
      // In this process: the check command's CLI run is the one above, on four imports.
      let stdout = '';
      const code = await runCheck(['--dir', 'content'], dir, config, {
        out: (text) => (stdout += `${text}\n`),
        err: () => undefined,
      });
      expect(stdout).toMatch(/✔ 1 dokument/);
      expect(code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
