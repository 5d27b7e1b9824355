import { describe, expect, it } from 'vitest';
import { operators, wrapUnmarked } from '../../../src/lib/pdf/artifacts.ts';

describe('running headers and footers become artifacts (ISO 14289-1 §7.1)', () => {
  it('wraps unmarked text and paths, leaves tagged content alone', () => {
    const source = [
      'q',
      'BT /F1 10 Tf <0037> Tj ET',
      'Q',
      '/P <</MCID 0>> BDC BT (tagged) Tj ET EMC',
      '0 0 1 1 re f',
      '2 0 1 1 re f',
      '0 0 9 9 re W* n',
    ].join('\n');
    const result = wrapUnmarked(source);
    expect(result?.wrapped).toBe(2);
    expect(result?.text).toContain(
      'q\n/Artifact <</Type /Pagination>> BDC\nBT /F1 10 Tf <0037> Tj ET\nEMC\nQ',
    );
    // Two neighbouring dots share one artifact; the clip stays outside.
    expect(result?.text).toContain('BDC\n0 0 1 1 re f\n2 0 1 1 re f\nEMC\n0 0 9 9 re W* n');
    expect(result?.text).toContain('/P <</MCID 0>> BDC BT (tagged) Tj ET EMC');
  });

  it('never lets an artifact straddle a Q', () => {
    const result = wrapUnmarked('q 0 0 1 1 re f Q 0 0 2 2 re f');
    expect(result?.wrapped).toBe(2);
  });

  it('reads strings with parentheses and refuses inline images', () => {
    expect(operators('(a \\) (b)) Tj')?.map((op) => op.name)).toEqual(['Tj']);
    expect(wrapUnmarked('BI /W 1 ID x EI')).toBeUndefined();
  });

  it('splits on every PDF white-space and delimiter, numbers and keywords being operands', () => {
    const source = '/F1\x0012 Tf\t1\v0 0\f1 -2.5 +.5 Tm\r\n[<00>-3(x)]TJ true null false d0';
    expect(operators(source)?.map((op) => [op.name, source.slice(op.start, op.end)])).toEqual([
      ['Tf', '/F1\x0012 Tf'],
      ['Tm', '1\v0 0\f1 -2.5 +.5 Tm'],
      ['TJ', '[<00>-3(x)]TJ'],
      ['d0', 'true null false d0'],
    ]);
  });

  it('steps over a stray delimiter instead of looping on it', () => {
    expect(operators('0 0 m ) 1 1 l > S')?.map((op) => op.name)).toEqual(['m', 'l', 'S']);
  });
});
