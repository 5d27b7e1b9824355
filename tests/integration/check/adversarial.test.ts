/**
 * Bad input from the real world, one fixture folder per problem under
 * tests/fixtures/check/. Each goes through validateContent (what both
 * `npm run check` and the build run) and through the real CLI: no crash, no
 * hang, exit code 1, and every problem names the file, the line, the field
 * where one is meant, and says in Norwegian what is wrong and how to fix it.
 * The wording is snapshotted (__snapshots__/adversarial.test.ts.snap).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../fixtures/config/planverk.config.ts';
import { runCheck } from '../../../src/lib/check/check-command.ts';
import { validateContent } from '../../../src/lib/check/validate-content.ts';
import { LARGE_FILE, loadContent } from '../../../src/lib/content/load.ts';
import { formatProblems, type Problem } from '../../../src/lib/model/problems.ts';
import { fixtureProject } from '../../helpers/project.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/check');
const run = promisify(execFile);

/** A fixture, the rule ids it must raise (sorted, with repeats) and how many documents load. */
interface Case {
  fixture: string;
  problem: string;
  rules: string[];
}

const REJECTED: Case[] = [
  {
    fixture: 'tittel-feil-type',
    problem: 'tittel as a list, a mapping, null, ~ or empty',
    rules: [
      'obligatorisk-felt',
      'obligatorisk-felt',
      'obligatorisk-felt',
      'verdi-type',
      'verdi-type',
    ],
  },
  {
    fixture: 'dato-umogleg-og-ukjent-form',
    problem: 'impossible dates and forms that are not dates, with a suggestion',
    rules: ['dato-format', 'dato-format', 'dato-format', 'dato-ugyldig'],
  },
  {
    fixture: 'vedtak-feil-form',
    problem: 'vedtak as text, vedtak items as text, innstilling as a list, unknown behandling keys',
    rules: [
      'obligatorisk-felt',
      'ukjent-felt',
      'ukjent-felt',
      'verdi-type',
      'verdi-type',
      'verdi-type',
      'verdi-type',
    ],
  },
  {
    fixture: 'satsingsomrade-feil',
    problem: 'satsingsområde without id, prioritet «høg», mål as a mapping, an item as text',
    rules: ['obligatorisk-felt', 'tall-ugyldig', 'verdi-type', 'verdi-type'],
  },
  {
    fixture: 'tiltak-feil',
    problem: 'tiltak as text, negative kostnad, T4, K5 and «våren 2021»',
    rules: ['belop-negativt', 'frist-ugyldig', 'frist-ugyldig', 'frist-ugyldig', 'verdi-type'],
  },
  {
    fixture: 'periode-feil',
    problem: 'a reversed periode, a periode in words, periode without frå',
    rules: ['obligatorisk-felt', 'periode-ugyldig', 'periode-ugyldig'],
  },
  {
    fixture: 'vedlegg-feil',
    problem: 'vedlegg that is a folder, a document, or has no fil',
    rules: ['obligatorisk-felt', 'vedlegg-dokument', 'vedlegg-mappe'],
  },
  {
    fixture: 'kommune-nesten-rett',
    problem: 'a kommune one letter off (Lerdal, Tysness)',
    rules: ['kommune-ukjent', 'kommune-ukjent'],
  },
  { fixture: 'malform-skrivefeil', problem: 'målform «nynorskk»', rules: ['verdi-ukjent'] },
  {
    fixture: 'type-og-status-skrivemaate',
    problem: 'type «sak» and status «vedtek»',
    rules: ['verdi-ukjent', 'verdi-ukjent'],
  },
  {
    fixture: 'yaml-dobbel-nokkel',
    problem: 'the same key twice',
    rules: ['felt-dobbelt', 'felt-dobbelt'],
  },
  { fixture: 'yaml-tabulator', problem: 'tabs in the YAML indentation', rules: ['yaml-syntaks'] },
  {
    fixture: 'yaml-bombe',
    problem: 'a billion-laughs alias bomb (must not hang)',
    rules: ['yaml-syntaks'],
  },
  { fixture: 'frontmatter-toml', problem: '+++ TOML frontmatter', rules: ['frontmatter-toml'] },
  {
    fixture: 'koding',
    problem: 'Latin-1, UTF-16, NUL bytes and a PNG named .md',
    rules: ['fil-binaer', 'fil-binaer', 'fil-koding', 'fil-utf16'],
  },
  {
    fixture: 'url-kollisjon',
    problem: 'two documents whose ids differ only in æ/ø/å vs ASCII',
    rules: ['slug-duplikat'],
  },
  {
    fixture: 'erstatter-seg-sjolv',
    problem: 'erstatter and relatert pointing at the document itself',
    rules: ['referanse-seg-sjolv', 'referanse-seg-sjolv'],
  },
  {
    fixture: 'erstatter-ring',
    problem: 'a cycle of erstatter',
    rules: ['erstatter-ring', 'erstatter-ring', 'erstatter-ring'],
  },
  {
    fixture: 'strategi-ikkje-strategi',
    problem: 'strategi pointing at a notat',
    rules: ['strategi-type'],
  },
  {
    fixture: 'tiltak-feil-strategi',
    problem: 'a tiltak naming a satsingsområde of another strategy',
    rules: ['satsingsomrade-ukjent'],
  },
  {
    fixture: 'handlingsplan-med-utkast-strategi',
    problem: 'a published handlingsplan whose strategy is a draft',
    rules: ['referanse-utkast'],
  },
  {
    fixture: 'statusoppdatering-mange-feil',
    problem: 'a status update file with every kind of error',
    rules: [
      'fil-koding',
      'oppdatering-dato-ugyldig',
      'oppdatering-dato-ugyldig',
      'oppdatering-dobbel-nokkel',
      'oppdatering-dobbel-nokkel',
      'oppdatering-dokument-ukjent',
      'oppdatering-ikke-liste',
      'oppdatering-malform-ugyldig',
      'oppdatering-mangler-felt',
      'oppdatering-mangler-felt',
      'oppdatering-status-ugyldig',
      'oppdatering-status-ugyldig',
      'oppdatering-tiltak-ukjent',
      'oppdatering-tiltak-ukjent',
      'oppdatering-yaml',
      'oppdatering-yaml',
      'oppdatering-yaml',
    ],
  },
  { fixture: 'tom-mappe', problem: 'an empty content folder', rules: ['ingen-dokument'] },
  {
    fixture: 'tegn-kontroll',
    problem: 'C0 controls (\\x01 \\x0b ESC) raw and as YAML escapes, and &#27; in the body',
    rules: ['tegn-ulovlig', 'tegn-ulovlig', 'tegn-ulovlig', 'tegn-ulovlig'],
  },
  {
    fixture: 'tegn-c1',
    problem: 'C1 controls (Windows-1252 dashes and quotes saved wrongly, NEL)',
    rules: ['tegn-ulovlig', 'tegn-ulovlig', 'tegn-ulovlig'],
  },
  {
    fixture: 'tegn-ikkje-teikn',
    problem: 'U+FFFE, U+FFFF, U+FDD0 and plane-end non-characters, raw and escaped',
    rules: [
      'kommune-ukjent',
      'tegn-ulovlig',
      'tegn-ulovlig',
      'tegn-ulovlig',
      'tegn-ulovlig',
      'tegn-ulovlig',
    ],
  },
  {
    fixture: 'tegn-surrogat',
    problem: 'lone surrogates from YAML \\u escapes and &#xD800; in the body',
    rules: ['tegn-ulovlig', 'tegn-ulovlig', 'tegn-ulovlig'],
  },
  {
    fixture: 'statusoppdatering-teikn',
    problem: 'ESC and NUL in the merknad of a status update',
    rules: ['tegn-ulovlig', 'tegn-ulovlig'],
  },
  {
    fixture: 'kostnad-for-stor',
    problem: 'kostnad 1e+23, 1e5, 12,345, 1,123456789 mill., 2^53+1; prioritet 1e20',
    rules: [
      'belop-desimalar',
      'belop-desimalar',
      'belop-eksponent',
      'belop-for-stort',
      'belop-for-stort',
      'tall-for-stort',
    ],
  },
  { fixture: 'yaml-djup', problem: 'frontmatter lists 40 levels deep', rules: ['yaml-syntaks'] },
  {
    fixture: 'brodtekst-djup-sitat',
    problem: 'a block quote 1,000 levels deep',
    rules: ['brodtekst-for-djup'],
  },
  {
    fixture: 'brodtekst-djup-liste',
    problem: 'a list 1,000 levels deep on one line',
    rules: ['brodtekst-for-djup'],
  },
  {
    fixture: 'brodtekst-djup-utheving',
    problem: 'emphasis 150 levels deep',
    rules: ['brodtekst-for-djup'],
  },
  {
    fixture: 'brodtekst-djup-html',
    problem: '150 nested <div> blocks',
    rules: ['brodtekst-for-djup'],
  },
];

/** Fixtures whose unusual but unambiguous input is accepted, with the documents they load. */
const ACCEPTED: { fixture: string; problem: string; documents: number; warnings?: string[] }[] = [
  { fixture: 'dato-norsk-skrivemaate', problem: '26.3.2020 and «26. mars 2020»', documents: 4 },
  { fixture: 'frontmatter-ikkje-forst', problem: 'blank lines before the first ---', documents: 1 },
  { fixture: 'berre-frontmatter', problem: 'frontmatter and no body', documents: 1 },
  { fixture: 'filending-markdown', problem: '.MD and .markdown files', documents: 2 },
  {
    fixture: 'mappe-med-mellomrom-og-æøå',
    problem: 'folders and vedlegg with spaces and æøå',
    documents: 1,
  },
  { fixture: 'yaml-alias', problem: 'a YAML anchor and alias', documents: 1 },
  {
    fixture: 'kostnad-og-periode-skrivemaate',
    problem: '«1,5 mill.», «gratis», periode 2021 and «2020 til 2025»',
    documents: 2,
  },
  {
    fixture: 'tegn-usynleg',
    problem: 'bidi overrides, isolates and zero-width characters in one-line fields warn',
    documents: 1,
    warnings: [
      'tegn-usynlig',
      'tegn-usynlig',
      'tegn-usynlig',
      'tegn-usynlig',
      'tegn-usynlig',
      'tegn-usynlig',
    ],
  },
  {
    fixture: 'dato-langt-fram',
    problem: 'dato 2202 and a vedtak dated 2220 warn as likely typos',
    documents: 1,
    warnings: ['dato-framtid', 'dato-framtid'],
  },
  {
    fixture: 'ubrukte-filer',
    problem: 'stray files are warnings, _ and . folders ignored',
    documents: 1,
    warnings: ['fil-ubrukt', 'fil-ubrukt'],
  },
];

// Text that must never reach a clerk: zod's and YAML's English, or a value that was not filled in.
const GARBLED =
  /undefined|\[object Object\]|NaN|Invalid input|Expected|Required|must be|Map keys|\uFFFD/;
// Every message says what to do.
const FIX =
  /Skriv|Bruk|Legg|Fjern|Gi |Opne|Åpne|Sjekk|Behald|Behold|Del |Byt|Set |Sett |Vis til|Meinte|Mente|vent til|lagre/i;
// Problems about a whole file (or folder) rather than one field.
const FILE_RULES = new Set([
  'fil-koding',
  'fil-utf16',
  'fil-binaer',
  'fil-ubrukt',
  'fil-stor',
  'ingen-dokument',
  'frontmatter-toml',
  'slug-duplikat',
  'yaml-syntaks',
  'oppdatering-yaml',
  'oppdatering-mangler-felt',
]);

async function validate(fixture: string) {
  return validateContent({ root: join(FIXTURES, fixture), includeDrafts: false, config });
}

function assertWellFormed(problems: readonly Problem[], fixture: string): void {
  for (const p of problems) {
    const where = `${fixture}: ${p.file}:${p.line} [${p.ruleId}] ${p.message}`;
    expect(existsSync(join(FIXTURES, fixture, p.file)), where).toBe(true);
    expect(p.line, where).toBeGreaterThanOrEqual(1);
    expect(p.message, where).not.toMatch(GARBLED);
    expect(p.message, where).toMatch(FIX);
    if (!FILE_RULES.has(p.ruleId)) expect(p.field, where).toBeTruthy();
  }
}

describe('bad content gets a clear error, never a crash or a silent skip', () => {
  it.each(REJECTED)('$fixture: $problem', async ({ fixture, rules }) => {
    const { problems } = await validate(fixture);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.ruleId).sort()).toEqual(rules);
    assertWellFormed(problems, fixture);
    expect(formatProblems(problems)).toMatchSnapshot();
  });

  it.each(ACCEPTED)(
    '$fixture is accepted: $problem',
    async ({ fixture, documents, warnings = [] }) => {
      const result = await validate(fixture);
      expect(result.problems.map((p) => p.ruleId).sort()).toEqual(warnings);
      expect(result.documents).toHaveLength(documents);
      assertWellFormed(result.problems, fixture);
      if (warnings.length > 0) expect(formatProblems(result.problems)).toMatchSnapshot();
    },
  );
});

/** What `npm run check -- --dir <dir>` prints and exits with, run in this process from `root`. */
async function checkInProcess(dir: string, root = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await runCheck(['--dir', dir], root, config, {
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
  });
  return { code, stdout, stderr };
}

const EVERY_CASE = [
  ...REJECTED.map((c) => [c.fixture, 1] as const),
  ...ACCEPTED.map((c) => [c.fixture, 0] as const),
];

// The check command on every fixture, in this process: the command's own
// code (src/lib/check/check-command.ts) with the printing the CLI wires to
// stdout and stderr. scripts/check.ts adds only the config import and a
// catch-all, which the CLI runs below cover, each a child process as a clerk
// runs it (a child process per fixture cost a minute of CPU).
describe('the check command on the same fixtures', () => {
  it.each(EVERY_CASE)(
    '%s exits %i and prints every problem without a stack trace',
    async (fixture, code) => {
      const dir = `tests/fixtures/check/${fixture}/content`;
      const result = await checkInProcess(dir);
      expect(result.code, result.stderr).toBe(code);
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
      const { problems } = await validateContent({
        root: ROOT,
        contentDir: dir,
        includeDrafts: false,
        config,
      });
      for (const p of problems) expect(result.stdout).toContain(`${p.file}:${p.line}`);
    },
  );
});

describe('the real CLI on the same fixtures', () => {
  const project = () => fixtureProject('check-cli');
  const cli = async (dir: string) => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['scripts/check.ts', '--dir', dir], {
        cwd: await project(),
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  // One CLI run per behaviour, not per fixture (a child process costs about
  // a second of CPU; the fixtures differ only in content, which the
  // in-process runs above cover one by one). Each run checks a folder that
  // holds several fixtures, one subfolder each: bytes that are not UTF-8
  // text, an alias bomb (a hang), nesting deep enough to overflow a stack
  // (rejected, exit 1); a folder name with spaces and æøå and stray files
  // (accepted with warnings, exit 0); an empty folder (exit 1).
  const CLI_RUNS = {
    rejected: ['koding', 'yaml-bombe', 'brodtekst-djup-liste', 'yaml-djup'],
    accepted: ['mappe-med-mellomrom-og-æøå', 'ubrukte-filer'],
    empty: ['tom-mappe'],
  };
  it('the CLI runs hold fixtures of this file, rejected and accepted', () => {
    const known = new Map(EVERY_CASE);
    expect(Object.values(CLI_RUNS).map((fixtures) => fixtures.map((f) => known.get(f)))).toEqual([
      [1, 1, 1, 1],
      [0, 0],
      [1],
    ]);
  });

  it.concurrent.each(Object.entries(CLI_RUNS))(
    '%s: the CLI exits and prints exactly what the check command does, without a stack trace',
    async (name, fixtures) => {
      // Inside the CLI's project, so both runs print the same relative paths.
      const dir = join('samla', name, 'content');
      rmSync(join(await project(), 'samla', name), { recursive: true, force: true });
      for (const fixture of fixtures)
        cpSync(join(FIXTURES, fixture, 'content'), join(await project(), dir, fixture), {
          recursive: true,
        });
      const [result, expected] = await Promise.all([
        cli(dir),
        checkInProcess(dir, await project()),
      ]);
      expect(result.code, result.stderr).toBe(expected.code);
      expect(result.code).toBe(name === 'accepted' ? 0 : 1);
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(result.stdout).toBe(expected.stdout);
      expect(result.stderr).toBe(expected.stderr);
      // Every fixture of the run was read: the files of each one that has
      // problems of its own are named under its subfolder.
      const quiet = new Set(ACCEPTED.filter((c) => !c.warnings).map((c) => c.fixture));
      for (const fixture of fixtures.filter((f) => f !== 'tom-mappe' && !quiet.has(f)))
        expect(result.stdout, fixture).toContain(`${fixture}/`);
    },
  );

  it('a missing content folder exits 2 with a clear message and no stack trace', async () => {
    const result = await cli('tests/fixtures/check/finst-ikkje/content');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^Finn ikkje innhaldsmappa .*finst-ikkje\/content\. \(Cannot read the content folder: it does not exist/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('cases built at test time (file names a checkout may not hold, sizes)', () => {
  const temp = mkdtempSync(join(tmpdir(), 'planverk-adversarial-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const doc = (body = '\nTekst.\n') =>
    `---\ntittel: Plan\ntype: plan\nstatus: vedteken\ndato: 2024-01-01\n---\n${body}`;

  it('url-kollisjon-store-bokstavar: ids that differ only in case get the same URL', async () => {
    const root = join(temp, 'case');
    mkdirSync(join(root, 'content'), { recursive: true });
    writeFileSync(join(root, 'content/Plan.md'), doc());
    writeFileSync(join(root, 'content/plan.md'), doc());
    const { problems } = await validateContent({ root, includeDrafts: false, config });
    expect(problems).toMatchObject([
      { file: 'content/plan.md', line: 1, ruleId: 'slug-duplikat', severity: 'error' },
    ]);
    expect(problems[0]?.message).toContain('(/dokument/plan/) som «Plan»');
  });

  it('liste-1000-nivaa: an indented list 1,000 levels deep is an error with its line, not a stack overflow', async () => {
    const root = join(temp, 'deep');
    mkdirSync(join(root, 'content'), { recursive: true });
    const list = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i)}- punkt`).join('\n');
    writeFileSync(join(root, 'content/djup.md'), doc(`\nInnleiing.\n\n${list}\n`));
    const { problems, documents } = await validateContent({ root, includeDrafts: false, config });
    expect(documents).toHaveLength(1);
    // Frontmatter is lines 1–6, «Innleiing.» line 8, the list from line 10: item 101 is line 110.
    expect(problems).toMatchObject([
      { file: 'content/djup.md', line: 110, field: 'brødtekst', ruleId: 'brodtekst-for-djup' },
    ]);
  });

  it('stor-fil: a document over 1 MB is read, with a warning that names the file', async () => {
    const root = join(temp, 'large');
    mkdirSync(join(root, 'content'), { recursive: true });
    // 1,100 paragraphs of ~1,000 characters: 1.09 MB, past LARGE_FILE (1 MiB).
    // 55,000 one-line paragraphs of the same size took 7.5 s of CPU to load
    // (1 s for these), and over 120 s on two cores under load.
    const paragraph = `${'Tekst om kommunen og tenestene. '.repeat(31)}\n\n`;
    const body = `\n${paragraph.repeat(1_100)}`;
    expect(Buffer.byteLength(body)).toBeGreaterThan(LARGE_FILE);
    writeFileSync(join(root, 'content/stor.md'), doc(body));
    const { problems, documents } = await loadContent({ root, config });
    expect(documents).toHaveLength(1);
    expect(problems).toMatchObject([
      { file: 'content/stor.md', line: 1, ruleId: 'fil-stor', severity: 'warning' },
    ]);
  });

  it('avsnitt-30000-linjer: one paragraph of 30,000 lines is an error at its first line, not 20 s of parse', async () => {
    const root = join(temp, 'longpara');
    mkdirSync(join(root, 'content'), { recursive: true });
    const paragraph = Array.from({ length: 30_000 }, (_, i) => `Linje ${i} i avsnittet`).join('\n');
    writeFileSync(join(root, 'content/langt.md'), doc(`\nInnleiing.\n\n${paragraph}\n`));
    const { problems, documents } = await loadContent({ root, config });
    expect(documents).toHaveLength(1);
    // Frontmatter is lines 1–6, «Innleiing.» line 8, the paragraph from line 10.
    expect(problems).toMatchObject([
      {
        file: 'content/langt.md',
        line: 10,
        field: 'brødtekst',
        ruleId: 'brodtekst-langt-avsnitt',
        severity: 'error',
      },
    ]);
    expect(problems[0]?.message).toContain('Del det opp med tomme linjer');
  });
});
