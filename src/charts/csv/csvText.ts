import Papa from 'papaparse';

/** One CSV field: text, a number (written as String(x); NaN as an empty field), or empty (null). */
export type CsvCell = string | number | null;

/** The part of PapaParse's unparse used here (src/io/csv/papaparse.d.ts declares its Parser only). */
interface Unparse {
  unparse(
    input: readonly (readonly CsvCell[])[],
    config: { newline: string; escapeFormulae: RegExp },
  ): string;
}

/**
 * Text fields a spreadsheet would run as a formula (OWASP's "CSV injection": =, +, -, @, tab,
 * carriage return at the start). PapaParse's own pattern, /^[=+\-@\t\r].*$/, misses such a field
 * that also holds a line break ('.' stops at it), hence this one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180's record separator. */
const CRLF = '\r\n';

/**
 * A CSV file of `header` and `rows` (RFC 4180: comma-separated, CRLF after every record, the last
 * included; a field quoted when it holds a comma, quote, CR or LF or starts or ends with a space,
 * its quotes doubled), written by PapaParse's unparse. Numbers are written in full precision
 * (String(x): '0.1', '1e-7', '-Infinity'); NaN and null as empty fields. A text field that starts
 * with = + - @, a tab or CR gets a leading single quote, and is quoted, so that a spreadsheet shows
 * it as text instead of running it (OWASP); numbers never do, so '-3' stays a negative number.
 * @example csvText(['host', 'cpu'], [['a,b', -1.5], ['=1+1', NaN]]) // 'host,cpu\r\n"a,b",-1.5\r\n"\'=1+1",\r\n'
 */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const data = rows.map((row) => row.map((cell) => (Number.isNaN(cell) ? null : cell)));
  const text = (Papa as unknown as Unparse).unparse(
    // The header as a first row: with `fields`, no rows would be written as one empty row.
    [header, ...data],
    { newline: CRLF, escapeFormulae: FORMULA_START },
  );
  return text + CRLF;
}

/** Largest |epoch ms| a Date can hold (±100,000,000 days). */
const MAX_DATE_MS = 8.64e15;

/**
 * Epoch ms as an ISO-8601 UTC timestamp, '2024-01-31T09:05:00.000Z'; NaN, ±Infinity and times a
 * Date cannot hold -> null (an empty field).
 * @example isoTime(Date.UTC(2024, 0, 31, 9, 5)) // '2024-01-31T09:05:00.000Z'
 */
export function isoTime(ms: number): string | null {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? new Date(ms).toISOString() : null;
}

/**
 * A column heading with its unit in parentheses, or alone when there is no unit.
 * @example withUnit('value', 'ms') // 'value (ms)'
 */
export function withUnit(name: string, unit: string): string {
  return unit === '' ? name : `${name} (${unit})`;
}
