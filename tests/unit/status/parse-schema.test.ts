/**
 * Status update files go the documents' path (issue 10): located YAML →
 * vocabulary → zod schema, with the same `update.*` rule ids, lines and
 * fields as the hand walk they replace.
 */
import { describe, expect, it } from 'vitest';
import { parseStatusFile } from '../../../src/lib/status/parse.ts';

const FILE = 'content/statusoppdateringar/2025.yaml';
const parse = (text: string, malform: 'nb' | 'nn' = 'nn') => parseStatusFile(text, FILE, malform);
const seen = (text: string, malform: 'nb' | 'nn' = 'nn') =>
  parse(text, malform).problems.map(
    (p) => `${p.line} ${p.field ?? '-'} [${p.ruleId}] ${p.message}`,
  );

describe('status file schema', () => {
  it('reads keys in any spelling and takes dokument and dato from the file', () => {
    const parsed = parse(
      'Målform: bokmål\ndokument: tysnes/plan.md\ndato: 15.10.2021\nOPPDATERINGER:\n  - tiltak: kurs\n    status: Pågår\n    merknad: "  i gang  "\n  - tiltak: annan/plan#ny\n    dato: 2022-01-02\n    Status: fullfort\n',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.malform).toBe('nb');
    expect(parsed.updates).toEqual([
      {
        actionId: 'kurs',
        docId: 'tysnes/plan',
        date: '2021-10-15',
        status: 'pagar',
        remark: 'i gang',
        line: 5,
        field: 'OPPDATERINGER[0]',
        refLine: 5,
      },
      {
        actionId: 'ny',
        docId: 'annan/plan',
        date: '2022-01-02',
        status: 'fullfort',
        line: 8,
        field: 'OPPDATERINGER[1]',
        refLine: 8,
      },
    ]);
  });

  it('reports an empty status as a wrong value and keeps the update for the reference check', () => {
    const parsed = parse('oppdateringar:\n  - tiltak: a#kurs\n    dato: 2021-01-01\n    status:\n');
    expect(parsed.problems.map((p) => [p.line, p.field, p.ruleId])).toEqual([
      [4, 'oppdateringar[0].status', 'oppdatering-status-ugyldig'],
    ]);
    expect(parsed.updates).toMatchObject([{ actionId: 'kurs', docId: 'a', date: '2021-01-01' }]);
    expect(parsed.updates[0]?.status).toBeUndefined();
  });

  it('words each structural problem as before, in the file målform', () => {
    expect(seen('målform: nb\noppdateringer: kurs\n')).toEqual([
      '2 oppdateringer [oppdatering-ikke-liste] «oppdateringer» skal være en liste med oppdateringer. Skriv hver oppdatering som felt: første linje «- tiltak: …», og «dato», «status» og «merknad» med innrykk under.',
    ]);
    expect(seen('oppdateringar:\n  - kurs\n  - tiltak: a#b\n')).toEqual([
      '2 oppdateringar[0] [oppdatering-ikke-liste] «oppdateringar» skal vere ei liste med oppdateringar. Skriv kvar oppdatering som felt: første linje «- tiltak: …», og «dato», «status» og «merknad» med innrykk under.',
      '3 oppdateringar[1].dato [oppdatering-mangler-felt] «dato» manglar. Skriv til dømes «dato: 2021-10-15».',
      '3 oppdateringar[1].status [oppdatering-mangler-felt] «status» manglar. Skriv til dømes «status: pågår».',
    ]);
    // Sorted: load.ts sorts a file's problems by line and rule; the hand walk found them in another order.
    expect(
      seen(
        'målform: svensk\ndato: 31.02.2021\nstatus: pågår\noppdateringar:\n  - tiltak: a#b\n    status: [pågår, ferdig]\n    tiltak: a#c\n',
      ).sort(),
    ).toMatchInlineSnapshot(`
      [
        "1 målform [oppdatering-malform-ugyldig] Ukjend målform «svensk». Skriv «nb» (bokmål) eller «nn» (nynorsk).",
        "2 dato [oppdatering-dato-ugyldig] Datoen «31.02.2021» finst ikkje i kalenderen. Sjekk dag og månad.",
        "3 status [oppdatering-ukjent-nokkel] Ukjend nøkkel «status». Meinte du «oppdateringar»?",
        "5 oppdateringar[0].dato [oppdatering-mangler-felt] «dato» manglar. Skriv til dømes «dato: 2021-10-15».",
        "6 oppdateringar[0].status [oppdatering-status-ugyldig] Ukjend status «[pågår,ferdig]». Bruk ein av: planlagt, pågår, fullført, utsett, avlyst.",
        "7 oppdateringar[0].tiltak [oppdatering-dobbel-nokkel] «tiltak» står to gonger (òg på linje 5). Behald berre éin av dei.",
      ]
    `);
  });

  // New with the shared YAML reader (the hand walk expanded aliases without a limit).
  it('refuses an alias bomb and deep nesting as YAML problems instead of hanging', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      bomb.push(
        `${'abcdefgh'[i]}: &${'abcdefgh'[i]} [${Array(10)
          .fill(`*${'abcdefgh'[i - 1]}`)
          .join(', ')}]`,
      );
    const parsed = parse(`${bomb.join('\n')}\noppdateringar: []\n`);
    expect(parsed.problems.map((p) => p.ruleId)).toEqual(['oppdatering-yaml']);
    const deep = parse(`oppdateringar: ${'['.repeat(40)}${']'.repeat(40)}\n`);
    expect(deep.problems.map((p) => p.ruleId)).toEqual(['oppdatering-yaml']);
  });
});
