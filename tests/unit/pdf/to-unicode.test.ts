import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readToUnicode } from '../../../src/lib/pdf/to-unicode.ts';

describe('readToUnicode', () => {
  it('reads bfchar, bfrange with a start value and bfrange with an array, as Skia writes them', async () => {
    const doc = await PDFDocument.create();
    const cmap = [
      '/CIDInit /ProcSet findresource begin',
      '2 beginbfchar',
      '<0003> <0020>',
      '<00F0> <00660069>',
      'endbfchar',
      '2 beginbfrange',
      '<0024> <0026> <0041>',
      '<0030> <0031> [<00E6> <00F8>]',
      'endbfrange',
      'endcmap',
    ].join('\n');
    const font = doc.context.obj({
      Type: 'Font',
      ToUnicode: doc.context.register(doc.context.flateStream(cmap)),
    });
    const map = readToUnicode(doc, font);
    expect(Object.fromEntries(map)).toEqual({
      '0003': '0020',
      '00f0': '00660069',
      '0024': '0041',
      '0025': '0042',
      '0026': '0043',
      '0030': '00e6',
      '0031': '00f8',
    });
  });

  it('gives an empty map for a font without ToUnicode', async () => {
    const doc = await PDFDocument.create();
    expect(readToUnicode(doc, doc.context.obj({ Type: 'Font', Subtype: 'Type1' })).size).toBe(0);
  });
});
