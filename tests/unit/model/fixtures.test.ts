import {
  mkdtempSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  cpSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../fixtures/config/planverk.config.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { formatProblems } from '../../../src/lib/model/problems.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/model');

/** Loads one fixture's content/ folder as the production build would. */
async function load(name: string, includeDrafts = false) {
  return loadContent({ root: join(FIXTURES, name), config, includeDrafts });
}

/** The formatted problems of one fixture. */
async function report(name: string): Promise<string> {
  return formatProblems((await load(name)).problems);
}

describe('loadContent on fixture content folders', () => {
  it('loads valid nb and nn content without problems, newest first, drafts left out', async () => {
    const { documents, problems, checked } = await load('gyldig');
    expect(problems).toEqual([]);
    expect(checked).toBe(4);
    expect(documents.map((d) => [d.id, d.malform, d.date])).toEqual([
      ['handlingsplanar/handlingsplan-2021', 'nn', '2020-12-10'],
      ['saksframlegg/høyring-budsjett-lærdal', 'nb', '2020-10-01'],
      ['strategiar/digital-strategi-årdal', 'nn', '2020-03-26'],
    ]);
    const hearing = documents[1];
    expect(hearing).toMatchObject({
      slug: 'saksframlegg/hoyring-budsjett-laerdal',
      status: 'horing',
      consultationDeadline: '2020-10-30',
      attachments: [
        {
          title: 'Budsjettforslag 2021',
          file: 'saksframlegg/vedlegg/budsjett-lærdal-2021.pdf',
          bytes: 20,
          ext: 'pdf',
        },
      ],
    });
    expect(documents[0]?.actionPlan.map((a) => [a.cost, a.status, a.deadline?.endDate])).toEqual([
      [57060, 'pagar', '2021-08-31'],
      [120000, 'planlagt', '2021-12-31'],
    ]);
  });

  it('keeps drafts in a preview load', async () => {
    const { documents } = await load('gyldig', true);
    expect(documents.map((d) => d.id)).toContain('strategiar/utkast-ny-strategi');
  });

  it('missing tittel', async () => {
    expect(await report('mangler-tittel')).toMatchInlineSnapshot(`
      "content/strategiar/kompetansestrategi-lærdal.md
        content/strategiar/kompetansestrategi-lærdal.md:2:1  error  tittel: Feltet \`tittel\` manglar. Skriv til dømes \`tittel: Digital strategi 2024–2027\`.  [obligatorisk-felt]

      ✖ 1 feil i 1 fil"
    `);
  });

  it('unknown key with a suggestion in the document målform (nn «meinte», nb «mente»)', async () => {
    expect(await report('ukjent-felt')).toMatchInlineSnapshot(`
      "content/planer/beredskapsplan-levanger.md
        content/planer/beredskapsplan-levanger.md:2:1  error  tittel: Feltet \`tittel\` mangler. Skriv for eksempel \`tittel: Digital strategi 2024–2027\`.  [obligatorisk-felt]
        content/planer/beredskapsplan-levanger.md:2:1  error  titel: «titel» er ikke et kjent felt. Mente du \`tittel\`?  [ukjent-felt]

      content/strategiar/digitalisering-tysnes.md
        content/strategiar/digitalisering-tysnes.md:2:1  error  tittel: Feltet \`tittel\` manglar. Skriv til dømes \`tittel: Digital strategi 2024–2027\`.  [obligatorisk-felt]
        content/strategiar/digitalisering-tysnes.md:2:1  error  titel: «titel» er ikkje eit kjent felt. Meinte du \`tittel\`?  [ukjent-felt]

      ✖ 4 feil i 2 filer"
    `);
  });

  it('an impossible date', async () => {
    expect(await report('umogleg-dato')).toMatchInlineSnapshot(`
      "content/saksframlegg/budsjettjustering-årdal.md
        content/saksframlegg/budsjettjustering-årdal.md:7:7  error  dato: «31.02.2020» er ikkje ein gyldig dato. Skriv datoen som 26.03.2020 eller 2020-03-26.  [dato-ugyldig]

      ✖ 1 feil i 1 fil"
    `);
  });

  it('a tiltak whose satsingsområde does not exist', async () => {
    expect(await report('ukjent-satsingsomrade')).toMatchInlineSnapshot(`
      "content/handlingsplanar/handlingsplan-oppvekst-2023.md
        content/handlingsplanar/handlingsplan-oppvekst-2023.md:16:21  error  handlingsplan[1].satsingsområde: «tidleg-innsats» er ikke et satsingsområde i dette dokumentet eller i «strategiar/oppvekststrategi». Mente du \`tidlig-innsats\`? Bruk id-en til et av dem: \`tidlig-innsats\`.  [satsingsomrade-ukjent]

      ✖ 1 feil i 1 fil"
    `);
  });

  it('two tiltak with one id', async () => {
    expect(await report('dobbel-tiltak-id')).toMatchInlineSnapshot(`
      "content/handlingsplanar/handlingsplan-helse-tysnes.md
        content/handlingsplanar/handlingsplan-helse-tysnes.md:14:9  error  handlingsplan[1].id: Id-en «tryggleiksalarm» er alt brukt på linje 10. Kvar id må vere unik i dokumentet; gi denne ein annan id.  [id-duplikat]

      ✖ 1 feil i 1 fil"
    `);
  });

  it('a vedlegg outside content/ or missing', async () => {
    expect(await report('vedlegg-utanfor')).toMatchInlineSnapshot(`
      "content/saksframlegg/tilstandsrapport-skular.md
        content/saksframlegg/tilstandsrapport-skular.md:9:10  error  vedlegg[0].fil: «../../etc/passwd» peikar ut av content-mappa. Legg vedlegget i mappa til dokumentet (eller ei undermappe) og skriv stien dit, til dømes \`vedlegg/budsjett.pdf\`.  [vedlegg-sti]
        content/saksframlegg/tilstandsrapport-skular.md:11:10  error  vedlegg[1].fil: «/etc/passwd» peikar ut av content-mappa. Legg vedlegget i mappa til dokumentet (eller ei undermappe) og skriv stien dit, til dømes \`vedlegg/budsjett.pdf\`.  [vedlegg-sti]
        content/saksframlegg/tilstandsrapport-skular.md:13:10  error  vedlegg[2].fil: Finn ikkje vedlegget «vedlegg/elevundersøking-2023.pdf» (venta content/saksframlegg/vedlegg/elevundersøking-2023.pdf). Sjekk stavemåten, eller legg fila der.  [vedlegg-fil]

      ✖ 3 feil i 1 fil"
    `);
  });

  it('a seksjon naming a heading that does not exist', async () => {
    expect(await report('ukjend-seksjon')).toMatchInlineSnapshot(`
      "content/strategiar/klimastrategi-lærdal.md
        content/strategiar/klimastrategi-lærdal.md:14:14  error  satsingsområde[1].seksjon: Dokumentet har inga overskrift «Energieffektive bygg». Skriv teksten eller ankeret til ei overskrift i dokumentet: \`Grøn transport\`, \`Energi i kommunale bygg\`.  [seksjon-ukjent]

      ✖ 1 feil i 1 fil"
    `);
  });

  it('a file with several problems gets all of them in one run', async () => {
    expect(await report('mange-feil')).toMatchInlineSnapshot(`
      "content/planar/kommunedelplan-idrett.md
        content/planar/kommunedelplan-idrett.md:2:1  error  høyringsfrist: Feltet \`høyringsfrist\` manglar (det er påkravd når status er høyring). Skriv til dømes \`høyringsfrist: 30.04.2024\`.  [obligatorisk-felt]
        content/planar/kommunedelplan-idrett.md:3:1  error  titel: «titel» er ikkje eit kjent felt. Meinte du \`tittel\`?  [ukjent-felt]
        content/planar/kommunedelplan-idrett.md:6:10  error  kommune: «Lerdal» er ikkje ein kommune på denne nettstaden. Meinte du \`Lærdal\`? Kommunane er \`Årdal\`, \`Lærdal\`, \`Tysnes\`, \`Levanger\`.  [kommune-ukjent]
        content/planar/kommunedelplan-idrett.md:8:7  error  dato: «31.02.2020» er ikkje ein gyldig dato. Skriv datoen som 26.03.2020 eller 2020-03-26.  [dato-ugyldig]
        content/planar/kommunedelplan-idrett.md:9:10  error  periode: «2025–2020» er ikkje ein gyldig periode. Skriv til dømes 2020–2025 eller {frå: 2020, til: 2025}, med det første året først.  [periode-ugyldig]
        content/planar/kommunedelplan-idrett.md:12:9  error  handlingsplan[0].id: «Ny Ballbinge» kan ikkje brukast som id. Bruk små bokstavar, tal og bindestrek, til dømes \`ny-ballbinge\`.  [id-format]
        content/planar/kommunedelplan-idrett.md:14:14  error  handlingsplan[0].kostnad: «femti tusen» er ikkje eit gyldig beløp. Skriv kroner som eit tal, til dømes 57060, "57 060" eller "kr 57 060,-".  [belop-ugyldig]
        content/planar/kommunedelplan-idrett.md:15:12  error  handlingsplan[0].frist: «2021-T4» er ikkje ein gyldig frist. Meinte du 2021-T3 eller 2021-K4? Skriv ein dato (26.03.2021), eit år (2021), eit tertial (2021-T2) eller eit kvartal (2021-K3).  [frist-ugyldig]
        content/planar/kommunedelplan-idrett.md:16:13  error  handlingsplan[0].status: «pågåande» er ikkje ein gyldig verdi. Gyldige verdiar er \`planlagt\`, \`pågår\`, \`fullført\`, \`utsett\`, \`avlyst\`.  [verdi-ukjent]

      ✖ 9 feil i 1 fil"
    `);
  });

  it('a published document pointing at a draft', async () => {
    expect(await report('utkast-lekkasje')).toMatchInlineSnapshot(`
      "content/planar/trafikktryggleiksplan.md
        content/planar/trafikktryggleiksplan.md:7:12  error  relatert[0]: «planar/trafikktryggleiksplan-utkast-2028» er eit utkast og skal ikkje publiserast, men dette dokumentet er publisert og viser til det, slik at utkastet ville bli synleg. Fjern tilvisinga, eller vent til «planar/trafikktryggleiksplan-utkast-2028» har status høyring eller vedteken.  [referanse-utkast]

      ✖ 1 feil i 1 fil"
    `);
  });
});

describe('the file system', () => {
  const temp = mkdtempSync(join(tmpdir(), 'planverk-model-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('rejects a vedlegg symlink that escapes content/', async () => {
    const root = join(temp, 'symlink');
    mkdirSync(join(root, 'content/vedlegg'), { recursive: true });
    writeFileSync(join(root, 'hemmeleg.txt'), 'løyndom');
    symlinkSync(join(root, 'hemmeleg.txt'), join(root, 'content/vedlegg/lenkje.txt'));
    writeFileSync(
      join(root, 'content/notat.md'),
      '---\ntittel: Notat\ntype: notat\nstatus: vedteken\ndato: 2024-01-01\nvedlegg:\n  - tittel: Lenkje\n    fil: vedlegg/lenkje.txt\n---\n',
    );
    const { problems } = await loadContent({ root, config });
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toMatchObject([{ ruleId: 'vedlegg-sti', line: 8, field: 'vedlegg[0].fil' }]);
  });

  it('never writes into the content folder', async () => {
    const root = join(temp, 'copy');
    cpSync(join(FIXTURES, 'gyldig'), root, { recursive: true });
    cpSync(join(FIXTURES, 'mange-feil/content/planar'), join(root, 'content/planar'), {
      recursive: true,
    });
    const listing = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .sort()
        .map((p) => {
          const stat = statSync(join(dir, p));
          return `${p} ${stat.size} ${stat.mtimeMs}`;
        });
    const before = listing(root);
    const result = await loadContent({ root, config, includeDrafts: true });
    expect(result.problems.length).toBeGreaterThan(0);
    expect(listing(root)).toEqual(before);
  });

  it('throws a developer error (in English) when the content folder does not exist', async () => {
    await expect(loadContent({ root: temp, contentDir: 'finst-ikkje', config })).rejects.toThrow(
      /Cannot read the content folder/,
    );
  });
});
