/**
 * Cells that stand for "no sample": read as NaN and counted as missing, never a reason to skip a
 * row. Compared after trimming spaces; the empty string covers blank cells. `undefined` is what
 * older Grafana versions wrote for a missing point (JavaScript's String(undefined)).
 */
export const MISSING_TOKENS: ReadonlySet<string> = new Set([
  '',
  'NaN',
  'nan',
  'null',
  'NULL',
  '-',
  'N/A',
  'undefined',
]);

/**
 * The plain number in a cell (decimal or exponent form, optional sign, spaces around it, and
 * ±Infinity, as Number() reads them; 0x, 0o and 0b prefixes are refused), NaN for a missing-value
 * token (see MISSING_TOKENS), or null when the cell is neither.
 * @example [parseValue(' 4.5e1 '), parseValue('N/A'), parseValue('4.5 ms')] // [45, NaN, null]
 */
export function parseValue(text: string): number | null {
  const value = +text;
  if (value === value) {
    if (value === 0 && text.trim() === '') return NaN;
    const second = text.charCodeAt(1) | 0x20;
    if (text.charCodeAt(0) === 48 && (second === 0x78 || second === 0x6f || second === 0x62)) {
      return null;
    }
    return value;
  }
  return MISSING_TOKENS.has(text.trim()) ? NaN : null;
}
