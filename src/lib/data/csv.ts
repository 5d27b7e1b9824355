/**
 * Writes CSV the way Norwegian Excel and LibreOffice open it without an
 * import dialog: UTF-8 with BOM, `;` between fields, CRLF line ends, fields
 * quoted when they hold `;`, `"` or a line break, decimal comma in numbers.
 */
import { plainNumber } from '../core/plain-number.ts';
import { publishable } from '../core/unsafe-chars.ts';

/** A cell: text, a number (written with decimal comma), or empty. */
export type CsvCell = string | number | undefined | null;

/** One column: its header and how to read a row's cell. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvCell;
}

const BOM = '\uFEFF';

/**
 * Formats one cell. Numbers get no thousands separator so spreadsheets read
 * them as numbers, and never float notation (`1e+21`). Text loses the
 * characters no published file may hold (see unsafe-chars.ts).
 */
export function csvCell(cell: CsvCell): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'number') return plainNumber(cell).replace('.', ',');
  const clean = publishable(cell);
  // A text that starts like a formula would run in a spreadsheet (CSV
  // injection, OWASP: = + - @ tab CR); a leading apostrophe would show, so
  // such text is quoted and prefixed with a space instead.
  const text = /^[=+\-@\t\r]/.test(clean) ? ` ${clean}` : clean;
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Builds the whole file: BOM, header line, one line per row, CRLF after each line. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(';')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(';'));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
