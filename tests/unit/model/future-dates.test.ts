import { describe, expect, it } from 'vitest';
import { futureDateFindings } from '../../../src/lib/model/future-dates.ts';
import { readFrontmatter } from '../../../src/lib/model/read-frontmatter.ts';
import { FrontmatterSchema } from '../../../src/lib/model/schemas/document.ts';

const NOW = new Date(2025, 5, 15);

function findings(yaml: string) {
  const read = readFrontmatter(`---\n${yaml}\n---\n\nTekst.\n`, 'nb');
  const fm = FrontmatterSchema.parse(read.data);
  return futureDateFindings(fm, read.data ?? {}, read.index, NOW);
}

const base = 'tittel: Plan\ntype: plan\nstatus: vedtatt';

describe('futureDateFindings', () => {
  it('warns about dato, vedtak dato and møtedato more than five years ahead, as written', () => {
    const result = findings(
      `${base}\ndato: 26.03.2202\nbehandling:\n  - utvalg: Formannskapet\n    møtedato: 2031-01-01\nvedtak:\n  - organ: Kommunestyret\n    dato: 2030-06-16\n    punkt: Vedtatt.`,
    );
    expect(result.map((f) => [f.field, f.pos.line, f.args?.value, f.severity])).toEqual([
      ['dato', 5, '26.03.2202', 'warning'],
      ['vedtak[0].dato', 11, '2030-06-16', 'warning'],
      ['behandling[0].møtedato', 8, '2031-01-01', 'warning'],
    ]);
  });

  it('accepts dates up to five years ahead, and any past date', () => {
    expect(findings(`${base}\ndato: 2030-06-15`)).toEqual([]);
    expect(findings(`${base}\ndato: 1814-05-17`)).toEqual([]);
  });
});
