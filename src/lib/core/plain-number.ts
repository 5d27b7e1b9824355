/**
 * Numbers as plain decimal digits, never in float notation: `String(1e21)`
 * is «1e+21» and `String(1e-7)` is «1e-7», which no spreadsheet or reader
 * takes for an amount. The checker keeps amounts far from both ends; this
 * is the writers' guarantee if one slips through.
 */

/** `value` in plain decimal notation with `.` as decimal point; empty for NaN and ±Infinity. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  // Every double of 2^53 or more is an integer, so BigInt gives its exact digits.
  if (Number.isInteger(value)) return BigInt(value).toString();
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Only tiny magnitudes remain («1.5e-7»): move the point of the shortest
  // digits, so 1e-7 is «0.0000001», not toFixed's 0.000000099999….
  const [mantissa = '', exponent = '0'] = text.replace(/^-/, '').split(/e/i);
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot < 0 ? mantissa.length : dot) + Number(exponent);
  return `${value < 0 ? '-' : ''}0.${'0'.repeat(-point)}${digits}`;
}
