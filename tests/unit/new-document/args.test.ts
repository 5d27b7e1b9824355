import { describe, expect, it } from 'vitest';
import { parseNewArgs } from '../../../src/lib/new-document/args.ts';

describe('parseNewArgs', () => {
  it('reads type, title and options', () => {
    expect(
      parseNewArgs(
        [
          'saksframlegg',
          'Kjøp av PC-ar',
          '--malform',
          'nynorsk',
          '--kommune',
          'Årdal, Lærdal',
          '--dir',
          'x',
        ],
        'nb',
      ),
    ).toEqual({
      type: 'saksframlegg',
      title: 'Kjøp av PC-ar',
      malform: 'nn',
      kommune: 'Årdal, Lærdal',
      dir: 'x',
      help: false,
    });
  });

  it('joins an unquoted title and accepts målform spelled with å and short flags', () => {
    expect(parseNewArgs(['plan', 'Ny', 'plan', '--målform', 'bokmål', '-s', 'a/b'], 'nn')).toEqual({
      type: 'plan',
      title: 'Ny plan',
      malform: 'nb',
      strategy: 'a/b',
      help: false,
    });
  });

  it('reports unknown options and målformer in the fallback målform', () => {
    expect(() => parseNewArgs(['plan', 'x', '--foo'], 'nn')).toThrowErrorMatchingInlineSnapshot(
      `[NewDocumentError: Ukjend val: --foo. Skriv npm run new -- --help for hjelp.]`,
    );
    expect(() =>
      parseNewArgs(['plan', 'x', '--malform', 'svensk'], 'nb'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[NewDocumentError: Ukjent målform «svensk». Skriv nb, nn, bokmål eller nynorsk.]`,
    );
  });
});
