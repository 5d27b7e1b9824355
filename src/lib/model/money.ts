/**
 * Reads an amount of kroner: a number (`57060`) or a string in Norwegian
 * style: `"57 060"`, `"kr 57 060,-"`, `"57.060"`, `"57 060,50"`, `"-1 200"`,
 * with ordinary, no-break or narrow no-break spaces between digit groups.
 * Also `"1,5 mill."` / `"2 millionar"` (× 1 000 000, as budgets are
 * written) and `gratis` (0).
 *
 * Only amounts the published formats carry exactly are read: whole øre at
 * most, at most Number.MAX_SAFE_INTEGER øre, and a value whose shortest
 * decimal form is the amount as written (so JSON, CSV and the page show the
 * same digits and never «1e+23»). Digits are counted with BigInt, so
 * `"99999999999999999999999"` is refused instead of rounded.
 */

/** Why a text is not an amount. */
export type MoneyProblem = 'format' | 'exponent' | 'decimals' | 'too-large';

/** An amount in kroner, or why it could not be read. */
export type MoneyResult = { ok: true; kroner: number } | { ok: false; reason: MoneyProblem };

const MAX_ORE = BigInt(Number.MAX_SAFE_INTEGER);

/** `12,5` million etc.: `(integer, fraction)` digits and the power of ten of the unit. */
function fromDigits(
  negative: boolean,
  whole: string,
  fraction: string,
  unitDigits: number,
): MoneyResult {
  // Øre are two decimals of a krone; a unit of 10^6 kroner allows 8 decimals.
  if (fraction.length > unitDigits + 2) return { ok: false, reason: 'decimals' };
  const scale = unitDigits + 2;
  const ore = BigInt(`${whole}${fraction.padEnd(scale, '0')}`);
  if (ore > MAX_ORE) return { ok: false, reason: 'too-large' };
  const kroner = Number(ore) / 100;
  // The shortest decimal of the double must be the amount itself, or JSON
  // and CSV would publish other digits than the clerk wrote.
  const exact = `${ore / 100n}${
    ore % 100n === 0n
      ? ''
      : `.${String(ore % 100n)
          .padStart(2, '0')
          .replace(/0$/, '')}`
  }`;
  if (String(kroner) !== exact) return { ok: false, reason: 'too-large' };
  return { ok: true, kroner: negative && kroner !== 0 ? -kroner : kroner };
}

/** Reads an amount (see the module comment); negative amounts are read, the schema decides. */
export function readMoney(input: string | number): MoneyResult {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, reason: 'format' };
    const text = String(Math.abs(input));
    if (/e/i.test(text))
      return { ok: false, reason: Math.abs(input) < 1 ? 'decimals' : 'too-large' };
    const [whole = '0', fraction = ''] = text.split('.');
    return fromDigits(input < 0, whole, fraction, 0);
  }
  if (/^\s*gratis\s*$/i.test(input)) return { ok: true, kroner: 0 };
  if (/^\s*[-−–]?\s*\d+(?:[.,]\d+)?\s*e\s*[-+]?\d+\s*$/i.test(input))
    return { ok: false, reason: 'exponent' };
  const millions =
    /^\s*(?:kr\.?\s*)?([-−–]?)\s*(\d+)(?:,(\d+))?\s*(?:mill\.?|millioner|millionar|million)(?:\s*kr\.?)?\s*$/i.exec(
      input,
    );
  if (millions) return fromDigits(millions[1] !== '', millions[2] ?? '0', millions[3] ?? '', 6);
  const text = input
    .replace(/[\s\u00a0\u202f\u2009\u2007]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(kr\.?|nok)\s*/, '')
    .replace(/\s*(kr\.?|nok)$/, '')
    .replace(/,\s*[-–]$/, '')
    .replace(/^[-−–]\s*/, '-');
  // Integer part: plain digits, or groups of three after a space or a dot.
  const match = /^(-?)(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d+))?$/.exec(text);
  if (!match) return { ok: false, reason: 'format' };
  const groups = match[2] ?? '';
  const separators = new Set(groups.match(/[ .]/g) ?? []);
  if (separators.size > 1) return { ok: false, reason: 'format' };
  const fraction = match[3] ?? '';
  // `12,345` may be twelve kroner or English for 12 345: too many decimals either way.
  return fromDigits(match[1] === '-', groups.replace(/[ .]/g, ''), fraction, 0);
}

/** The amount in kroner, or undefined for anything {@link readMoney} refuses. */
export function parseMoney(input: string | number): number | undefined {
  const result = readMoney(input);
  return result.ok ? result.kroner : undefined;
}
