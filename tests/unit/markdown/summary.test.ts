import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../src/lib/markdown/summary.ts';

describe('deriveSummary', () => {
  it('takes the first prose paragraph, skipping headings, lists and tables', () => {
    const markdown = [
      '## Orienteringsnotat til Kontrollutvalget',
      '',
      '- Den økonomiske situasjonen',
      '- Helseplattformen',
      '',
      '| A | B |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      'Foreløpig årsregnskap for 2021 viser at Levanger kommune får et **mindreforbruk** på +/- 30 millioner kroner.',
    ].join('\n');
    expect(deriveSummary(markdown)).toBe(
      'Foreløpig årsregnskap for 2021 viser at Levanger kommune får et mindreforbruk på +/- 30 millioner kroner.',
    );
  });

  it('skips label-like short paragraphs («Sakshandsamar: …»)', () => {
    const markdown =
      'Sakshandsamar: Anders Teigen\n\nFrå KS har me fått slikt skriv om finansieringsordninga for digitaliseringsprosjekt.';
    expect(deriveSummary(markdown)).toMatch(/^Frå KS har me fått/);
  });

  it('falls back to the first paragraph anywhere, then to nothing', () => {
    expect(deriveSummary('# Tittel\n\n- Kort punkt')).toBe('Kort punkt');
    expect(deriveSummary('# Berre ei overskrift')).toBe('');
  });

  it('drops raw HTML and footnote markers, and collapses whitespace', () => {
    const markdown =
      'Digitaliseringsstrategien<sup>1</sup> set   retning\nog mål for <b>kommunane</b> sitt arbeid fram mot 2025.[^1]\n\n[^1]: KS.';
    expect(deriveSummary(markdown)).toBe(
      'Digitaliseringsstrategien1 set retning og mål for kommunane sitt arbeid fram mot 2025.',
    );
  });

  it('cuts a long paragraph at a word boundary with «…», within maxLength', () => {
    const text =
      'Helseplattformen er en felles pasientjournalløsning for det nasjonale målet om én innbygger og én journal, og den legger til rette for å følge pasienten i alle møter med helsetjenesten.';
    const summary = deriveSummary(text, 60);
    expect(summary).toBe('Helseplattformen er en felles pasientjournalløsning for det…');
    expect(summary.length).toBeLessThanOrEqual(60);
  });

  it('uses 300 characters by default', () => {
    const long = `${'ord '.repeat(200)}slutt`;
    const summary = deriveSummary(long);
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary.endsWith('ord…')).toBe(true);
  });
});
