/** Go's strconv.ParseFloat spellings of NaN and the infinities, lower-cased. */
const SPECIAL: ReadonlyMap<string, number> = new Map([
  ['nan', NaN],
  ['inf', Infinity],
  ['+inf', Infinity],
  ['-inf', -Infinity],
  ['infinity', Infinity],
  ['+infinity', Infinity],
  ['-infinity', -Infinity],
]);
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A sample value as Prometheus writes it (Go's strconv.ParseFloat, which every Prometheus format
 * uses): decimal or exponent form with an optional sign, and `NaN`, `+Inf`, `-Inf` (`Inf`,
 * `Infinity`, in any case); null for anything else, blank included. Unlike parseValue in the CSV
 * reader, `null`, `-` and `N/A` are not values here. Go's hexadecimal floats are not read.
 * @example ['1e3', '+Inf', 'NaN', 'null'].map(parsePromValue) // [1000, Infinity, NaN, null]
 */
export function parsePromValue(text: string): number | null {
  if (DECIMAL.test(text)) return +text;
  return SPECIAL.get(text.toLowerCase()) ?? null;
}

/**
 * A sample timestamp: a finite decimal number (the text format's integer milliseconds, or
 * OpenMetrics' seconds with a fraction), NaN when `text` is not one.
 * @example [parseTimestamp('1700000000000'), parseTimestamp('1700000000.5'), parseTimestamp('x')] // [1700000000000, 1700000000.5, NaN]
 */
export function parseTimestamp(text: string): number {
  return DECIMAL.test(text) ? +text : NaN;
}
