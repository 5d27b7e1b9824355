/**
 * Reads an amount of kroner: a number (`57060`) or a string in Norwegian
 * style: `"57 060"`, `"kr 57 060,-"`, `"57.060"`, `"57 060,50"`, `"-1 200"`,
 * with ordinary, no-break or narrow no-break spaces between digit groups.
 * Also `"1,5 mill."` / `"2 millionar"` (× 1 000 000, as budgets are
 * written) and `gratis` (0). Returns undefined for anything else
 * (`"femti"`, `"5 70 60"`, `"12,345"`).
 */
export function parseMoney(input: string | number): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  if (/^\s*gratis\s*$/i.test(input)) return 0;
  const millions =
    /^\s*(?:kr\.?\s*)?(-?\d+(?:,\d+)?)\s*(?:mill\.?|millioner|millionar|million)(?:\s*kr\.?)?\s*$/i.exec(
      input,
    );
  if (millions) return Math.round(Number((millions[1] ?? '').replace(',', '.')) * 1_000_000);
  const text = input
    .replace(/[\s\u00a0\u202f\u2009\u2007]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(kr\.?|nok)\s*/, '')
    .replace(/\s*(kr\.?|nok)$/, '')
    .replace(/,\s*[-–]$/, '')
    .replace(/^[-−–]\s*/, '-');
  // Integer part: plain digits, or groups of three after a space or a dot.
  const match = /^(-?)(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const groups = match[2] ?? '';
  const separators = new Set(groups.match(/[ .]/g) ?? []);
  if (separators.size > 1) return undefined;
  const kroner = Number(groups.replace(/[ .]/g, ''));
  const ore = match[3] ? Number(match[3].padEnd(2, '0')) / 100 : 0;
  const value = kroner + ore;
  return match[1] === '-' ? -value : value;
}
