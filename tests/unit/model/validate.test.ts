import { describe, expect, it } from 'vitest';
import { memoryResolver } from '../../../src/lib/model/attachments.ts';
import { check, doc, formatted, rules } from './helpers.ts';

describe('reading files', () => {
  it('accepts a byte-order mark and CRLF line endings', () => {
    const text =
      '\uFEFF---\r\ntittel: Test\r\ntype: plan\r\nstatus: vedteken\r\ndato: 26.03.2020\r\n---\r\n\r\nTekst.\r\n';
    const result = check({ 'a.md': text });
    expect(result.problems).toEqual([]);
    expect(result.documents[0]).toMatchObject({
      title: 'Test',
      date: '2020-03-26',
      bodyLine: 7,
      summary: 'Tekst.',
    });
  });

  it('reports an empty file, a file without frontmatter and an unclosed one, in the site målform', () => {
    const result = check({
      'tom.md': '  \n',
      'utan.md': '# Overskrift\n',
      'open.md': '---\ntittel: x\n',
    });
    expect(formatted(result.problems)).toMatchInlineSnapshot(`
      "content/open.md
        content/open.md:1:1  error  Frontmatter blir ikkje avslutta. Legg til ei linje med berre \`---\` etter det siste feltet.  [frontmatter-open]

      content/tom.md
        content/tom.md:1:1  error  Fila er tom. Byrj med frontmatter mellom to linjer med \`---\`: tittel, type, status og dato.  [tom-fil]

      content/utan.md
        content/utan.md:1:1  error  Fila manglar frontmatter. Den første linja skal vere \`---\`, så felta (tittel, type, status, dato …) og til slutt ei linje med \`---\`.  [ingen-frontmatter]

      ✖ 3 feil i 3 filer"
    `);
    expect(result.documents).toEqual([]);
  });

  it('reports invalid YAML with its line instead of crashing', () => {
    const result = check({ 'a.md': '---\ntittel: Test\ntype: [plan\nstatus: vedteken\n---\n' });
    expect(rules(result.problems)).toContain('yaml-syntaks');
    // The parser notices the unclosed `[` where the next key starts.
    expect(result.problems[0]).toMatchObject({ file: 'content/a.md', line: 4, malform: 'nn' });
    expect(result.problems[0]?.message).toMatch(
      /^Frontmatter kan ikkje lesast: innrykket stemmer ikkje/,
    );
  });

  it('reports frontmatter that is a list, not fields', () => {
    expect(rules(check({ 'a.md': '---\n- tittel\n- dato\n---\n' }).problems)).toEqual([
      'frontmatter-form',
    ]);
  });

  it('keeps numbers as written and never turns dates into Date objects', () => {
    const result = check({ 'a.md': doc('arkivkode: 010\narkivsak: 17/596\n') });
    expect(result.documents[0]).toMatchObject({
      archiveCode: '010',
      caseNumber: '17/596',
      date: '2024-01-01',
    });
  });
});

describe('fields', () => {
  it('writes messages in the document målform, and the site default when it has none', () => {
    const nb = check({ 'a.md': doc('målform: bokmål\ndatum: 1\n') }).problems[0];
    const nn = check({ 'a.md': doc('datum: 1\n') }).problems[0];
    expect(nb).toMatchObject({
      malform: 'nb',
      message: '«datum» er ikke et kjent felt. Mente du `dato`?',
      fix: 'dato',
    });
    expect(nn).toMatchObject({
      malform: 'nn',
      message: '«datum» er ikkje eit kjent felt. Meinte du `dato`?',
    });
  });

  it('suggests the key in the document målform', () => {
    const nn = check({ 'a.md': doc('saksbehandlr: Kari\n') }).problems[0];
    const nb = check({ 'a.md': doc('målform: nb\nsaksbehandlr: Kari\n') }).problems[0];
    expect(nn?.fix).toBe('saksbehandlar');
    expect(nb?.fix).toBe('saksbehandler');
  });

  it('reports a key written twice under two spellings', () => {
    const result = check({ 'a.md': doc('sammendrag: a\nsamandrag: b\n') });
    expect(result.problems[0]).toMatchObject({
      ruleId: 'felt-dobbelt',
      line: 7,
      message: '`samandrag` står to gonger (òg på linje 6). Behald berre eitt av dei.',
    });
  });

  it('requires høringsfrist with status høring, and strategi when tiltak name areas the plan lacks', () => {
    // Changed on purpose (issue 15 scope 4): a handlingsplan needs `strategi`
    // only when its tiltak refer to another document's satsingsområde.
    const result = check({
      'a.md': '---\ntittel: A\ntype: plan\nstatus: høring\ndato: 2024-01-01\nmålform: nb\n---\n',
      'b.md':
        '---\ntittel: B\ntype: handlingsplan\nstatus: vedteken\ndato: 2024-01-01\nhandlingsplan:\n  - id: kurs\n    tiltak: Kurs\n    satsingsområde: kompetanse\n---\n',
    });
    expect(result.problems.map((p) => `${p.field}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "høringsfrist: Feltet \`høringsfrist\` mangler (det er påkrevd når status er høring). Skriv for eksempel \`høringsfrist: 30.04.2024\`.",
        "strategi: Feltet \`strategi\` manglar (det trengst når tiltak viser til satsingsområde i eit anna dokument). Skriv til dømes \`strategi: strategiar/digital-strategi\`.",
      ]
    `);
  });

  it('says a field is empty rather than missing when the key has no value', () => {
    const result = check({
      'a.md': '---\ntittel:\ntype: plan\nstatus: vedteken\ndato: 2024-01-01\n---\n',
    });
    expect(result.problems[0]).toMatchObject({
      line: 2,
      field: 'tittel',
      message: 'Feltet `tittel` er tomt. Skriv til dømes `tittel: Digital strategi 2024–2027`.',
    });
  });

  it('reports a wrong shape: a list where text is expected', () => {
    const result = check({ 'a.md': doc('undertittel: [a, b]\n') });
    expect(result.problems[0]).toMatchObject({
      ruleId: 'verdi-type',
      field: 'undertittel',
      line: 6,
      column: 14,
    });
  });

  it('suggests the nearest enum value and lists the valid ones', () => {
    const result = check({
      'a.md': doc('type: stratgi\n'.replace('type', 'type')).replace('type: plan\n', ''),
    });
    expect(result.problems[0]?.message).toBe(
      '«stratgi» er ikkje ein gyldig verdi. Meinte du `strategi`? Gyldige verdiar er `strategi`, `plan`, `handlingsplan`, `saksframlegg`, `orientering`, `notat`.',
    );
  });

  it('defaults kommune to the site’s first and normalises spelling to the site’s', () => {
    const result = check({ 'a.md': doc(''), 'b.md': doc('kommune: [laerdal, TYSNES]\n') });
    expect(result.documents.map((d) => d.kommune)).toEqual([['Årdal'], ['Lærdal', 'Tysnes']]);
  });

  it('reads periode as a range or as {fra, til}, in nb and nn', () => {
    const result = check({
      'a.md': doc('periode: 2020-2025\n'),
      'b.md': doc('periode: {frå: 2021, til: 2024}\n'),
      'c.md': doc('periode:\n  fra: 2019\n  til: 2022\n'),
      'd.md': doc('periode: {fra: 2025, til: 2020}\n'),
    });
    expect(result.documents.map((d) => d.period)).toEqual([
      { from: 2020, to: 2025 },
      { from: 2021, to: 2024 },
      { from: 2019, to: 2022 },
    ]);
    expect(result.problems).toMatchObject([
      { file: 'content/d.md', ruleId: 'periode-ugyldig', field: 'periode' },
    ]);
  });

  it('reads innstilling as text or {fra, punkt}, and vedtak with punkt or tekst', () => {
    const result = check({
      'a.md': doc(
        'innstilling: Planen blir vedteken.\nvedtak:\n  - organ: Kommunestyret\n    dato: 12.05.2021\n    tekst: Vedteke.\n',
      ),
      'b.md': doc(
        'innstilling:\n  frå: Kommunedirektøren\n  punkt: [Ein, To]\nvedtak:\n  - organ: Formannskapet\n',
      ),
    });
    const [a] = result.documents;
    expect(a?.recommendation).toEqual({ points: ['Planen blir vedteken.'] });
    expect(a?.decisions).toEqual([
      { organ: 'Kommunestyret', date: '2021-05-12', points: ['Vedteke.'] },
    ]);
    expect(result.problems).toMatchObject([
      { file: 'content/b.md', ruleId: 'obligatorisk-felt', field: 'vedtak[0].punkt', line: 10 },
    ]);
  });

  it('derives the summary from the first paragraph, cut at a word with …', () => {
    const long = `${'Ord '.repeat(100)}slutt.`;
    const result = check({
      'a.md': doc(
        '',
        `\n# Overskrift\n\nFørste **avsnitt** med [lenke](https://example.no).\n\nAndre.\n`,
      ),
      'b.md': doc('', `\n${long}\n`),
      'c.md': doc('samandrag: Eige samandrag.\n'),
    });
    const [a, b, c] = result.documents;
    expect(a).toMatchObject({ summary: 'Første avsnitt med lenke.', summaryDerived: true });
    expect(b?.summary.length).toBeLessThanOrEqual(301);
    expect(b?.summary).toMatch(/Ord…$/);
    expect(c).toMatchObject({ summary: 'Eige samandrag.', summaryDerived: false });
  });
});

describe('plans and sections', () => {
  const strategy = doc(
    'type: strategi\nsatsingsområde:\n  - id: kompetanse\n    tittel: Digital kompetanse\n  - id: tenester\n    tittel: Tenester\n    seksjon: DIGITALE   tenester\n  - id: data\n    tittel: Data\n    seksjon: "#deling-av-data"\n'.replace(
      'type: strategi\n',
      '',
    ),
    '\n## Digital kompetanse\n\n## Digitale tenester\n\n## Deling av data\n',
  ).replace('type: plan', 'type: strategi');

  it('finds seksjon by heading text (any case or spacing), by anchor, or by the title', () => {
    const [d] = check({ 's.md': strategy }).documents;
    expect(d?.focusAreas.map((a) => [a.id, a.sectionAnchor, a.sectionTitle])).toEqual([
      ['kompetanse', 'digital-kompetanse', 'Digital kompetanse'],
      ['tenester', 'digitale-tenester', 'Digitale tenester'],
      ['data', 'deling-av-data', 'Deling av data'],
    ]);
  });

  it('resolves a tiltak’s satsingsområde in the strategi and fills focusAreaDoc', () => {
    const plan =
      '---\ntittel: H\ntype: handlingsplan\nstatus: vedteken\ndato: 2024-02-01\nstrategi: strategiar/s.md\nhandlingsplan:\n  - id: kurs\n    tiltak: Kurs\n    satsingsområde: kompetanse\n---\n';
    const result = check({ 'strategiar/s.md': strategy, 'h.md': plan });
    expect(result.problems).toEqual([]);
    expect(result.documents.find((d) => d.id === 'h')?.actionPlan[0]?.focusAreaDoc).toBe(
      'strategiar/s',
    );
  });

  it('reports a duplicate satsingsområde id', () => {
    const text = doc(
      'satsingsområde:\n  - {id: a, tittel: Test}\n  - {id: a, tittel: Test}\n',
      '\n## Test\n',
    );
    expect(check({ 'a.md': text }).problems).toMatchObject([
      { ruleId: 'id-duplikat', field: 'satsingsområde[1].id', line: 8 },
    ]);
  });
});

describe('references', () => {
  it('reports an unknown relatert, erstatter and strategi with the nearest id', () => {
    const result = check({
      'planar/a.md': doc('relatert: [planar/bb]\nerstattar: planar/x\n'),
      'planar/b.md': doc(''),
    });
    expect(result.problems.map((p) => `${p.field}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "relatert[0]: Finn ikkje dokumentet «planar/bb». Meinte du \`planar/b\`? Skriv id-en til dokumentet: stien under content/ utan .md, til dømes \`strategiar/digital-strategi\`.",
        "erstattar: Finn ikkje dokumentet «planar/x». Meinte du \`planar/a\`? Skriv id-en til dokumentet: stien under content/ utan .md, til dømes \`strategiar/digital-strategi\`.",
      ]
    `);
  });

  it('fills replacedBy on the replaced document', () => {
    const result = check({
      'ny.md': doc('erstattar: gammal\n'),
      'gammal.md': doc('').replace('vedteken', 'oppheva'),
    });
    expect(result.problems).toEqual([]);
    expect(result.documents.find((d) => d.id === 'gammal')).toMatchObject({
      status: 'opphevet',
      replacedBy: 'ny',
    });
  });

  it('leaves drafts out of documents unless includeDrafts, and never lets a published doc point at one', () => {
    const sources = {
      'utkast.md': doc('').replace('vedteken', 'utkast'),
      'ute.md': doc('relatert: utkast\n'),
    };
    const production = check(sources);
    expect(production.documents.map((d) => d.id)).toEqual(['ute']);
    expect(production.problems).toMatchObject([
      { ruleId: 'referanse-utkast', severity: 'error', file: 'content/ute.md' },
    ]);
    const preview = check(sources, { includeDrafts: true });
    expect(preview.documents.map((d) => d.id).sort()).toEqual(['ute', 'utkast']);
    expect(preview.problems).toMatchObject([{ ruleId: 'referanse-utkast', severity: 'warning' }]);
  });

  it('does not fill replacedBy from a draft in production', () => {
    const result = check({
      'ny.md': doc('erstattar: gammal\n').replace('vedteken', 'utkast'),
      'gammal.md': doc(''),
    });
    expect(result.documents.find((d) => d.id === 'gammal')?.replacedBy).toBeUndefined();
  });

  it('reports two files that would get the same URL', () => {
    const result = check({ 'Plan.md': doc(''), 'plan.md': doc('') });
    expect(rules(result.problems)).toEqual(['slug-duplikat']);
  });
});

describe('attachments', () => {
  it('resolves vedlegg relative to the document and records bytes and extension', () => {
    const text = doc(
      'vedlegg:\n  - tittel: Budsjett\n    fil: vedlegg/Budsjett 2024.PDF\n  - tittel: Kart\n    fil: ../kart/årdal.png\n',
    );
    const files = { 'saker/vedlegg/Budsjett 2024.PDF': 1200, 'kart/årdal.png': 30 };
    const result = check({ 'saker/a.md': text }, { resolveAttachment: memoryResolver(files) });
    expect(result.problems).toEqual([]);
    expect(result.documents[0]?.attachments).toEqual([
      { title: 'Budsjett', file: 'saker/vedlegg/Budsjett 2024.PDF', bytes: 1200, ext: 'pdf' },
      { title: 'Kart', file: 'kart/årdal.png', bytes: 30, ext: 'png' },
    ]);
  });

  it.each([
    '../../etc/passwd',
    '../utanfor.pdf',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'https://example.no/a.pdf',
  ])('rejects %s as outside content/', (fil) => {
    const result = check(
      { 'a.md': doc(`vedlegg:\n  - tittel: X\n    fil: '${fil}'\n`) },
      { resolveAttachment: memoryResolver({}) },
    );
    expect(rules(result.problems)).toEqual(['vedlegg-sti']);
  });
});

describe('regression: kommune written as one comma-separated string', () => {
  it('reads `kommune: Årdal, Lærdal` as two kommunar', () => {
    const result = check({ 'a.md': doc('kommune: Årdal, lærdal\n') });
    expect(result.problems).toEqual([]);
    expect(result.documents[0]?.kommune).toEqual(['Årdal', 'Lærdal']);
  });
});
