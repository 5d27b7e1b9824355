/**
 * `npm run arkiv`: the hand-off of a period's decided documents to a Noark 5
 * archive. A fixture content folder (tests/fixtures/arkiv: documents decided
 * just inside and just outside the period, a draft, one on høring, a plan
 * without a dated vedtak, another kommune) and a built site's PDFs (bytes
 * unique per document) go in; the folder that comes out must hold exactly
 * the period's documents, every checksum and size must match its file, and
 * bad dates, a missing or stale dist/ are refused in Norwegian.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeEach, describe, expect, it } from 'vitest';
import config from '../../fixtures/config/planverk.config.ts';
import { runArkiv } from '../../../src/lib/archive/arkiv-command.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { urlToFile } from '../../../src/lib/core/print-urls.ts';
import { documentPdfUrl } from '../../../src/lib/core/urls.ts';
import { ROOT, runScript } from '../../e2e/helpers/build.ts';
import { fixtureProject } from '../../helpers/project.ts';

const WORK = path.join(ROOT, '.planverk', 'arkiv-test');
const CONTENT = path.join(WORK, 'content');
const DIST = path.join(WORK, 'dist');
const OUT = path.join(WORK, 'ut');
const PERIOD = ['--fra', '2021-01-01', '--til', '2021-06-30'];
const paths = ['--innhald', CONTENT, '--dist', DIST, '--ut', OUT];

/** Runs the command in-process; returns the exit code and what it printed. */
async function arkiv(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runArkiv(args, ROOT, config, {
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
  });
  return { code, out, err };
}

/** A built site: data/dokument.json and one PDF per published document, bytes unique to it. */
async function writeDist(): Promise<void> {
  await rm(DIST, { recursive: true, force: true });
  const { documents } = await loadContent({ root: ROOT, contentDir: CONTENT, config });
  for (const doc of documents) {
    const file = urlToFile(DIST, documentPdfUrl(doc));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `%PDF-1.7\n% the official PDF of ${doc.id}\n`);
  }
  await mkdir(path.join(DIST, 'data'), { recursive: true });
  await writeFile(
    path.join(DIST, 'data', 'dokument.json'),
    JSON.stringify({ dokument: documents.map((d) => ({ id: d.id })) }),
  );
}

interface DocumentObject {
  referanseDokumentfil: string;
  sjekksum: string;
  sjekksumAlgoritme: string;
  filstoerrelse: number;
  format: string;
}
interface Registration {
  tittel: string;
  dokumentbeskrivelse: { dokumentobjekt: DocumentObject };
  virksomhetsspesifikkeMetadata: { 'pv:dokumentId': string; 'pv:vedtaksdato': string };
}
interface Folder {
  mappeID: string;
  registrering: Registration[];
}

async function readHandOff(): Promise<Folder[]> {
  const xml = await readFile(path.join(OUT, 'arkivstruktur.xml'), 'utf8');
  const parsed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'mappe' || name === 'registrering',
    parseTagValue: false,
  }).parse(xml) as { arkiv: { arkivdel: { mappe?: Folder[] } } };
  return parsed.arkiv.arkivdel.mappe ?? [];
}

beforeEach(async () => {
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  await cp(path.join(ROOT, 'tests/fixtures/arkiv/content'), CONTENT, { recursive: true });
  // The site is built after the content was last changed.
  const past = new Date(Date.now() - 60_000);
  for (const e of await readdir(CONTENT, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) await utimes(path.join(e.parentPath, e.name), past, past);
  }
  await writeDist();
});

describe('npm run arkiv', () => {
  it('hands off exactly the documents decided in the period, every checksum matching its file', async () => {
    const run = await arkiv([...PERIOD, ...paths]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const folders = await readHandOff();
    const registrations = folders.flatMap((f) => f.registrering);
    const ids = registrations.map((r) => r.virksomhetsspesifikkeMetadata['pv:dokumentId']).sort();
    expect(ids).toEqual([
      'ardal/sak-i-ardal',
      'tysnes/notat-siste-dag',
      'tysnes/sak-fra-for',
      'tysnes/sak-i-perioden',
    ]);
    // The decision date is the last vedtak's; a notat's is its dato.
    const decided = Object.fromEntries(
      registrations.map((r) => [
        r.virksomhetsspesifikkeMetadata['pv:dokumentId'],
        r.virksomhetsspesifikkeMetadata['pv:vedtaksdato'],
      ]),
    );
    expect(decided['tysnes/sak-i-perioden']).toBe('2021-03-04');
    expect(decided['tysnes/notat-siste-dag']).toBe('2021-06-30');
    // One mappe per arkivsak: the two documents of 21/123 share it.
    expect(folders.find((f) => f.mappeID === '21/123')?.registrering).toHaveLength(2);
    // Every file listed exists, and its size and SHA-256 are the file's; nothing else is there.
    const listed: string[] = [];
    for (const r of registrations) {
      const object = r.dokumentbeskrivelse.dokumentobjekt;
      const bytes = await readFile(path.join(OUT, object.referanseDokumentfil));
      expect(object.sjekksumAlgoritme).toBe('SHA-256');
      expect(object.sjekksum).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(Number(object.filstoerrelse)).toBe(bytes.byteLength);
      expect(object.format).toBe('fmt/476');
      const id = r.virksomhetsspesifikkeMetadata['pv:dokumentId'];
      expect(bytes.toString()).toContain(`the official PDF of ${id}`);
      listed.push(object.referanseDokumentfil);
    }
    const files = (await readdir(path.join(OUT, 'DOKUMENT'))).map((f) => `DOKUMENT/${f}`);
    expect(files.sort()).toEqual(listed.sort());
    expect(run.out).toContain('PDF-ane er henta frå den bygde nettstaden');
    expect(run.out).toContain('plan-utan-vedtak.md har ikkje noko vedtak med dato');
  });

  it('keeps to one kommune with --kommune, and a second run leaves nothing of the first', async () => {
    expect((await arkiv([...PERIOD, ...paths])).code).toBe(0);
    const run = await arkiv([...PERIOD, '--kommune', 'Tysnes', ...paths]);
    expect(run.code).toBe(0);
    const ids = (await readHandOff())
      .flatMap((f) => f.registrering)
      .map((r) => r.virksomhetsspesifikkeMetadata['pv:dokumentId']);
    expect(ids).not.toContain('ardal/sak-i-ardal');
    expect(ids).toHaveLength(3);
    expect(await readdir(path.join(OUT, 'DOKUMENT'))).toHaveLength(3);
  });

  it.each([
    [['--fra', '2021-02-30', '--til', '2021-06-30'], '--fra «2021-02-30» er ikkje ein gyldig dato'],
    [['--fra', '1.1.2021', '--til', '2021-06-30'], 'Skriv datoen som ÅÅÅÅ-MM-DD'],
    [['--til', '2021-06-30'], '--fra manglar'],
    [['--fra', '2021-07-01', '--til', '2021-06-30'], 'er etter --til'],
    [[...PERIOD, '--kommune', 'Atlantis'], 'Kommunen «Atlantis» finst ikkje'],
    [[...PERIOD, '--tull'], 'Ukjend val'],
  ])('refuses %j in Norwegian', async (args, message) => {
    const run = await arkiv([...args, ...paths]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(run.err).not.toMatch(/\bat \S+:\d+/); // no stack trace
  });

  it('refuses a missing dist/ and one older than the content', async () => {
    await rm(DIST, { recursive: true, force: true });
    const missing = await arkiv([...PERIOD, ...paths]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Fann ikkje ein bygd nettstad');

    await writeDist();
    const edited = path.join(CONTENT, 'tysnes', 'notat-siste-dag.md');
    const future = new Date(Date.now() + 60_000);
    await utimes(edited, future, future);
    const stale = await arkiv([...PERIOD, ...paths]);
    expect(stale.code).toBe(2);
    expect(stale.err).toContain('er eldre enn innhaldet');
    expect(stale.err).toContain('notat-siste-dag.md');
  });

  it('refuses a dist/ built from other documents (one removed since)', async () => {
    await rm(path.join(CONTENT, 'tysnes', 'orientering-etter.md'));
    const run = await arkiv([...PERIOD, ...paths]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('er eldre enn innhaldet');
  });

  it('runs as npm run arkiv (scripts/arkiv.ts)', async () => {
    // A scratch project with the fixture config; its config file is new, so
    // the built site is written after it (else dist/ is rightly called stale).
    const project = await fixtureProject('arkiv-cli');
    await writeDist();
    const run = await runScript(['scripts/arkiv.ts', ...PERIOD, ...paths], { project });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Skreiv 4 dokument');
  });
});
